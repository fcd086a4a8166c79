/**
 * A person as someone typed it (a CSV row, a dashboard form, a JSON body) checked field by field: every
 * problem named, nothing guessed. The community must be in the communities directory (by id or name).
 */
import { CONTACT_TIME, E164, isContactChannel, isGrade, type Grade, type KeyPersonFields } from '../../core/key-people';
import type { GradingData } from '../../knowledge/key-people/grading';
import type { CommunityDirectory } from '../tickets/communities';

/** Raw values by field name; absent or empty means "not given". */
export type PersonInput = Partial<Record<PersonField, string>>;

export const PERSON_FIELDS = [
  'name',
  'phone',
  'community',
  'grade',
  'grade_reason',
  'age',
  'conditions',
  'disease_unstable',
  'pregnant',
  'lives_alone',
  'vaccinated',
  'channel',
  'contact_times',
  'opted_out',
  'family_phone',
  'family_name',
  'notes',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export interface CheckedPerson {
  fields: KeyPersonFields;
  street: string;
  district: string;
  /** A grade given with the person (CSV column, a re-grade); "auto": by the rules; undefined: not said. */
  grade?: Grade | 'auto';
  gradeReason?: string;
}

export type CheckResult = { ok: true; person: CheckedPerson } | { ok: false; errors: string[] };

const YES = /^(1|y|yes|true|是|有)$/i;
const NO = /^(0|n|no|false|否|无|没有)$/i;

function bool(value: string | undefined, field: string, errors: string[]): boolean | null {
  const v = value?.trim();
  if (!v) return null;
  if (YES.test(v)) return true;
  if (NO.test(v)) return false;
  errors.push(`${field}: "${v}" is not yes or no`);
  return null;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[;|、，,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Phone numbers as people write them: spaces and dashes dropped; a mainland mobile without +86 gets it. */
export function normalisePhone(value: string): string {
  const compact = value.replace(/[\s\-()]/g, '');
  if (/^1[3-9]\d{9}$/.test(compact)) return `+86${compact}`;
  if (/^00[1-9]/.test(compact)) return `+${compact.slice(2)}`;
  return compact;
}

export function checkPerson(input: PersonInput, communities: CommunityDirectory, grading: GradingData): CheckResult {
  const errors: string[] = [];
  const name = input.name?.trim() ?? '';
  if (!name) errors.push('name: missing');
  else if (name.length > 100) errors.push('name: longer than 100 characters');
  const phone = normalisePhone(input.phone ?? '');
  if (!input.phone?.trim()) errors.push('phone: missing');
  else if (!E164.test(phone)) errors.push(`phone: "${input.phone}" is not a phone number in E.164 (+8613…)`);
  const community = findCommunity(input.community?.trim() ?? '', communities);
  if (!input.community?.trim()) errors.push('community: missing');
  else if (!community) errors.push(`community: "${input.community}" is not in the communities directory`);
  const gradeText = input.grade?.trim().toLowerCase() ?? '';
  let grade: Grade | 'auto' | undefined = gradeText === 'auto' ? 'auto' : undefined;
  if (gradeText && gradeText !== 'auto') {
    const g = GRADE_WORDS[gradeText] ?? gradeText;
    if (isGrade(g)) grade = g;
    else errors.push(`grade: "${input.grade}" is not red, yellow, green or auto`);
  }
  let age: number | null = null;
  if (input.age?.trim()) {
    age = Number(input.age.trim());
    if (!Number.isInteger(age) || age < 0 || age > 130) {
      errors.push(`age: "${input.age}" is not a whole number of years`);
      age = null;
    }
  }
  const known = new Set(grading.conditions.map((c) => c.id));
  const conditions = list(input.conditions).map((c) => conditionId(c, grading) ?? c);
  for (const c of conditions)
    if (!known.has(c)) errors.push(`conditions: "${c}" is not one of ${[...known].join(', ')}`);
  const channelText = input.channel?.trim().toLowerCase() || 'sms';
  const channel = CHANNEL_WORDS[channelText] ?? channelText;
  if (!isContactChannel(channel)) errors.push(`channel: "${input.channel}" is not sms or voice`);
  const contactTimes = list(input.contact_times);
  for (const t of contactTimes) if (!CONTACT_TIME.test(t)) errors.push(`contact_times: "${t}" is not HH:MM`);
  const familyPhone = input.family_phone?.trim() ? normalisePhone(input.family_phone) : null;
  if (familyPhone && !E164.test(familyPhone)) errors.push(`family_phone: "${input.family_phone}" is not E.164`);
  if (familyPhone && familyPhone === phone) errors.push('family_phone: the same as phone');
  const fields: KeyPersonFields = {
    name,
    phone,
    communityId: community?.id ?? '',
    age,
    conditions: [...new Set(conditions)],
    diseaseUnstable: bool(input.disease_unstable, 'disease_unstable', errors) ?? false,
    pregnant: bool(input.pregnant, 'pregnant', errors) ?? false,
    livesAlone: bool(input.lives_alone, 'lives_alone', errors) ?? false,
    vaccinated: bool(input.vaccinated, 'vaccinated', errors),
    channel: isContactChannel(channel) ? channel : 'sms',
    contactTimes: [...new Set(contactTimes)].sort(),
    optedOut: bool(input.opted_out, 'opted_out', errors) ?? false,
    familyPhone,
    familyName: input.family_name?.trim() || null,
    notes: (input.notes ?? '').trim().slice(0, 2000),
  };
  if (errors.length || !community) return { ok: false, errors };
  const gradeReason = input.grade_reason?.trim() || undefined;
  return { ok: true, person: { fields, street: community.street, district: community.district, grade, gradeReason } };
}

const GRADE_WORDS: Record<string, string> = {
  红: 'red',
  红色: 'red',
  黄: 'yellow',
  黄色: 'yellow',
  绿: 'green',
  绿色: 'green',
};
const CHANNEL_WORDS: Record<string, string> = { 短信: 'sms', 电话: 'voice', call: 'voice', phone: 'voice' };

function findCommunity(value: string, communities: CommunityDirectory) {
  return communities.get(value) ?? communities.communities.find((c) => c.name === value);
}

function conditionId(value: string, grading: GradingData): string | undefined {
  const v = value.toLowerCase();
  return grading.conditions.find((c) => c.id === v || c.zh === value || c.en.toLowerCase() === v)?.id;
}
