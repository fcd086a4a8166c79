import { doseHandler } from '../../../domains/medication/dose.handler';
import { childDose, maxUnitsPerDay } from '../../../domains/medication/dose-calculator';
import { catalog } from '../../../knowledge/medicines/catalog';
import type { HandlerResult } from '../../../core/types';
import { makeCtx, NOW } from '../knowledge/turn-context';
import { findMedicines } from '../../../nlp/entities/medicines';

const findProduct = (text: string) => findMedicines(text).find((m) => catalog.products.has(m)) ?? '';

const run = (text: string, options = {}) =>
  doseHandler(makeCtx(text, { intent: 'medication.dose', ...options })) as HandlerResult;

describe('dose calculator', () => {
  const acetaminophen = catalog.ingredients.get('acetaminophen')!.child!;
  const ibuprofen = catalog.ingredients.get('ibuprofen')!.child!;

  it('doses children by weight, rounding the top down and converting to mL', () => {
    expect(childDose(ibuprofen, 15, 3, 20)).toEqual({
      kind: 'dose',
      mg: { min: 75, max: 150 },
      intervalHours: { min: 6, max: 8 },
      maxDosesPerDay: 4,
      ml: { min: 4, max: 7.5 },
    });
    expect(childDose(acetaminophen, 10, 2)).toMatchObject({ mg: { min: 100, max: 150 } });
  });

  it('never exceeds the adult single dose for heavy children', () => {
    expect(childDose(acetaminophen, 60, 11)).toMatchObject({ mg: { max: 600 } });
  });

  it('refuses babies under the minimum age', () => {
    expect(childDose(ibuprofen, 6, 0.4)).toEqual({ kind: 'too-young', minAgeMonths: 6 });
  });

  it('counts tablets a day within the acetaminophen limit', () => {
    expect(maxUnitsPerDay(325, 2000)).toBe(6);
    expect(maxUnitsPerDay(500, 2000)).toBe(4);
  });
});

describe('medication.dose', () => {
  it('gives the adult ibuprofen dose, interval, daily maximum and days', () => {
    const r = run('布洛芬一次吃多少');
    expect(r.text).toContain('一次200～400毫克');
    expect(r.text).toContain('24小时不超过1200毫克');
    expect(r.text).toContain('3天');
    expect(r.text).toContain('120');
    expect(r.sources).toContain('nhs-ibuprofen');
  });

  it('gives the 2 g daily maximum for paracetamol in English', () => {
    const r = run('What is the maximum dose of paracetamol per day?');
    expect(r.text).toContain('no more than 2000 mg in 24 hours');
  });

  it("asks a child's weight, then answers by weight on the next turn", () => {
    const first = run('孩子发烧布洛芬吃多少', { entities: { ages: [3] } });
    expect(first.pending).toMatchObject({ slot: 'childWeight', data: { medicines: ['ibuprofen'], ageYears: 3 } });
    const second = run('15公斤', { answering: first.pending, entities: { weightKg: 15 } });
    expect(second.text).toContain('15公斤的孩子，布洛芬一次75～150毫克');
    expect(second.facts?.weightKg).toBe(15);
  });

  it('understands a bare weight answer in 斤', () => {
    const r = run('三十斤', {
      answering: { intent: 'medication.dose', slot: 'childWeight', data: { medicines: ['tylenol-suspension-cn'] } },
    });
    expect(r.text).toContain('15公斤的孩子，对乙酰氨基酚一次150～225毫克');
    expect(r.text).toContain('毫升');
  });

  it('answers an English child question with mL for the named liquid', () => {
    const r = run("How much Children's Motrin for my 4 year old, she is 16 kg", {
      entities: { ages: [4], weightKg: 16 },
    });
    expect(r.text).toContain('For a 16 kg child, ibuprofen: 80–160 mg');
  });

  it('does not dose ibuprofen for a baby under 6 months', () => {
    const r = run('美林给宝宝吃多少', { entities: { ages: [0.3] } });
    expect(r.pending).toBeUndefined();
    expect(r.text).toContain('不用于6个月以下');
  });

  it('adds the older-person caution', () => {
    expect(run('我奶奶82岁，布洛芬怎么吃', { entities: { ages: [82] } }).text).toContain('老人吃布洛芬更容易胃出血');
  });

  it('does not give an ibuprofen dose in pregnancy and names acetaminophen instead', () => {
    const r = run('I am pregnant, how much ibuprofen can I take', { entities: { pregnant: true } });
    expect(r.text).toMatch(/do not take ibuprofen/);
    expect(r.text).toMatch(/acetaminophen \(paracetamol\) is usually preferred/);
    expect(r.text).not.toMatch(/200–400 mg/);
    expect(r.facts?.pregnant).toBe(true);
  });

  it('caps a combination cold tablet by its acetaminophen content', () => {
    const r = run('泰诺一天最多吃几片');
    expect(r.text).toContain('每片含对乙酰氨基酚325毫克：一天最多6片');
  });

  it('never allows more than the label for granules with little acetaminophen', () => {
    expect(run('999感冒灵怎么吃').text).toContain('一天最多3袋');
  });

  it('asks which medicine when none is named, and which product for "cold medicine"', () => {
    expect(run('一次吃多少').pending?.slot).toBe('medicine');
    const r = run('感冒药怎么吃');
    expect(r.pending?.slot).toBe('medicine');
    const next = run('白加黑', { answering: r.pending });
    expect(next.text).toContain('说明书');
  });

  it('treats prescription antivirals as prescription-only', () => {
    expect(run('Paxlovid怎么吃').text).toContain('处方药');
  });
});

