import type { KeyPerson } from '../../../core/key-people';
import { registeredFacts } from '../../../domains/key-people';
import { gradingData } from '../../../knowledge/key-people/grading';

const person = { age: 84, pregnant: false, conditions: ['dialysis', 'hypertension'] } as unknown as KeyPerson;

describe('a registered number’s facts in its conversation', () => {
  it('gives "me" the register’s age and conditions (medicine ids) and the screen its words', () => {
    const facts = registeredFacts({}, person, gradingData);
    expect(facts.people?.self).toEqual({ ageYears: 84, conditions: ['kidney-disease', 'hypertension'] });
    expect(facts.ages).toEqual([84]);
    expect(facts.conditions).toEqual(['dialysis']);
  });

  it('lets what the conversation said win', () => {
    const facts = registeredFacts({ ages: [5], people: { self: { ageYears: 40 } } }, person, gradingData);
    expect(facts.ages).toEqual([5]);
    expect(facts.people?.self?.ageYears).toBe(40);
  });
});
