import { gradePerson } from '../../../domains/key-people';
import { gradingData } from '../../../knowledge/key-people/grading';
import { SOURCES } from '../../../knowledge/sources';

const person = (over: Partial<Parameters<typeof gradePerson>[0]> = {}) => ({
  age: 70,
  conditions: [] as string[],
  diseaseUnstable: false,
  pregnant: false,
  livesAlone: false,
  vaccinated: true as boolean | null,
  ...over,
});

describe('grading key people (knowledge/key-people/grading.json)', () => {
  it.each([
    ['80+ not fully vaccinated', { age: 85, vaccinated: false }, 'red', 'red.80-not-vaccinated'],
    ['80+ vaccination unknown counts as not vaccinated', { age: 85, vaccinated: null }, 'red', 'red.80-not-vaccinated'],
    [
      '80+ with an unstable chronic disease',
      { age: 81, conditions: ['diabetes'], diseaseUnstable: true },
      'red',
      'red.80-unstable',
    ],
    [
      '65–79 with an unstable chronic disease',
      { age: 66, conditions: ['copd'], diseaseUnstable: true },
      'red',
      'red.65-79-unstable',
    ],
    ['on dialysis, at any age', { age: 40, conditions: ['dialysis'] }, 'red', 'red.severe-condition'],
    ['80+ vaccinated, no disease', { age: 88 }, 'yellow', 'yellow.80-vaccinated'],
    [
      '65–79 stable, not vaccinated',
      { age: 70, conditions: ['hypertension'], vaccinated: false },
      'yellow',
      'yellow.65-79-stable-not-vaccinated',
    ],
    ['65–79 stable and vaccinated', { age: 70, conditions: ['hypertension'] }, 'green', 'green.stable-vaccinated'],
    ['under 80 without disease', { age: 50 }, 'green', 'green.no-disease'],
  ])('%s → %s', (_label, over, grade, rule) => {
    const result = gradePerson(person(over), gradingData);
    expect([result.grade, result.rules[0]]).toEqual([grade, rule]);
  });

  it('raises the notice’s key groups (pregnant, living alone, disabled) to at least yellow', () => {
    expect(gradePerson(person({ age: 30, pregnant: true }), gradingData)).toEqual({
      grade: 'yellow',
      rules: ['green.no-disease', 'yellow.key-group'],
    });
    expect(gradePerson(person({ age: 72, livesAlone: true }), gradingData).grade).toBe('yellow');
    expect(gradePerson(person({ age: 85, vaccinated: false, livesAlone: true }), gradingData).grade).toBe('red');
  });

  it('names a source that exists for every rule, and gives the notice’s weekly contacts', () => {
    for (const row of [...gradingData.rows, ...gradingData.floors])
      for (const s of row.sources) expect([row.id, s in SOURCES]).toEqual([row.id, true]);
    expect(gradingData.contactsPerWeek).toEqual({ red: 3, yellow: 2, green: 0 });
  });
});
