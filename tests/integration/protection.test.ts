/**
 * What stands in front of the routes, through HTTP on the real app and embedded database: rate limits
 * (429 with Retry-After, a helpful SMS instead), the in-flight cap (503, emergencies still answered),
 * strict body types, the operations gate, security headers, chat API keys that namespace
 * conversations, idempotency keys, serialised turns and the audit log.
 */
import net from 'node:net';
import { PassThrough } from 'node:stream';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { postTwilio, spokenLines, twilioSid, TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';

const EMERGENCY_ZH = '我爸突然叫不醒了，嘴唇发紫';
const ROUTINE_ZH = '布洛芬一次吃多少';

const chat = (t: TestApp, sessionId: string, text: string, headers: Record<string, string> = {}, ip?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/chat',
    headers,
    payload: { sessionId, text },
    ...(ip ? { remoteAddress: ip } : {}),
  });

let senders = 0;
const newSender = () => `+86139${String(++senders).padStart(8, '0')}`;
const sms = (t: TestApp, from: string, body: string) =>
  postTwilio(t.app, '/twilio/sms', { MessageSid: twilioSid('SM'), From: from, Body: body });

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      ...TWILIO_TEST_ENV,
      RATE_LIMIT_IP: '6/1m',
      RATE_LIMIT_SESSION: '3/1m',
      RATE_LIMIT_PHONE: '3/10m',
    });
  });
  afterAll(() => t?.close());

  it('per session: the 4th turn in a minute is 429 rate_limited with Retry-After; an emergency still gets through', async () => {
    const ip = '198.51.100.1';
    for (let i = 0; i < 3; i++) expect((await chat(t, 'limit-s', ROUTINE_ZH, {}, ip)).statusCode).toBe(200);
    const refused = await chat(t, 'limit-s', ROUTINE_ZH, {}, ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const emergency = await chat(t, 'limit-s', EMERGENCY_ZH, {}, ip);
    expect(emergency.statusCode).toBe(200);
    expect(emergency.json()).toMatchObject({ triage: 'emergency', action: 'call_emergency' });
    // Refused turns stored nothing: three answered turns and the emergency, two messages each.
    const conversation = await t.services.db.prisma.conversation.findFirstOrThrow({ where: { address: 'limit-s' } });
    expect(await t.services.db.prisma.message.count({ where: { conversationId: conversation.id } })).toBe(8);
  });

  it('per IP: across sessions, the 7th request from one address is refused; another address is not', async () => {
    const ip = '198.51.100.2';
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await chat(t, `ip-${i}`, ROUTINE_ZH, {}, ip)).statusCode);
    expect(codes).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    expect((await chat(t, 'ip-other', ROUTINE_ZH, {}, '198.51.100.3')).statusCode).toBe(200);
  });

  it('per phone number: the first SMS over the limit is told why and when to try again, later ones get nothing', async () => {
    const from = newSender();
    for (let i = 0; i < 3; i++) expect(spokenLines((await sms(t, from, ROUTINE_ZH)).body)).not.toHaveLength(0);
    const first = await sms(t, from, ROUTINE_ZH);
    expect(first.statusCode).toBe(200);
    expect(spokenLines(first.body).join('')).toMatch(/太多.*分钟后再发.*120/);
    const second = await sms(t, from, ROUTINE_ZH);
    expect(second.statusCode).toBe(200);
    expect(spokenLines(second.body)).toEqual([]);
    const emergency = await sms(t, from, EMERGENCY_ZH);
    expect(spokenLines(emergency.body).join('')).toContain('120');
    expect(spokenLines(emergency.body).join('')).not.toMatch(/太多/);
    const audit = await t.services.db.prisma.auditEvent.count({ where: { kind: 'limit.reached' } });
    expect(audit).toBeGreaterThanOrEqual(1);
  });

  it('forged Twilio requests count against their address: past the limit they are refused before any check', async () => {
    const ip = '203.0.113.9';
    const codes: number[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/twilio/sms',
        remoteAddress: ip,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'forged' },
        payload: new URLSearchParams({ MessageSid: twilioSid('SM'), From: '+8613800000000', Body: 'STOP' }).toString(),
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 6)).toEqual([403, 403, 403, 403, 403, 403]);
    expect(codes.slice(7)).toEqual([429, 429]);
    // Twilio's own signed requests (from the default address) are untouched.
    expect((await sms(t, newSender(), ROUTINE_ZH)).statusCode).toBe(200);
    expect(await t.services.db.prisma.caller.count({ where: { phone: '+8613800000000' } })).toBe(0);
    expect(await t.services.db.prisma.auditEvent.count({ where: { kind: 'twilio.signature_refused' } })).toBe(6);
  });
});

