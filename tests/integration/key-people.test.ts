/**
 * Key people's check-ins through the real app on the embedded database, with the clock driven through
 * a week and the local fake Twilio API: the grade's contacts at the person's times, answers through the
 * engine ("1" well, "2" a ticket, an emergency the emergency path), a missed check-in retried outside
 * quiet hours and then a human_callback ticket, an opted-out number never texted; a voice check-in.
 */
import { ManualClock } from '../../core/clock';
import { CHECK_IN_JOBS } from '../../domains/key-people';
import {
  checkInCalls,
  checkInTexts,
  driveClock,
  REGISTER_HEADER,
  shanghaiTime,
  shanghaiWeekday,
} from '../../harness/key-people';
import { startFakeTwilioApi, type FakeTwilioApi } from '../../harness/twilio-fake-api';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { postTwilio, spokenLines, twilioSid, TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';

const { OPERATOR_NUMBER: _desk, ...ENV } = TWILIO_TEST_ENV;
// Monday 30 Nov 2026, 00:30 in Hangzhou.
const MONDAY = new Date('2026-11-29T16:30:00Z');
const RED = '+8613800000001';
const YELLOW = '+8613800000002';
const OPTED_OUT = '+8613800000003';
const VOICE = '+8613800000004';

let t: TestApp;
let twilio: FakeTwilioApi;
const clock = new ManualClock(MONDAY);

beforeAll(async () => {
  twilio = await startFakeTwilioApi();
  t = await startTestApp(ENV, { twilioHttpClient: twilio.httpClient, clock, scheduleSweep: false });
});
afterAll(async () => {
  await t?.close();
  await twilio?.close();
});

const sms = async (from: string, body: string) => {
  const res = await postTwilio(t.app, '/twilio/sms', { MessageSid: twilioSid('SM'), From: from, Body: body });
  expect(res.statusCode).toBe(200);
  return spokenLines(res.body).join('\n');
};
const db = () => t.services.db.prisma;

describe('a week of check-ins for a red and a yellow person', () => {
  const replies: Record<string, string[]> = { red: [], yellow: [] };

  beforeAll(async () => {
    const csv = [
      REGISTER_HEADER,
      `王奶奶,${RED},gs-dg-xiyi,auto,85,hypertension,yes,yes,sms,09:00,`,
      `李爷爷,${YELLOW},gs-dg-xiyi,auto,70,hypertension,no,no,sms,20:30,`,
      `赵奶奶,${OPTED_OUT},gs-dg-xiyi,red,90,,,no,sms,09:00,`,
    ].join('\n');
    const result = await t.services.keyPeople.register.importCsv(csv, 'import');
    expect(result).toEqual({ ok: true, created: 3, updated: 0 });
    // She texted STOP once: the SMS opt-out that already exists binds check-ins too.
    await sms(OPTED_OUT, 'STOP');
    await t.services.staff.add({
      name: '王专员',
      phone: '+8613700000001',
      role: 'commissioner',
      communities: ['gs-dg-xiyi'],
    });
    // The planner once through pg-boss, as its schedule runs it.
    await t.services.jobs.runNow(CHECK_IN_JOBS.plan);

    const answered = new Set<string>();
    await driveClock(clock, [t], new Date(MONDAY.getTime() + 7 * 86_400_000), 30, async () => {
      const red = checkInTexts(twilio, RED);
      if (red.length > replies.red.length) {
        // Monday well, Wednesday "2", Friday an emergency.
        const n = replies.red.length;
        const body = n === 0 ? '1' : n === 1 ? '2' : '我喘不上气，嘴唇发紫了';
        replies.red.push(await sms(RED, body));
      }
      const yellow = checkInTexts(twilio, YELLOW);
      if (yellow.length > replies.yellow.length + answered.size) {
        // Monday's is answered; Thursday's is never answered.
        if (shanghaiWeekday(clock.now()) === 0) {
          replies.yellow.push(await sms(YELLOW, '挺好的'));
        } else answered.add(String(yellow.length));
      }
    });
  }, 300_000);

  it('texts the red person 3 times, Monday, Wednesday and Friday at her 09:00', async () => {
    expect(checkInTexts(twilio, RED)).toHaveLength(3);
    const attempts = await db().checkInAttempt.findMany({
      where: { checkIn: { person: { phone: RED } } },
      orderBy: { at: 'asc' },
    });
    expect(attempts.map((a) => [shanghaiWeekday(a.at), shanghaiTime(a.at)])).toEqual([
      [0, '09:00'],
      [2, '09:00'],
      [4, '09:00'],
    ]);
  });

  it('answers "1" with thanks, and "2" with a red human_callback ticket carrying the answer', async () => {
    expect(replies.red[0]).toMatch(/谢谢/);
    const id = /T-\d{5}/.exec(replies.red[1]!)?.[0];
    expect(id).toBeDefined();
    const ticket = await db().ticket.findUniqueOrThrow({ where: { id } });
    expect(ticket).toMatchObject({
      service: 'human_callback',
      priority: 'red',
      contactPhone: RED,
      communityId: 'gs-dg-xiyi',
    });
    expect(ticket.attributes).toMatchObject({ check_in_outcome: 'needs_help', answer: '2' });
    expect(JSON.stringify(ticket.transcript)).toMatch(/例行问候/);
  });

  it('gives an emergency reply the emergency path (120), and records the check-in as an emergency', async () => {
    expect(replies.red[2]).toMatch(/120/);
    const checkIns = await db().checkIn.findMany({
      where: { person: { phone: RED }, slot: { lt: new Date(MONDAY.getTime() + 7 * 86_400_000) } },
      orderBy: { slot: 'asc' },
    });
    expect(checkIns.map((c) => [c.status, c.outcome])).toEqual([
      ['answered', 'well'],
      ['answered', 'needs_help'],
      ['answered', 'emergency'],
    ]);
  });

  it('texts the yellow person twice a week at 20:30, retries the missed one after quiet hours, then opens a human_callback ticket', async () => {
    const attempts = await db().checkInAttempt.findMany({
      where: { checkIn: { person: { phone: YELLOW } } },
      orderBy: { at: 'asc' },
    });
    // Monday 20:30 answered; Thursday 20:30, then (21:30 is quiet) Friday 08:00 and 09:00.
    expect(attempts.map((a) => [shanghaiWeekday(a.at), shanghaiTime(a.at), a.n])).toEqual([
      [0, '20:30', 1],
      [3, '20:30', 1],
      [4, '08:00', 2],
      [4, '09:00', 3],
    ]);
    expect(checkInTexts(twilio, YELLOW)).toHaveLength(4);
    const missed = await db().checkIn.findFirstOrThrow({ where: { person: { phone: YELLOW }, status: 'unanswered' } });
    const ticket = await db().ticket.findUniqueOrThrow({ where: { id: missed.ticketId! } });
    expect(ticket).toMatchObject({ service: 'human_callback', priority: 'yellow', contactPhone: YELLOW });
  });

  it('never texts a person who opted out of SMS; her check-ins are recorded as opted out', async () => {
    expect(twilio.requests.filter((r) => r.form.To === OPTED_OUT)).toHaveLength(0);
    const rows = await db().checkIn.findMany({ where: { person: { phone: OPTED_OUT } } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'opted_out' || r.status === 'planned')).toBe(true);
  });

  it('knows a registered caller: the check-in ticket and any ticket by that number have the grade as at least its priority', async () => {
    const red = await db().ticket.findMany({ where: { contactPhone: RED } });
    expect(red.every((tk) => tk.priority === 'red')).toBe(true);
  });
});

describe('a voice check-in', () => {
  it('calls with calls.create and its own TwiML; 2 makes a ticket, and an emergency said is put through to 120', async () => {
    const csv = [REGISTER_HEADER, `钱爷爷,${VOICE},gs-dg-dongyi,auto,82,dialysis,,yes,voice,10:00,`].join('\n');
    expect(await t.services.keyPeople.register.importCsv(csv, 'import')).toMatchObject({ ok: true, created: 1 });
    const person = await db().keyPerson.findUniqueOrThrow({ where: { phone: VOICE } });
    expect(person.grade).toBe('red');
    await t.services.keyPeople.checkIns.plan();
    const first = await db().checkIn.findFirstOrThrow({ where: { personId: person.id }, orderBy: { slot: 'asc' } });
    clock.set(first.slot);
    await t.services.keyPeople.checkIns.sweep();
    const [placed] = checkInCalls(twilio, VOICE);
    expect(placed?.form.Url).toBe(`${TWILIO_TEST_ENV.PUBLIC_BASE_URL}/twilio/voice/checkin?c=${first.id}`);
    const callSid = twilioSid('CA');
    const call = { CallSid: callSid, From: TWILIO_TEST_ENV.TWILIO_PHONE_NUMBER, To: VOICE, CallStatus: 'in-progress' };
    const twiml = await postTwilio(t.app, `/twilio/voice/checkin?c=${first.id}`, call);
    expect(twiml.body).toMatch(/<Gather[^>]*input="dtmf speech"/);
    expect(spokenLines(twiml.body).join('')).toMatch(/请按1.*请按2.*请按0/);
    const answer = await postTwilio(t.app, `/twilio/voice/checkin/answer?c=${first.id}`, { ...call, Digits: '2' });
    // The ticket number is read out digit by digit.
    expect(spokenLines(answer.body).join('')).toMatch(/工单号 T，(. ){4}.）/);
    const done = await db().checkIn.findUniqueOrThrow({ where: { id: first.id } });
    expect(done).toMatchObject({ status: 'answered', outcome: 'needs_help' });
    const ticket = await db().ticket.findUniqueOrThrow({ where: { id: done.ticketId! } });
    expect(ticket.priority).toBe('red');

    // The next check-in: the caller says something that is an emergency.
    const second = await db().checkIn.findFirstOrThrow({
      where: { personId: person.id, status: 'planned' },
      orderBy: { slot: 'asc' },
    });
    clock.set(second.slot);
    await t.services.keyPeople.checkIns.sweep();
    const callSid2 = twilioSid('CA');
    const call2 = { ...call, CallSid: callSid2 };
    const said = await postTwilio(t.app, `/twilio/voice/checkin/answer?c=${second.id}`, {
      ...call2,
      SpeechResult: '我胸口剧烈疼痛，喘不上气',
    });
    expect(said.body).toMatch(/<Dial[^>]*>.*120/s);
  });

  it('refuses a forged check-in webhook', async () => {
    const res = await postTwilio(
      t.app,
      '/twilio/voice/checkin/answer?c=00000000-0000-0000-0000-000000000000',
      { CallSid: twilioSid('CA'), To: VOICE, Digits: '1' },
      { token: 'wrong' },
    );
    expect(res.statusCode).toBe(403);
  });
});
