import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findMedicines } from '../../../nlp/entities';
import { knowledgeHandlers as createKnowledgeHandlers } from '../../../harness/handlers';
import { loadClinicDirectory } from '../../../domains/clinics';
import { REPLY_LIMITS } from '../../../core/text';
import type { HandlerResult, IntentId } from '../../../core/types';
import { makeCtx } from './turn-context';

describe('createKnowledgeHandlers', () => {
  const clinics = loadClinicDirectory();

  it('answers every knowledge intent and re-exports findMedicines', () => {
    const handlers = createKnowledgeHandlers({ isolationRuleSetId: 'zhejiang-2022-12-24', clinics });
    expect(Object.keys(handlers).sort()).toEqual([
      'clinic.find',
      'isolation.home',
      'isolation.release',
      'medication.combination',
      'medication.condition',
      'medication.dose',
      'medication.safety',
      'symptom.advice',
    ]);
    expect(findMedicines('泰诺林')).toEqual(['tylenol-sr-cn']);
  });

  it('refuses an unknown isolation rule set, naming it', () => {
    expect(() => createKnowledgeHandlers({ isolationRuleSetId: 'mars-2099', clinics })).toThrow(/mars-2099/);
  });

  it('refuses a clinic file that is not valid, naming the file', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clinics-')), 'bad.json');
    writeFileSync(file, '{ "clinics": [] }');
    expect(() => loadClinicDirectory(file)).toThrow(/bad\.json/);
  });

  it('keeps every reply within the SMS/voice budget', async () => {
    const handlers = createKnowledgeHandlers({ isolationRuleSetId: 'xiamen-2022-12-27', clinics });
    const asks: Array<[IntentId, string]> = [
      ['medication.combination', '快克、白加黑、感冒灵和泰诺能一起吃吗'],
      ['medication.combination', 'Can I take NyQuil, DayQuil, Tylenol Cold & Flu and Advil together with aspirin?'],
      ['medication.dose', '退烧药吃多少'],
      ['medication.dose', 'How much paracetamol and ibuprofen can I take?'],
      ['medication.condition', '我怀孕了，还有高血压和糖尿病，能吃什么'],
      ['medication.condition', 'I am pregnant and breastfeeding my toddler, with kidney disease'],
      ['medication.safety', '网上代购的印度特效药过期了能吃吗，怎么保存'],
      ['isolation.home', '老人孩子都在家，卫生间共用，垃圾和衣服怎么处理，要不要消毒通风'],
      ['isolation.release', 'I tested positive 6 days ago, no fever for 2 days, antigen negative, feeling better'],
      ['symptom.advice', '发烧咳嗽嗓子疼流鼻涕拉肚子浑身疼没力气闻不到味道'],
      ['clinic.find', 'Which fever clinics and community health centres are open at weekends?'],
    ];
    for (const [intent, text] of asks) {
      const ctx = makeCtx(text, { intent });
      const result = (await handlers[intent]!(ctx)) as HandlerResult;
      expect(result.text.length).toBeLessThanOrEqual(REPLY_LIMITS[ctx.lang]);
      expect(result.text.length).toBeGreaterThan(10);
    }
  });
});
