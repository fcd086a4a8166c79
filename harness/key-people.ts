/**
 * Driving key people's check-ins in tests: a register CSV, the clock moved in steps with the planner
 * and the sweep run as the schedules would, and the SMS check-ins the fake Twilio API received.
 */
import type { ManualClock } from '../core/clock';
import type { FakeTwilioApi } from './twilio-fake-api';
import type { TestApp } from './test-app';

export const REGISTER_HEADER =
  'name,phone,community,grade,age,conditions,disease_unstable,vaccinated,channel,contact_times,family_phone';

/** Check-in SMS (REST messages.create) the fake received for a number. */
export function checkInTexts(twilio: FakeTwilioApi, to: string): string[] {
  return twilio.requests
    .filter((r) => /Messages\.json$/.test(r.path) && r.form.To === to && /例行问候/.test(r.form.Body ?? ''))
    .map((r) => r.form.Body ?? '');
}

/** Check-in calls (REST calls.create) the fake received for a number. */
export function checkInCalls(twilio: FakeTwilioApi, to: string) {
  return twilio.requests.filter((r) => /Calls\.json$/.test(r.path) && r.form.To === to);
}

/** Local (Asia/Shanghai) "HH:MM" of an instant. */
export function shanghaiTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
}

/** Local weekday, 0 Monday … 6 Sunday. */
export function shanghaiWeekday(at: Date): number {
  return (new Date(at.getTime() + 8 * 3_600_000).getUTCDay() + 6) % 7;
}

/**
 * Moves the clock to `until` in steps of `stepMinutes`: the planner on the hour (as its hourly
 * schedule does), the sweep every step on every instance, then `afterStep` (a person answering).
 */
export async function driveClock(
  clock: ManualClock,
  instances: readonly TestApp[],
  until: Date,
  stepMinutes: number,
  afterStep: () => Promise<void>,
): Promise<void> {
  while (clock.now() < until) {
    clock.advanceMinutes(stepMinutes);
    if (clock.now().getUTCMinutes() < stepMinutes)
      await Promise.all(instances.map((t) => t.services.keyPeople.checkIns.plan()));
    await Promise.all(instances.map((t) => t.services.keyPeople.checkIns.sweep()));
    await afterStep();
  }
}
