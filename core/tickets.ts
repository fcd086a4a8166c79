/**
 * The vocabulary of community service tickets (CONTRACT.md): services, statuses and their lifecycle,
 * priorities, and how a status is told to residents. Shared by the domain, the repository that stores
 * tickets and the channels that show them.
 */
import type { Bilingual } from './types';

export const SERVICE_CODES = ['drug_delivery', 'transport', 'doctor_callback', 'human_callback', 'other'] as const;
export type ServiceCode = (typeof SERVICE_CODES)[number];

export const TICKET_STATUSES = ['new', 'assigned', 'in_progress', 'resolved', 'closed', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Most urgent first (State Council notice of 3 Jan 2023: red / yellow / green). */
export const PRIORITIES = ['red', 'yellow', 'green'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * new → assigned → in_progress → resolved → closed, plus cancelled from any open state.
 * A resolved ticket may be reopened (in_progress) when the resident says the help did not arrive.
 */
const TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['assigned', 'in_progress', 'cancelled'],
  assigned: ['in_progress', 'new', 'cancelled'],
  in_progress: ['resolved', 'cancelled'],
  resolved: ['closed', 'in_progress'],
  closed: [],
  cancelled: [],
};

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/**
 * How a ticket's status is told to the resident who asked: in the conversation ("查进度"), by SMS and
 * as Open311's status_notes. (The dashboard has its own shorter staff labels.)
 */
export const STATUS_NOTES: Record<TicketStatus, Bilingual> = {
  new: { zh: '已登记，等待社区受理', en: 'received, waiting for the community' },
  assigned: { zh: '社区已受理', en: 'taken by a community worker' },
  in_progress: { zh: '正在办理', en: 'being handled' },
  resolved: { zh: '已办结', en: 'done' },
  closed: { zh: '已关闭', en: 'closed' },
  cancelled: { zh: '已取消', en: 'cancelled' },
};

export const OPEN_STATUSES: readonly TicketStatus[] = ['new', 'assigned', 'in_progress'];

export function isOpen(status: TicketStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Open311 knows two statuses: the first three are "open", the rest "closed". */
export function open311Status(status: TicketStatus): 'open' | 'closed' {
  return isOpen(status) ? 'open' : 'closed';
}

export function isTicketStatus(value: string): value is TicketStatus {
  return (TICKET_STATUSES as readonly string[]).includes(value);
}

export function isServiceCode(value: string): value is ServiceCode {
  return (SERVICE_CODES as readonly string[]).includes(value);
}

export function isPriority(value: string): value is Priority {
  return (PRIORITIES as readonly string[]).includes(value);
}

/**
 * Ticket ids are read out on the phone: "T-" and five digits. The n-th ticket gets an affine
 * permutation of n over 0…99,999, so consecutive tickets do not look consecutive and no two
 * tickets share an id; past 100,000 tickets the ids grow to six digits (and so on), still unique.
 */
const MULTIPLIER = 7_919; // prime, coprime with every power of ten
const OFFSET = 31_337;

export function ticketIdFor(sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 0) throw new RangeError(`bad ticket sequence ${sequence}`);
  let digits = 5;
  let base = 0;
  while (sequence - base >= 10 ** digits) {
    base += 10 ** digits;
    digits += 1;
  }
  const space = 10 ** digits;
  const n = sequence - base;
  const permuted = Number((BigInt(n) * BigInt(MULTIPLIER) + BigInt(OFFSET)) % BigInt(space));
  return `T-${String(permuted).padStart(digits, '0')}`;
}

/**
 * The shape of an id ticketIdFor issues, as a JSON-schema pattern (routes validate params with it)
 * and a test; ids outside it are never looked up. Seven digits cover the first 11.1 million tickets.
 */
export const TICKET_ID_PATTERN = '^T-[0-9]{5,7}$';
const TICKET_ID = new RegExp(TICKET_ID_PATTERN);

export function isTicketId(value: string): boolean {
  return TICKET_ID.test(value);
}

/** "T-12345", "t12345", "T 12345", "Ｔ－１２３４５" → "T-12345"; undefined when there is none. */
export function findTicketId(text: string): string | undefined {
  const m = /(?:^|[^a-z0-9])t\s*[-‐–—_]?\s*(\d{5,7})(?!\d)/i.exec(text.normalize('NFKC'));
  return m ? `T-${m[1]}` : undefined;
}
