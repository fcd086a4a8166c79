/**
 * Key people of the State Council notice of 3 Jan 2023 (CONTRACT.md "Key people and check-ins"): the
 * vocabulary shared by the register, the check-ins, the channels and the dashboard. No database here.
 */
export const GRADES = ['red', 'yellow', 'green'] as const;
export type Grade = (typeof GRADES)[number];

export const CONTACT_CHANNELS = ['sms', 'voice'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export function isGrade(value: string): value is Grade {
  return (GRADES as readonly string[]).includes(value);
}

export function isContactChannel(value: string): value is ContactChannel {
  return (CONTACT_CHANNELS as readonly string[]).includes(value);
}

/** E.164: a plus, a country code and at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{6,14}$/;

/** "HH:MM", 24-hour. */
export const CONTACT_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What the register holds about a person (the fields people fill in). */
export interface KeyPersonFields {
  name: string;
  phone: string;
  communityId: string;
  age: number | null;
  conditions: string[];
  diseaseUnstable: boolean;
  pregnant: boolean;
  livesAlone: boolean;
  vaccinated: boolean | null;
  channel: ContactChannel;
  contactTimes: string[];
  optedOut: boolean;
  familyPhone: string | null;
  familyName: string | null;
  notes: string;
}

export interface KeyPerson extends KeyPersonFields {
  id: string;
  street: string;
  district: string;
  grade: Grade;
  gradeSource: 'rule' | 'override';
  /** The rule id that gave the grade, or the override's reason. */
  gradeReason: string;
  infected: boolean;
  infectedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const CHECK_IN_STATUSES = [
  'planned',
  'awaiting',
  'answered',
  'unanswered',
  'opted_out',
  'failed',
  'cancelled',
] as const;
export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

/** What an answer to a check-in said. */
export type CheckInOutcome = 'well' | 'needs_help' | 'worse' | 'emergency' | 'other';

export interface CheckIn {
  id: string;
  personId: string;
  slot: Date;
  kind: 'weekly' | 'daily';
  status: CheckInStatus;
  channel: ContactChannel | null;
  attempts: number;
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  answeredAt: Date | null;
  outcome: CheckInOutcome | null;
  answer: string | null;
  conversationId: string | null;
  ticketId: string | null;
}

export interface CheckInAttempt {
  n: number;
  channel: ContactChannel;
  at: Date;
  outcome: string;
  sid: string | null;
  error: string | null;
}
