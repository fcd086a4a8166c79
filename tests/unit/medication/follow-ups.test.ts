/**
 * Which messages follow up the last medicine answer: the same question for another person ("那孩子呢"),
 * or another aspect of the same medicines ("还能吃多久"). Naming a medicine, or a long message, is a
 * question of its own; an ellipsis about no person ("那隔离呢") is not about the medicine.
 */
import { followUpOf } from '../../../domains/medication/follow-ups';

describe('follow-ups of the last medicine answer', () => {
  it.each([
    ['那孩子呢', true],
    ['她呢？', true],
    ['我婆婆82岁，那她呢', true],
    ['what about for kids?', true],
    ['and for my dad?', true],
    ['my gran is 84, what about her?', true],
  ])('"%s" about a person asks the same question for them', (text, namesPerson) => {
    expect(followUpOf(text, {}, namesPerson)).toEqual({});
  });

  it.each([
    ['还能吃多久', 'duration'],
    ['能连续吃几天', 'duration'],
    ['how long can I keep taking it?', 'duration'],
    ['隔多久吃一次', 'interval'],
    ['and how often?', 'interval'],
    ['how many times a day?', 'interval'],
  ])('"%s" asks the %s of the same medicines', (text, aspect) => {
    expect(followUpOf(text, {}, false)).toEqual({ aspect });
  });

  it('is not a follow-up when it names a medicine, names nobody, or is a question of its own', () => {
    expect(followUpOf('那布洛芬呢', { medicines: ['ibuprofen'] }, false)).toBeUndefined();
    expect(followUpOf('what about Tylenol for kids?', {}, true)).toBeUndefined();
    expect(followUpOf('那隔离呢', {}, false)).toBeUndefined();
    expect(followUpOf('how long do I need to isolate?', {}, false)).toBeUndefined();
    expect(followUpOf('how often should I check my temperature?', {}, false)).toBeUndefined();
    expect(
      followUpOf('我妈妈最近总是咳嗽，晚上睡不好，已经一个多星期了，要不要去医院看看呢', {}, true),
    ).toBeUndefined();
  });
});