describe('overload', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...TWILIO_TEST_ENV, MAX_IN_FLIGHT: '1' });
  });
  afterAll(() => t?.close());

  /** A request whose body never finishes holds the one in-flight place until `release`. */
  function holdOne() {
    const body = new PassThrough();
    const done = t.app.inject({
      method: 'POST',
      url: '/api/v1/chat',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });
    body.write('{"sessionId":"held","text":"');
    return {
      release: async () => {
        body.end('你好"}');
        return done;
      },
    };
  }

  it('sheds other messages with 503 overloaded and Retry-After, still answers an emergency and /health', async () => {
    const held = holdOne();
    await new Promise((r) => setImmediate(r));
    const routine = await chat(t, 'over-1', ROUTINE_ZH);
    expect(routine.statusCode).toBe(503);
    expect(routine.json().error.code).toBe('overloaded');
    expect(routine.headers['retry-after']).toBeDefined();
    const emergency = await chat(t, 'over-2', EMERGENCY_ZH);
    expect(emergency.statusCode).toBe(200);
    expect(emergency.json().triage).toBe('emergency');
    const smsEmergency = await sms(t, newSender(), '老人喘不上气 说话都说不完整');
    expect(smsEmergency.statusCode).toBe(200);
    expect(spokenLines(smsEmergency.body).join('')).toContain('120');
    const smsRoutine = await sms(t, newSender(), ROUTINE_ZH);
    expect(smsRoutine.statusCode).toBe(503);
    expect((await t.app.inject({ url: '/health' })).statusCode).toBe(200);
    expect((await held.release()).statusCode).toBe(200);
    expect((await chat(t, 'over-1', ROUTINE_ZH)).statusCode).toBe(200);
    expect(await t.services.db.prisma.conversation.count({ where: { address: 'over-1' } })).toBe(1);
  });
});

describe('overload seen as a late event loop (MAX_EVENT_LOOP_DELAY_MS)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...TWILIO_TEST_ENV, MAX_EVENT_LOOP_DELAY_MS: '100' });
  });
  afterAll(() => t?.close());

  /** Holds the loop 150 ms of every 200, as a burst of admitted turns would. */
  function holdTheLoop(): () => void {
    const timer = setInterval(() => {
      const end = Date.now() + 150;
      while (Date.now() < end) {
        // busy
      }
    }, 50);
    return () => clearInterval(timer);
  }

  it('sheds other messages at once while the loop runs late, still answers an emergency, recovers', async () => {
    const release = holdTheLoop();
    try {
      await new Promise((r) => setTimeout(r, 600));
      const routine = await chat(t, 'late-1', ROUTINE_ZH);
      expect(routine.statusCode).toBe(503);
      expect(routine.json().error.code).toBe('overloaded');
      expect(routine.headers['retry-after']).toBe('2');
      const emergency = await chat(t, 'late-2', EMERGENCY_ZH);
      expect(emergency.statusCode).toBe(200);
      expect(emergency.json().triage).toBe('emergency');
      expect((await t.app.inject({ url: '/health' })).statusCode).toBe(200);
    } finally {
      release();
    }
    // Once the loop is free again the same message is answered (a busy machine may take a few seconds).
    let again = await chat(t, 'late-1', ROUTINE_ZH);
    for (let i = 0; i < 40 && again.statusCode === 503; i++) {
      await new Promise((r) => setTimeout(r, 250));
      again = await chat(t, 'late-1', ROUTINE_ZH);
    }
    expect(again.statusCode).toBe(200);
    expect(await t.services.db.prisma.message.count({ where: { conversation: { address: 'late-1' } } })).toBe(2);
  });
});

