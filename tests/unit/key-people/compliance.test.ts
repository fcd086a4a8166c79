import { compliance } from '../../../domains/key-people';
import { contactState } from '../../../domains/key-people/compliance';

const NOW = new Date('2026-12-09T02:00:00Z'); // Wednesday 10:00 of the second week
const W1 = (day: number) => new Date(Date.UTC(2026, 10, 30 + day, 1)); // 09:00 local in week 1
const per = { red: 3, yellow: 2, green: 0 };
const people = [
  { id: 'r', grade: 'red' as const, createdAt: new Date('2026-11-01') },
  { id: 'y', grade: 'yellow' as const, createdAt: new Date('2026-11-01') },
  { id: 'g', grade: 'green' as const, createdAt: new Date('2026-11-01') },
];

describe('the notice’s compliance figure', () => {
  it('counts red reached ≥ 3 times and yellow ≥ 2 per week; a sent but unanswered check-in is no contact', () => {
    const checkIns = [
      ...[0, 2, 4].map((d) => ({ personId: 'r', slot: W1(d), status: 'answered' as const })),
      { personId: 'y', slot: W1(0), status: 'answered' as const },
      { personId: 'y', slot: W1(3), status: 'unanswered' as const },
    ];
    const [week1, week2] = compliance(people, checkIns, 2, NOW, per);
    expect(week1).toMatchObject({ red: { people: 1, met: 1 }, yellow: { people: 1, met: 0 } });
    expect(week2).toMatchObject({ red: { people: 1, met: 0 }, yellow: { people: 1, met: 0 } });
  });

  it('tells due, overdue and unreachable apart', () => {
    const at = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
    expect(contactState([{ status: 'planned', slot: at(3), nextAttemptAt: null }], false, NOW)).toBe('due');
    expect(contactState([{ status: 'planned', slot: at(-2), nextAttemptAt: null }], false, NOW)).toBe('overdue');
    expect(contactState([{ status: 'unanswered', slot: at(-30), nextAttemptAt: null }], false, NOW)).toBe(
      'unreachable',
    );
    expect(contactState([], true, NOW)).toBe('opted_out');
  });
});
