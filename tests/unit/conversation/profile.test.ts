/**
 * The person profile kept across a conversation (conversation/facts.ts) and the short answers that
 * answer a pending question (conversation/routing.ts).
 */
import { mergeFacts, profileAfterTurn, subjectOf } from '../../../conversation/facts';
import { decideRoute } from '../../../conversation/routing';
import { readProfile } from '../../../domains/medication/medicine-questions';
import type { Classification, ConversationState, Entities, Facts } from '../../../core/types';

const NOW = new Date('2026-12-01T02:00:00Z');

/** One turn as the engine takes it: the profile reading, then the merge. */
function turn(facts: Facts, text: string, entities: Entities = {}): Facts {
  const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  return mergeFacts(facts, profileAfterTurn(facts, text, entities, readProfile(text, lang, entities), NOW));
}

describe('the person profile', () => {
  it('keeps "我妈85岁" as the mother’s age, and "她" is the mother', () => {
    const a = turn({}, '我妈85岁', { ages: [85] });
    expect(a.subject).toBe('mother');
    expect(a.people?.mother).toMatchObject({ ageYears: 85 });
    const b = turn(a, '我有高血压', {});
    expect(b.subject).toBe('self');
    expect(b.people?.self?.conditions).toContain('hypertension');
    expect(b.people?.mother?.conditions).toBeUndefined();
    expect(subjectOf('她能吃布洛芬吗', {}, b)).toBe('mother');
  });

  it('reads "my 4 year old" as a child and keeps the weight a later answer gives', () => {
    const a = turn({}, 'How much paracetamol for my 4 year old?', { ages: [4] });
    expect(a.subject).toBe('child');
    const b = turn(a, 'ok, 15 kg', { weightKg: 15 });
    expect(b.people?.child).toEqual({ ageYears: 4, weightKg: 15 });
    // "It's Children's Motrin" names a product, not another child.
    expect(subjectOf("It's Children's Motrin", {}, b)).toBe('child');
  });

  it('keeps a pregnancy with its week for the person who said it', () => {
    const a = turn({}, "I'm 24 weeks pregnant", { pregnant: true, pregnancyWeeks: 24 });
    expect(a.people?.self).toMatchObject({ pregnant: true, pregnancyWeeks: 24 });
  });

  it('reads what was already taken, how many and how long ago', () => {
    expect(readProfile('已经吃了两片泰诺林，还能吃感冒灵吗', 'zh', {}).taken).toEqual([
      { medicine: 'tylenol-sr-cn', units: 2 },
    ]);
    expect(readProfile('I took 2 Tylenol Extra Strength 3 hours ago. Can I take DayQuil now?', 'en', {}).taken).toEqual(
      [{ medicine: 'tylenol-extra-strength', units: 2, hoursAgo: 3 }],
    );
    const facts = turn({}, '已经吃了两片泰诺林，还能吃感冒灵吗');
    expect(facts.people?.self?.taken?.[0]).toMatchObject({
      medicine: 'tylenol-sr-cn',
      units: 2,
      at: NOW.toISOString(),
    });
  });

  it('keeps daily drinking and low-dose aspirin, but not a question about a drink', () => {
    expect(readProfile('我有肝病，每天都喝酒', 'zh', {}).conditions).toEqual(
      expect.arrayContaining(['liver-disease', 'alcohol']),
    );
    expect(readProfile('吃了泰诺林能喝酒吗', 'zh', {}).conditions).not.toContain('alcohol');
    expect(readProfile('每天吃阿司匹林护心，发烧能吃布洛芬吗', 'zh', {}).regularMedicines).toContain('bayaspirin');
  });
});

describe('short answers to a pending question', () => {
  const pendingWeight: ConversationState = {
    facts: {},
    pending: { intent: 'medication.dose', slot: 'childWeight', data: { medicines: ['ibuprofen'] } },
  };
  const heard = (intent: Classification['intent'], score = 0.95): Classification => ({
    intent,
    score,
    alternatives: [],
  });

  it.each(['好的，14公斤', '嗯嗯', '好的', 'ok, 15 kg', '2'])('"%s" answers the question, not a goodbye', (text) => {
    expect(decideRoute(text, undefined, heard('goodbye'), pendingWeight)).toMatchObject({
      kind: 'handler',
      intent: 'medication.dose',
      answering: pendingWeight.pending,
    });
  });

  it('"谢谢，再见" still ends it', () => {
    expect(decideRoute('谢谢，再见', undefined, heard('goodbye'), pendingWeight)).toMatchObject({
      kind: 'handler',
      intent: 'goodbye',
    });
  });
});
