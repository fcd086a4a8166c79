/**
 * Two instances of the service on one PostgreSQL: a conversation opened on one is served by the
 * other, and messages posted to both at once are numbered without gaps or reordering.
 */
import { DirectLineClient, message } from '../../harness/directline-client';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';
import { startTestApp, type TestApp } from '../../harness/test-app';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;

describePg('Direct Line on two instances sharing PostgreSQL', () => {
  let pg: PostgresServer;
  let a: TestApp;
  let b: TestApp;
  let dlA: DirectLineClient;
  let dlB: DirectLineClient;

  beforeAll(async () => {
    pg = await startPostgres();
    const url = pg.createDatabase('hotline_directline');
    a = await startTestApp({ DATABASE_URL: url });
    b = await startTestApp({ DATABASE_URL: url });
    dlA = new DirectLineClient(a.app);
    dlB = new DirectLineClient(b.app);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    pg?.stop();
  });

  it('a token from one instance opens the conversation on the other, and each reads what the other stored', async () => {
    const s = await dlA.start();
    const [reply] = await dlB.say(s, '布洛芬一次吃多少');
    expect(reply.text).toMatch(/布洛芬/);
    const onA = await dlA.activities(s);
    expect(onA.activities.map((x) => x.id)).toEqual([`${s.conversationId}|0000001`, reply.id]);
    const refreshed = (await dlB.request('POST', '/tokens/refresh', s.token)).json();
    expect((await dlA.activities(refreshed, onA.watermark)).activities).toEqual([]);
  });

  it('concurrent messages through both instances get gapless, increasing watermarks', async () => {
    const s = await dlA.start();
    // Three at once: the engine retries a turn that lost the race for the conversation's state up to four times.
    const texts = ['你好', '布洛芬一次吃多少', '发热门诊在哪'];
    const results = await Promise.all(texts.map((text, i) => (i % 2 ? dlA : dlB).post(s, message(text))));
    expect(results.map((r) => r.statusCode)).toEqual(texts.map(() => 200));
    const { activities, watermark } = await dlB.activities(s);
    expect(watermark).toBe(String(texts.length * 2));
    expect(activities.map((x) => Number(x.id.split('|')[1]))).toEqual(
      Array.from({ length: texts.length * 2 }, (_, i) => i + 1),
    );
    for (let i = 0; i < activities.length; i += 2) expect(activities[i + 1].replyToId).toBe(activities[i].id);
  });
});
