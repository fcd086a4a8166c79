import { symptomHandler } from '../../../domains/symptoms';
import { makeCtx } from '../knowledge/turn-context';
import type { HandlerResult } from '../../../core/types';

describe('symptom.advice: questions about warning signs', () => {
  it.each([
    ['zh', '什么情况下需要打120'],
    ['zh', '阳了出现哪些症状要去医院'],
    ['en', 'When should I call an ambulance?'],
    ['en', 'what are the warning signs I should watch for'],
  ] as const)('%s: %s lists the signs for 120 and for a clinic today', async (lang, text) => {
    const result = (await symptomHandler(makeCtx(text, { intent: 'symptom.advice', lang }))) as HandlerResult;
    if (lang === 'zh') {
      expect(result.text).toMatch(/马上打120：.*呼吸困难.*胸痛/);
      expect(result.text).toMatch(/今天去发热门诊.*血氧≤93%/);
    } else {
      expect(result.text).toMatch(/Call 120 at once for any of: difficulty breathing.*chest pain/);
      expect(result.text).toMatch(/fever clinic or your family doctor today.*93% or lower/);
    }
    expect(result.sources).toContain('nhc-home-2022');
  });

  it('someone describing symptoms still gets home-care advice', async () => {
    const result = (await symptomHandler(
      makeCtx('发烧38度5 咳嗽 什么情况要去医院', {
        intent: 'symptom.advice',
        lang: 'zh',
        screening: { triage: 'routine', reasons: [] },
      }),
    )) as HandlerResult;
    expect(result.text).not.toMatch(/^出现以下任何一种/);
  });
});
