import { serviceCatalog } from '../../../knowledge/services/catalog';
import { assessPriority, type PriorityInput } from '../../../domains/tickets/priority';
import { addWorkingMinutes, SlaPolicy } from '../../../domains/tickets/sla';

const input = (over: Partial<PriorityInput>): PriorityInput => ({
  service: 'drug_delivery',
  keyFacts: [],
  triage: 'none',
  fever: false,
  withoutAntipyretic: false,
  ...over,
});
const assess = (over: Partial<PriorityInput>) => assessPriority(serviceCatalog.priorityRules, input(over));

describe('priority (State Council notice grading, raised by urgency)', () => {
  it('an 80+ person with a fever and no fever medicine is red, whatever else', () => {
    expect(assess({ age: 88, fever: true, withoutAntipyretic: true })).toEqual({
      priority: 'red',
      reasons: ['red.very-old-fever-no-antipyretic'],
    });
  });

  it('a key person the screen sends to a clinician today is red; the same person without urgency yellow', () => {
    expect(assess({ keyFacts: ['pregnant'], triage: 'urgent' }).priority).toBe('red');
    expect(assess({ keyFacts: ['pregnant'] }).priority).toBe('yellow');
    expect(assess({ age: 70, triage: 'emergency' }).priority).toBe('red');
  });

  it('65+ or a key fact is yellow; a 30-year-old asking for test kits green', () => {
    expect(assess({ age: 67 })).toEqual({ priority: 'yellow', reasons: ['yellow.elderly'] });
    expect(assess({ keyFacts: ['lives_alone'] }).priority).toBe('yellow');
    expect(assess({ age: 30 })).toEqual({ priority: 'green', reasons: [] });
  });

  it('an 80-year-old fever without the medicine missing is not red by that rule', () => {
    expect(assess({ age: 82, fever: true }).reasons).not.toContain('red.very-old-fever-no-antipyretic');
  });
});

describe('SLA due times', () => {
  const policy = new SlaPolicy(serviceCatalog.sla, (s) => serviceCatalog.services.find((x) => x.code === s)?.calendar);
  const calendar = serviceCatalog.sla.calendars.find((c) => c.id === 'family-doctor-hours')!;

  it('counts every minute for a continuous target', () => {
    const from = new Date('2026-12-04T11:30:00Z'); // Friday 19:30 in Hangzhou
    expect(policy.dueTimes('drug_delivery', 'red', from)).toEqual({
      firstResponseDueAt: new Date('2026-12-04T12:00:00Z'),
      resolutionDueAt: new Date('2026-12-04T15:30:00Z'),
    });
  });

  it('counts only the calendar’s opening hours, across the night and into the weekend hours', () => {
    // Friday 19:30 + 60 working minutes: 30 until 20:00, then Saturday from 08:30 → 09:00.
    expect(addWorkingMinutes(new Date('2026-12-04T11:30:00Z'), 60, calendar, 'Asia/Shanghai')).toEqual(
      new Date('2026-12-05T01:00:00Z'),
    );
    // Starting before opening: Tuesday 06:00 + 30 → 08:30.
    expect(addWorkingMinutes(new Date('2026-12-07T22:00:00Z'), 30, calendar, 'Asia/Shanghai')).toEqual(
      new Date('2026-12-08T00:30:00Z'),
    );
    const yellow = policy.dueTimes('doctor_callback', 'yellow', new Date('2026-12-04T11:30:00Z'));
    expect(yellow.firstResponseDueAt).toEqual(
      addWorkingMinutes(new Date('2026-12-04T11:30:00Z'), 240, calendar, 'Asia/Shanghai'),
    );
  });

  it('red doctor call-backs are not held back by the calendar', () => {
    const from = new Date('2026-12-04T14:00:00Z'); // Friday 22:00
    expect(policy.dueTimes('doctor_callback', 'red', from).firstResponseDueAt).toEqual(
      new Date('2026-12-04T15:00:00Z'),
    );
  });
});
