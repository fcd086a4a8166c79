import { SOURCES, getSource } from '../../../knowledge/sources';
import { catalog } from '../../../knowledge/medicines/catalog';
import { validateCatalog } from '../../../knowledge/medicines/catalog-validation';
import { knowledgeHandlers as createKnowledgeHandlers } from '../../../harness/handlers';
import { loadClinicDirectory } from '../../../domains/clinics';
import type { HandlerResult, IntentId } from '../../../core/types';
import { allSourcedEntries } from './all-data';
import { makeCtx } from './turn-context';

describe('source registry', () => {
  it('keeps the sources that were there before and gives each entry its own id', () => {
    for (const id of [
      'nhc-home-2022',
      'zj-release-2022-12-24',
      'xm-release-2022-12-27',
      'state-council-key-pop-2023-01-03',
    ]) {
      expect(getSource(id)).toBeDefined();
    }
    for (const [key, source] of Object.entries(SOURCES)) expect(source.id).toBe(key);
  });

  it('has the clinical sources the answers rely on', () => {
    for (const id of [
      'hz-med-safety-2022',
      'nmpa-labels',
      'pfizer-paxlovid-label',
      'liverpool-covid-interactions',
      'fda-otc-labels',
      'nhs-paracetamol',
      'who-home-care-2020',
    ]) {
      expect(getSource(id)).toBeDefined();
    }
  });

  it('every entry of every data file cites at least one source, and every cited id exists', () => {
    const entries = allSourcedEntries();
    expect(entries.length).toBeGreaterThan(150);
    const problems = entries.flatMap((e) => [
      ...(e.sources.length === 0 ? [`${e.label}: no source`] : []),
      ...e.sources.filter((id) => !getSource(id)).map((id) => `${e.label}: unknown source ${id}`),
    ]);
    expect(problems).toEqual([]);
  });

  it('every ingredient and product has a source', () => {
    for (const i of catalog.ingredients.values()) expect(i.sources.length).toBeGreaterThan(0);
    for (const p of catalog.products.values()) expect(p.sources.length).toBeGreaterThan(0);
  });

  it('the validator reports a product citing an unknown source or naming an unknown ingredient', () => {
    const broken = new Map(catalog.products);
    broken.set('fake', {
      ...catalog.products.get('tylenol')!,
      id: 'fake',
      sources: ['no-such-source'],
      ingredients: [{ id: 'unobtainium' }],
    });
    const errors = validateCatalog({ ...catalog, products: broken });
    expect(errors).toEqual(
      expect.arrayContaining([
        'product fake cites unknown source "no-such-source"',
        'product fake names unknown ingredient "unobtainium"',
      ]),
    );
    expect(validateCatalog(catalog)).toEqual([]);
  });

  it('every source id a handler returns exists in the registry', async () => {
    const handlers = createKnowledgeHandlers({
      isolationRuleSetId: 'zhejiang-2022-12-24',
      clinics: loadClinicDirectory(),
    });
    const asks: Array<[IntentId, string]> = [
      ['medication.combination', '感冒灵和泰诺能一起吃吗'],
      ['medication.combination', 'Paxlovid and simvastatin'],
      ['medication.dose', '布洛芬一次吃多少'],
      ['medication.condition', '我怀孕了能吃什么退烧药'],
      ['medication.safety', '网上买的进口特效药可靠吗'],
      ['isolation.release', '12月20日阳的，不烧了'],
      ['isolation.home', '怎么隔离'],
      ['symptom.advice', '发烧咳嗽'],
    ];
    for (const [intent, text] of asks) {
      const result = (await handlers[intent]!(makeCtx(text, { intent }))) as HandlerResult;
      expect(result.sources?.length).toBeGreaterThan(0);
      for (const id of result.sources ?? []) expect(getSource(id)).toBeDefined();
    }
  });
});
