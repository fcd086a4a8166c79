/**
 * The emergency path with the database stopped (PostgreSQL, killed as a crash would): chat and SMS
 * still give the emergency advice, a voice caller saying an emergency is still put through to 120,
 * and everything else is told plainly that it was not processed (503 with Retry-After on the API).
 * After the server comes back the service answers normally again, without a restart.
 */
import { randomUUID } from 'node:crypto';
import { DirectLineClient, message, type Session } from '../../harness/directline-client';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';
import { addStaff, signIn, type SignedIn } from '../../harness/staff';
import { startTestApp, type TestApp } from '../../harness/test-app';
import {
  actionOf,
  dialedNumber,
  postTwilio,
  spokenLines,
  twilioCall,
  twilioSid,
  TWILIO_TEST_ENV,
} from '../../harness/twilio-webhooks';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;

describePg('with PostgreSQL stopped', () => {
  let pg: PostgresServer;
  let t: TestApp;

  beforeAll(async () => {
    pg = await startPostgres();
    t = await startTestApp({
      ...TWILIO_TEST_ENV,
      BOT_ANONYMOUS: 'true',
      DATABASE_URL: pg.createDatabase('hotline_outage'),
    });
  });
  afterAll(async () => {
    await t?.close();
    pg?.stop();
  });

  const chat = (sessionId: string, text: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/chat', payload: { sessionId, text } });
  const sms = (text: string) =>
    postTwilio(t.app, '/twilio/sms', { MessageSid: twilioSid('SM'), From: '+8613800001111', Body: text });

  describe('while it is down', () => {
    let call: ReturnType<typeof twilioCall>;
    let menuAction: string;
    let keysAction: string;
    let web: Session;
    let staff: SignedIn;
    const dl = () => new DirectLineClient(t.app);

    beforeAll(async () => {
      // A call that began while the database was up, then loses it mid-call.
      call = twilioCall(t.app, '+8613900002222');
      const menu = await call.post('/twilio/voice');
      keysAction = actionOf(menu.body);
      const ask = await call.post(actionOf(menu.body), { Digits: '1' });
      menuAction = actionOf(ask.body);
      // A web chat and a staff session opened before the outage.
      web = await dl().start();
      await addStaff(t, { username: 'outage', name: '王专员', role: 'commissioner', communities: ['gs-dg-xiyi'] });
      staff = await signIn(t.app, 'outage');
      pg.halt();
    });
    afterAll(() => pg.resume());

    it('chat: an emergency gets the emergency advice, 200', async () => {
      const res = await chat('outage-1', '我爸突然叫不醒了，嘴唇发紫');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ intent: 'emergency', triage: 'emergency', action: 'call_emergency' });
      expect(res.json().reply).toContain('120');
    });

    it('chat: an emergency in English, with format characters inside the words', async () => {
      const res = await chat('outage-2', 'my dad is un\u00adconscious and not breathing');
      expect(res.statusCode).toBe(200);
      expect(res.json().triage).toBe('emergency');
    });

    it('chat: anything else is 503 store_unavailable with Retry-After, not a 500', async () => {
      const res = await chat('outage-3', '布洛芬一次吃多少');
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.json().error.code).toBe('store_unavailable');
    });

    it('SMS: an emergency gets the emergency advice', async () => {
      const res = await sms('老人喘不上气 说话都说不完整');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<Message>');
      expect(res.body).toContain('120');
      expect(res.body).not.toMatch(/没有处理|not processed/);
    });

    it('SMS: anything else is told it was not processed, and to call 120 in an emergency', async () => {
      const res = await sms('发热门诊几点开门');
      expect(res.statusCode).toBe(200);
      expect(res.body).toMatch(/没有处理|未能处理|not processed/);
      expect(res.body).toContain('120');
    });

    it('voice: a caller saying an emergency is put through to 120', async () => {
      const res = await call.post(menuAction, { SpeechResult: '我妈晕倒了 叫不醒' });
      expect(res.statusCode).toBe(200);
      expect(dialedNumber(res.body)).toBe('120');
      // Said digit by digit, as it is dialled.
      expect(spokenLines(res.body).join('')).toContain('幺二零');
    });

    it('Open311 reads and files, and limited routes, answer 503 with Retry-After, never 500', async () => {
      const read = await t.app.inject({ url: '/open311/v2/requests.json' });
      expect(read.statusCode).toBe(503);
      expect(read.headers['retry-after']).toBeDefined();
      const file = await t.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'api_key=nobody-has-this-key-123&service_code=transport',
      });
      // A wrong key is refused before the database is needed; anything that needs it is a retryable 503.
      expect([403, 503]).toContain(file.statusCode);
    });

    /** A retryable 503 with Retry-After and an error code, never a 500 or a stack. */
    const retryable = (res: { statusCode: number; headers: Record<string, unknown>; body: string }) => {
      expect(res.statusCode).toBe(503);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(JSON.parse(res.body).error.code).toBe('store_unavailable');
    };

    it('/health says the database is away: 503', async () => {
      const res = await t.app.inject({ url: '/health' });
      expect(res.statusCode).toBe(503);
    });

    it('Direct Line: a new conversation, a message and a poll are 503 store_unavailable with Retry-After', async () => {
      retryable(await dl().request('POST', '/tokens/generate'));
      const activity = message('布洛芬一次吃多少');
      retryable(await dl().request('POST', `/conversations/${web.conversationId}/activities`, web.token, activity));
      retryable(await dl().request('GET', `/conversations/${web.conversationId}/activities`, web.token));
    });

    it('dashboard: sign-in, the queue and the figures are 503 store_unavailable with Retry-After', async () => {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'outage', password: 'whatever it is' },
      });
      retryable(login);
      retryable(await staff.inject({ url: '/api/v1/tickets' }));
      retryable(await staff.inject({ url: '/api/v1/stats' }));
    });

    it('Bot Framework: an emergency gets the advice; anything else an apology naming 120, never a 500', async () => {
      const activity = (text: string) => ({
        type: 'message',
        id: randomUUID(),
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:9/',
        deliveryMode: 'expectReplies',
        from: { id: 'user-1' },
        recipient: { id: 'bot' },
        conversation: { id: `conv-${randomUUID()}` },
        text,
      });
      const texts = async (text: string) => {
        const res = await t.app.inject({ method: 'POST', url: '/api/messages', payload: activity(text) });
        expect(res.statusCode).toBeLessThan(500);
        return (res.json() as { activities: { text?: string }[] }).activities.map((a) => a.text ?? '').join(' ');
      };
      expect(await texts('我爸叫不醒了')).toContain('120');
      expect(await texts('布洛芬一次吃多少')).toContain('120');
    });

    it('voice: a key pressed mid-call hears an apology and a way on, never silence or a 500', async () => {
      const res = await call.post(keysAction, { Digits: '2' });
      expect(res.statusCode).toBe(200);
      expect(spokenLines(res.body).length).toBeGreaterThan(0);
    });

    it('voice status callback: 503 with Retry-After, so Twilio tries it again', async () => {
      const res = await call.post('/twilio/voice/status', { CallStatus: 'completed', CallDuration: '30' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBeDefined();
    });

    it('voice: a new call while the database is down still hears something, never silence', async () => {
      const res = await twilioCall(t.app, '+8613900003333').post('/twilio/voice');
      expect(res.statusCode).toBe(200);
      expect(spokenLines(res.body).length).toBeGreaterThan(0);
    });
  });

  it('answers normally again once the database is back, without a restart', async () => {
    let res = await chat('outage-4', '布洛芬一次吃多少');
    for (let i = 0; i < 20 && res.statusCode !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      res = await chat('outage-4', '布洛芬一次吃多少');
    }
    expect(res.statusCode).toBe(200);
    expect(res.json().intent).toBe('medication.dose');
  });
});