describe('strict requests, gates and headers', () => {
  let t: TestApp;
  const OPS_TOKEN = 'ops-token-0123456789abcdef';
  beforeAll(async () => {
    t = await startTestApp({ ...TWILIO_TEST_ENV, TRUST_PROXY: 'true' });
  });
  afterAll(() => t?.close());

  it('refuses a form-encoded chat post (a cross-site form) with 415 and stores nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/chat',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'sessionId=form-1&text=hello',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
    expect(await t.services.db.prisma.conversation.count({ where: { address: 'form-1' } })).toBe(0);
  });

  it('refuses a JSON body on a Twilio webhook (the signature would not cover it) with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/twilio/sms',
      headers: { 'content-type': 'application/json', 'x-twilio-signature': 'x' },
      payload: { MessageSid: twilioSid('SM'), From: '+8613800000001', Body: 'STOP' },
    });
    expect(res.statusCode).toBe(415);
    expect(await t.services.db.prisma.caller.count({ where: { phone: '+8613800000001' } })).toBe(0);
  });

  it('answers /metrics and /docs on this machine only; from elsewhere they do not exist', async () => {
    expect((await t.app.inject({ url: '/metrics' })).statusCode).toBe(200);
    const remote = await t.app.inject({ url: '/metrics', remoteAddress: '203.0.113.7' });
    const unknown = await t.app.inject({ url: '/nothing-here', remoteAddress: '203.0.113.7' });
    expect(remote.statusCode).toBe(404);
    expect(remote.json().error.code).toBe(unknown.json().error.code);
    expect((await t.app.inject({ url: '/docs/json', remoteAddress: '203.0.113.7' })).statusCode).toBe(404);
    // Through a proxy on this machine: forwarded, so refused.
    const proxied = await t.app.inject({ url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(proxied.statusCode).toBe(404);
    expect(await t.services.db.prisma.auditEvent.count({ where: { kind: 'ops.refused' } })).toBeGreaterThanOrEqual(3);
  });

  it('with OPS_TOKEN, /metrics needs the bearer token from anywhere', async () => {
    const t2 = await startTestApp({ OPS_TOKEN });
    try {
      const bearer = { authorization: `Bearer ${OPS_TOKEN}` };
      expect((await t2.app.inject({ url: '/metrics', remoteAddress: '203.0.113.7', headers: bearer })).statusCode).toBe(
        200,
      );
      expect((await t2.app.inject({ url: '/metrics' })).statusCode).toBe(404);
      const wrong = { authorization: 'Bearer wrong-token-0123456789' };
      expect((await t2.app.inject({ url: '/metrics', headers: wrong })).statusCode).toBe(404);
    } finally {
      await t2.close();
    }
  });

  it('sends nosniff, no framing, a CSP, no-store on personal data, and HSTS only over https', async () => {
    const res = await chat(t, 'headers-1', '你好');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const https = await chat(t, 'headers-2', '你好', { 'x-forwarded-proto': 'https' });
    expect(https.headers['strict-transport-security']).toContain('max-age=');
  });

  it('closes the connection of a half-sent request it refused, instead of holding it open', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as net.AddressInfo;
    const answer = await new Promise<string>((resolve) => {
      let got = '';
      const s = net.connect(port, '127.0.0.1', () =>
        s.write('POST /api/v1/chat HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{'),
      );
      s.on('data', (d: Buffer) => (got += d.toString()));
      s.on('close', () => resolve(got));
      s.on('error', () => undefined);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 415/);
  });

  it('refuses prototype keys in JSON with 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/chat',
      headers: { 'content-type': 'application/json' },
      payload: '{"sessionId":"p","text":"hi","__proto__":{"x":1}}',
    });
    expect(res.statusCode).toBe(400);
  });

  it('records an opt-out and an opt-in in the audit log, without the number', async () => {
    const from = newSender();
    await sms(t, from, 'STOP');
    await sms(t, from, 'START');
    const events = await t.services.db.prisma.auditEvent.findMany({
      where: { kind: { in: ['sms.opt_out', 'sms.opt_in'] } },
      orderBy: { at: 'asc' },
    });
    expect(events.map((e) => e.kind)).toEqual(['sms.opt_out', 'sms.opt_in']);
    expect(JSON.stringify(events)).not.toContain(from.slice(1));
  });
});

