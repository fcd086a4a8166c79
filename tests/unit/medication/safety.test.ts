import { safetyHandler } from '../../../domains/medication/safety.handler';
import type { HandlerResult } from '../../../core/types';
import { makeCtx } from '../knowledge/turn-context';

const run = (text: string) => safetyHandler(makeCtx(text, { intent: 'medication.safety' })) as HandlerResult;

describe('medication.safety: the seven points of the Hangzhou briefing, and storage', () => {
  it.each([
    ['没有症状要不要先吃点药预防', '没有症状不用吃药'],
    ['Should I take medicine just in case, before symptoms?', 'no symptoms, no medicine'],
    ['过期两个月的止咳糖浆还能喝吗', '过期的药不要吃'],
    ['Can I still use cough syrup that expired two months ago?', 'Do not use expired medicine'],
    ['烧不退能不能加倍吃', '不要自己加量'],
    ['Can I double the dose if the fever stays?', 'Do not raise the dose'],
    ['我有慢性病，长期吃药，要注意什么', '平时的药照常吃'],
    ['I take regular medicines for a chronic illness', 'keep taking your regular medicines'],
    ['感冒药和退烧药能混着吃吗', '不要把复方感冒药和退烧药混着吃'],
    ['网上买的进口特效药可靠吗', '没有能预防或根治新冠的“特效药”'],
    ['Is there a miracle cure for covid?', 'There is no "special cure"'],
    ['在哪买药比较正规', '到正规药店'],
    ['Where can I buy medicine safely online?', 'licensed pharmacies'],
    ['药怎么保存', '阴凉干燥处'],
    ['How should I store my medicines?', 'cool and dry'],
  ])('%s', (text, expected) => {
    const r = run(text);
    expect(r.text.split('\n')[0]).toContain(expected);
    expect(r.sources).toContain('hz-med-safety-2022');
  });

  it.each([
    ['用药要注意什么', 'zh' as const],
    ['Any tips on taking medicines?', 'en' as const],
  ])('lists the points once, as numbered choices, and waits for the pick: %s', (text, lang) => {
    const r = run(text);
    expect(r.choices).toHaveLength(8);
    expect(r.choices!.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    // The channel renders the choices; the text must not enumerate them a second time.
    for (const c of r.choices!) expect(r.text).not.toContain(c.label);
    expect(r.choices![6].label).toBe(lang === 'zh' ? '正规渠道买药' : 'Buy from licensed sellers');
    expect(r.pending).toEqual({ intent: 'medication.safety', slot: 'topic' });
  });
});

describe('medication.safety: a picked topic comes back and is answered (multi-turn)', () => {
  it.each([
    ['用药要注意什么', '2', '过期的药不要吃'],
    ['Any tips on taking medicines?', '2', 'Do not use expired medicine'],
    ['用药要注意什么', '6', '没有能预防或根治新冠的“特效药”'],
    ['Any tips on taking medicines?', '8', 'cool and dry'],
  ])('%s → %s', (first, pickedId, expected) => {
    const menu = run(first);
    const picked = menu.choices!.find((c) => c.id === pickedId)!;
    // The engine hands the choice's value back as the text, with the pending question as `answering`.
    const r = safetyHandler(
      makeCtx(picked.value, { intent: 'medication.safety', answering: menu.pending }),
    ) as HandlerResult;
    expect(r.text.split('\n')[0]).toContain(expected);
    expect(r.choices).toBeUndefined();
    expect(r.pending).toBeUndefined();
    expect(r.sources).toContain('hz-med-safety-2022');
  });
});

describe('medication.safety: rumours, antibiotics and "what is in it"', () => {
  it.each([
    ['吃黄桃罐头能好吗', '黄桃罐头'],
    ['喝白酒能杀死病毒吗', '杀不死体内的病毒'],
    ['喝盐水能治新冠吗', '盐水'],
    ['Will drinking liquor kill the virus?', 'do not kill the virus'],
    ['Does gargling salt water cure covid?', 'salt water'],
    ['Do canned peaches help with covid?', 'Canned peaches'],
  ])('food and drink rumours: %s', (text, expected) => {
    const r = run(text);
    expect(r.choices).toBeUndefined();
    expect(r.text).toContain(expected);
    expect(r.sources).toContain('who-covid-mythbusters');
  });

  it.each([
    ['能吃阿莫西林治新冠吗', '对新冠、流感、感冒这些病毒感染没有用'],
    ['要不要吃点消炎药预防', '抗生素对新冠、流感等病毒感染无效'],
    ['Should I take amoxicillin for covid?', 'does nothing against viruses'],
    ['Do antibiotics help with covid?', 'Antibiotics do nothing against COVID-19'],
  ])('antibiotics do not work on viruses: %s', (text, expected) => {
    const r = run(text);
    expect(r.text.split('\n')[0]).toContain(expected);
    expect(r.text).toMatch(/抗生素对病毒无效|Antibiotics do not work on viruses/);
    expect(r.sources).toContain('nhc-home-2022');
  });

  it.each([
    [
      'What is in Theraflu?',
      [
        'Theraflu contains acetaminophen (paracetamol) and phenylephrine',
        'some versions also contain',
        'no more than 2 g a day',
      ],
      'fda-otc-labels',
    ],
    [
      '感冒灵里有什么成分',
      [
        '999感冒灵含有对乙酰氨基酚、氯苯那敏、咖啡因',
        '中药组方：三叉苦',
        '不要再同时吃其他含对乙酰氨基酚的药',
        '每天不超过2克',
      ],
      'nmpa-labels',
    ],
    ['连花清瘟里面有什么', ['连花清瘟含有麻黄', '中药组方：连翘', '炙麻黄'], 'nmpa-labels'],
    ['小柴胡颗粒是什么成分', ['中成药，不含西药成分', '柴胡'], 'nmpa-labels'],
    ['What is in Lianhua Qingwen?', ['contains ephedra', 'herbal ingredients'], 'nmpa-labels'],
    ['What is in Xiaochaihu?', ['no Western drug ingredient listed', '7 herbal ingredients'], 'nmpa-labels'],
  ])('a named product with no safety topic: its ingredients from the data: %s', (text, expected, source) => {
    const r = run(text);
    expect(r.choices).toBeUndefined();
    for (const e of expected) expect(r.text).toContain(e);
    expect(r.sources).toContain(source);
    expect(r.text).toMatch(/120/);
  });

  it.each([
    ['What is the most Advil I can take in a day?', 'at most 6 tablets a day'],
    ['必理通一天最多吃几片', '一天最多4片'],
  ])('a dose question about a named product is answered with the dose: %s', async (text, expected) => {
    const r = await safetyHandler(makeCtx(text, { intent: 'medication.safety' }));
    expect(r.text).toContain(expected);
    expect(r.choices).toBeUndefined();
  });
});

describe('keeping a test kit', () => {
  it.each([
    ['血氧仪和抗原检测盒放在车里一整天，还能用吗', /质控线（C）不显色的那次无效/, /阴凉干燥处/],
    ['our rapid tests got frozen in the garage, are they still ok?', /control line \(C\)/, /cool and dry/],
  ])('"%s" gets the kits\' storage, not the medicines\'', (text, kit, medicines) => {
    const r = run(text);
    expect(r.text).toMatch(kit);
    expect(r.text).not.toMatch(medicines);
    expect(r.sources).toContain('antigen-self-test-ifu');
  });

  it('a kit named with no storage question gets no kit storage answer', () => {
    expect(run('are the antigen kits from the pharmacy genuine?').text).not.toMatch(/2–30 °C/);
  });
});