describe("children's products (knowledge/medicines/products.json forChildren)", () => {
  it.each([
    ["how much Children's Motrin can I give?", 'ibuprofen', /Children's doses depend on weight/],
    ['how much kids calpol at a time', 'acetaminophen', /Children's doses depend on weight/],
    ['小儿泰诺一次喂多少', 'acetaminophen', /孩子用退烧药要按体重算剂量/],
  ])('"%s" asks the child\'s weight rather than giving an adult dose', (text, ingredient, asked) => {
    const r = run(text);
    expect(catalog.products.get(findProduct(text))?.ingredients[0]?.id).toBe(ingredient);
    expect(r.text).toMatch(asked);
    expect(r.text).not.toMatch(/Adults|成人/);
  });

  it('gives the mL of the product named for the weight told', () => {
    const first = run('how much infant calpol for my baby girl');
    const second = run('7 kg', { answering: first.pending, entities: { weightKg: 7 } });
    // 10–15 mg/kg of paracetamol at 24 mg/mL: 70–105 mg, about 3–4 mL.
    expect(second.text).toMatch(/For a 7 kg child, acetaminophen[^:]*: 70–105 mg \(about 3–4(?:\.\d)? mL\)/);
  });

  it("every children's product has a strength per mL and a source", () => {
    const children = [...catalog.products.values()].filter((p) => p.forChildren);
    expect(children.length).toBeGreaterThanOrEqual(8);
    for (const p of children) {
      expect(p.mgPerMl).toBeGreaterThan(0);
      expect(p.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('taken already, asking for the next one', () => {
  it('says how long to wait first', () => {
    const facts = {
      subject: 'self' as const,
      people: { self: { taken: [{ medicine: 'ibuprofen', hoursAgo: 2, at: NOW.toISOString() }] } },
    };
    const r = run('took ibuprofen 2 hours ago, can I take another now?', { facts });
    expect(r.text.split('\n')[0]).toMatch(/It has been only 2 hours: wait at least 2 more hours/);
  });

  it('says the interval is reached when it is', () => {
    const facts = {
      subject: 'self' as const,
      people: { self: { taken: [{ medicine: 'acetaminophen', hoursAgo: 5, at: NOW.toISOString() }] } },
    };
    const r = run('对乙酰氨基酚吃了五个小时了，能再吃一次吗', { facts });
    expect(r.text.split('\n')[0]).toMatch(/离上次已经5小时，到了间隔（4～6小时）/);
  });
});