describe('chat API keys and idempotency', () => {
  let t: TestApp;
  const ACME = 'acme-key-0123456789abcdef';
  const BETA = 'beta-key-0123456789abcdef';
  beforeAll(async () => {
    t = await startTestApp({ CHAT_API_KEYS: `acme:${ACME},beta:${BETA}` });
  });
  afterAll(() => t?.close());

  const as = (key: string, sessionId: string, text: string, extra: Record<string, string> = {}) =>
    chat(t, sessionId, text, { authorization: `Bearer ${key}`, ...extra });

  it('without a key, or with a wrong one, is 401 and stores nothing', async () => {
    expect((await chat(t, 'nokey', '你好')).statusCode).toBe(401);
    const wrong = await chat(t, 'nokey', '你好', { authorization: 'Bearer not-a-real-key-000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('unauthorized');
    expect(await t.services.db.prisma.conversation.count()).toBe(0);
    expect(await t.services.db.prisma.auditEvent.count({ where: { kind: 'chat.key_refused' } })).toBe(2);
  });

  it('another integrator reusing a session id starts its own conversation and learns nothing of the first', async () => {
    await as(ACME, 'shared-1', '我怀孕了，30周');
    const a = await as(ACME, 'shared-1', '我能吃什么退烧药');
    const b = await as(BETA, 'shared-1', '我能吃什么退烧药', { 'x-api-key': BETA });
    expect(a.json().reply).toMatch(/孕/);
    expect(b.statusCode).toBe(200);
    expect(b.json().reply).not.toMatch(/孕期/);
    expect(await t.services.db.prisma.conversation.count({ where: { address: { endsWith: 'shared-1' } } })).toBe(2);
  });

  it('a retried post with the same Idempotency-Key is answered alike and stored once', async () => {
    const headers = { 'idempotency-key': 'turn-0001' };
    const [first, second] = await Promise.all([
      as(ACME, 'idem-1', ROUTINE_ZH, headers),
      as(ACME, 'idem-1', ROUTINE_ZH, headers),
    ]);
    expect(first.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    const third = await as(ACME, 'idem-1', ROUTINE_ZH, { 'idempotency-key': 'turn-0002' });
    expect(third.statusCode).toBe(200);
    const c = await t.services.db.prisma.conversation.findFirstOrThrow({ where: { address: { endsWith: 'idem-1' } } });
    expect(await t.services.db.prisma.message.count({ where: { conversationId: c.id } })).toBe(4);
    const bad = await as(ACME, 'idem-1', ROUTINE_ZH, { 'idempotency-key': 'has spaces' });
    expect(bad.statusCode).toBe(400);
  });

  it('ten simultaneous turns of one conversation are all answered, in turn, none lost', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => as(ACME, 'busy-1', `布洛芬一次吃多少 ${i}`)),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    const c = await t.services.db.prisma.conversation.findFirstOrThrow({ where: { address: { endsWith: 'busy-1' } } });
    expect(c.version).toBe(10);
    expect(await t.services.db.prisma.message.count({ where: { conversationId: c.id, direction: 'in' } })).toBe(10);
  });
});
