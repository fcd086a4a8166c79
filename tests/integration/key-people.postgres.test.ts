/**
 * Two service instances on one PostgreSQL, both running the planner and the sweep at every step of a
 * week driven by one clock: a red person is texted exactly 3 times and a yellow person twice — never
 * doubled — because slots are unique per person and time and each send is claimed by one instance.
 */
import { ManualClock } from '../../core/clock';
import { checkInTexts, driveClock, REGISTER_HEADER } from '../../harness/key-people';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';
import { startFakeTwilioApi, type FakeTwilioApi } from '../../harness/twilio-fake-api';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { postTwilio, twilioSid, TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;
const MONDAY = new Date('2026-11-29T16:30:00Z');
const RED = '+8613800000041';
const YELLOW = '+8613800000042';

describePg('check-ins with two instances on one PostgreSQL', () => {
  let pg: PostgresServer;
  let a: TestApp;
  let b: TestApp;
  let twilio: FakeTwilioApi;
  const clock = new ManualClock(MONDAY);

  beforeAll(async () => {
    pg = await startPostgres();
    twilio = await startFakeTwilioApi();
    const env = { ...TWILIO_TEST_ENV, DATABASE_URL: pg.createDatabase('hotline_checkins') };
    const options = { twilioHttpClient: twilio.httpClient, clock, scheduleSweep: false };
    a = await startTestApp(env, options);
    b = await startTestApp(env, options);
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await twilio?.close();
    pg?.stop();
  });

  it('sends the grade’s contacts once each over a week, whichever instance sweeps', async () => {
    const csv = [
      REGISTER_HEADER,
      `王奶奶,${RED},gs-dg-xiyi,auto,85,hypertension,yes,yes,sms,09:00;15:00,`,
      `李爷爷,${YELLOW},gs-dg-xiyi,auto,70,hypertension,no,no,sms,10:30,`,
    ].join('\n');
    expect(await a.services.keyPeople.register.importCsv(csv, 'import')).toMatchObject({ ok: true, created: 2 });
    // Both planners at once, then both sweeps at every step.
    await Promise.all([a.services.keyPeople.checkIns.plan(), b.services.keyPeople.checkIns.plan()]);
    const answered: Record<string, number> = { [RED]: 0, [YELLOW]: 0 };
    let turn = 0;
    await driveClock(clock, [a, b], new Date(MONDAY.getTime() + 7 * 86_400_000 - 60 * 60_000), 30, async () => {
      for (const phone of [RED, YELLOW]) {
        const sent = checkInTexts(twilio, phone).length;
        while (answered[phone]! < sent) {
          answered[phone]!++;
          // The answer reaches either instance.
          const app = turn++ % 2 ? a.app : b.app;
          await postTwilio(app, '/twilio/sms', { MessageSid: twilioSid('SM'), From: phone, Body: '1' });
        }
      }
    });
    expect(checkInTexts(twilio, RED)).toHaveLength(3);
    expect(checkInTexts(twilio, YELLOW)).toHaveLength(2);
    const prisma = a.services.db.prisma;
    const rows = await prisma.checkIn.findMany({
      where: { slot: { lt: new Date(MONDAY.getTime() + 7 * 86_400_000) } },
      include: { person: true, attemptRows: true },
      orderBy: { slot: 'asc' },
    });
    expect(rows.map((r) => [r.person.phone, r.status, r.attemptRows.length])).toEqual([
      [RED, 'answered', 1],
      [YELLOW, 'answered', 1],
      [RED, 'answered', 1],
      [YELLOW, 'answered', 1],
      [RED, 'answered', 1],
    ]);
  }, 300_000);
});
