import { combinationHandler } from '../../../domains/medication/combination.handler';
import type { HandlerResult } from '../../../core/types';
import { makeCtx } from '../knowledge/turn-context';

const run = (text: string, options = {}) =>
  combinationHandler(makeCtx(text, { intent: 'medication.combination', ...options })) as HandlerResult;

describe('medication.combination', () => {
  it('names the shared acetaminophen in two Chinese cold medicines and the 2 g limit', () => {
    const r = run('感冒灵和泰诺能一起吃吗');
    expect(r.text.split('\n')[0]).toContain('都含有对乙酰氨基酚');
    expect(r.text).toContain('2克');
    expect(r.sources).toContain('nmpa-labels');
    expect(r.facts?.medicines).toEqual(['ganmaoling-999', 'tylenol-cold-cn']);
  });

  it('does the same in English', () => {
    const r = run('Can I take NyQuil and Tylenol together?');
    expect(r.text).toMatch(/^NyQuil and Tylenol \(acetaminophen\) both contain acetaminophen/);
    expect(r.text).toContain('2 g');
  });

  it('warns that most cold & flu tablets contain acetaminophen when one is named generically', () => {
    const r = run('Can I take Tylenol and a cold and flu tablet together?');
    expect(r.text).toMatch(/may also contain acetaminophen/);
  });

  it('says when there is no shared ingredient, listing what is in each', () => {
    const r = run('连花清瘟和对乙酰氨基酚能一起吃吗');
    expect(r.text).toContain('没有查到重复成分');
    expect(r.text).toContain('连花清瘟（含麻黄）');
  });

  it('flags two different NSAIDs', () => {
    expect(run('布洛芬和阿司匹林能一起吃吗').text).toContain('两种同类的止痛退烧药');
    expect(run('Advil and Aleve together?').text).toMatch(/two painkillers of the same kind/);
  });

  it('warns about decongestants or ephedra with high blood pressure remembered from an earlier turn', () => {
    const r = run('白加黑和连花清瘟能一起吃吗', { facts: { conditions: ['hypertension'] } });
    expect(r.text).toContain('高血压');
    expect(r.text).toContain('两种药都含收缩血管的成分');
  });

  it('warns about bleeding with a blood thinner and an NSAID, once', () => {
    const r = run('I take warfarin, can I take ibuprofen with it?');
    // Named as the person named it.
    expect(r.text).toMatch(/^Warfarin and ibuprofen: .*bleeding/);
    expect(r.text.match(/bleeding/g)).toHaveLength(1);
  });

  it('sends Paxlovid with a chronic medicine to a doctor or pharmacist first', () => {
    const r = run('Can I take Paxlovid with atorvastatin?');
    expect(r.text).toMatch(/You can still take Paxlovid/);
    expect(r.text).toMatch(/prescriber or pharmacist/);
    expect(r.sources).toEqual(expect.arrayContaining(['pfizer-paxlovid-label', 'liverpool-covid-interactions']));
  });

  it('asks for the other medicine when only one is named, then answers on the next turn', () => {
    const first = run('泰诺能和别的药一起吃吗');
    expect(first.pending).toMatchObject({
      intent: 'medication.combination',
      slot: 'otherMedicine',
      data: { medicines: ['tylenol-cold-cn'] },
    });
    const second = run('感冒灵', { answering: first.pending, facts: first.facts as object });
    expect(second.pending).toBeUndefined();
    expect(second.text).toContain('都含有对乙酰氨基酚');
  });

  it('asks which medicines when none is named, then resolves them', () => {
    const first = run('这两个药能一起吃吗');
    expect(first.pending?.slot).toBe('medicines');
    const second = run('Tylenol and DayQuil', { answering: first.pending, lang: 'en' });
    expect(second.text).toMatch(/both contain acetaminophen/);
  });

  it('uses a medicine mentioned earlier as the other half', () => {
    const r = run('那能和快克一起吃吗', { facts: { medicines: ['baijiahei'] } });
    expect(r.text).toContain('都含有对乙酰氨基酚');
  });

  it('says honestly when a medicine is not in the knowledge base and never guesses its ingredients', () => {
    const r = run('氟比洛芬和泰诺林能一起吃吗');
    expect(r.text).toContain('知识库里没有“氟比洛芬”');
    expect(r.text).not.toMatch(/氟比洛芬[^”]*含有/);
    const answered = run('Zorbax', {
      answering: { intent: 'medication.combination', slot: 'otherMedicine', data: { medicines: ['tylenol'] } },
      lang: 'en',
    });
    expect(answered.text).toMatch(/"zorbax" is not in my medicine knowledge base/);
  });
});
