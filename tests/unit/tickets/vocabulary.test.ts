import {
  canTransition,
  findTicketId,
  isTicketId,
  open311Status,
  TICKET_STATUSES,
  ticketIdFor,
} from '../../../core/tickets';

describe('ticket ids', () => {
  it('are "T-" and five digits, distinct for the first 100,000 tickets, then six digits, still distinct', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 100_000; n++) seen.add(ticketIdFor(n));
    expect(seen.size).toBe(100_000);
    expect([...seen].every((id) => /^T-\d{5}$/.test(id))).toBe(true);
    const later = new Set(Array.from({ length: 5_000 }, (_, i) => ticketIdFor(100_000 + i)));
    expect(later.size).toBe(5_000);
    expect([...later].every((id) => /^T-\d{6}$/.test(id) && !seen.has(id))).toBe(true);
  });

  it('are all accepted by the routes that look tickets up, from the first to the eleven-millionth', () => {
    for (const n of [0, 1, 99_999, 100_000, 1_099_999, 1_100_000, 11_099_999])
      expect(isTicketId(ticketIdFor(n))).toBe(true);
    for (const bad of ['T-1234', 'T-12345678', 't-12345', 'T-12345 ', 'T-１２３４５', '12345'])
      expect(isTicketId(bad)).toBe(false);
  });

  it('do not look consecutive', () => {
    const [a, b] = [ticketIdFor(1), ticketIdFor(2)].map((id) => Number(id.slice(2)));
    expect(Math.abs(a! - b!)).toBeGreaterThan(100);
  });

  it.each([
    ['T-12345', 'T-12345'],
    ['查一下t12345', 'T-12345'],
    ['取消 T 12345', 'T-12345'],
    ['Ｔ－１２３４５ 到哪了', 'T-12345'],
    ['cancel T-123456 please', 'T-123456'],
    ['电话13800138000', undefined],
    ['T-123', undefined],
  ])('finds %s as %s', (text, id) => {
    expect(findTicketId(text)).toBe(id);
  });
});

describe('lifecycle', () => {
  it('goes new → assigned → in_progress → resolved → closed, and cancels only while open', () => {
    expect(canTransition('new', 'assigned')).toBe(true);
    expect(canTransition('assigned', 'in_progress')).toBe(true);
    expect(canTransition('in_progress', 'resolved')).toBe(true);
    expect(canTransition('resolved', 'closed')).toBe(true);
    for (const from of ['new', 'assigned', 'in_progress'] as const) expect(canTransition(from, 'cancelled')).toBe(true);
    for (const from of ['resolved', 'closed', 'cancelled'] as const)
      expect(canTransition(from, 'cancelled')).toBe(false);
    expect(canTransition('new', 'resolved')).toBe(false);
    expect(canTransition('closed', 'new')).toBe(false);
  });

  it('shows the first three as open in Open311 and the rest as closed', () => {
    expect(TICKET_STATUSES.map(open311Status)).toEqual(['open', 'open', 'open', 'closed', 'closed', 'closed']);
  });
});
