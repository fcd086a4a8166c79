/**
 * POST /twilio/sms through the real app on a real embedded database: what a texter gets back and
 * what Twilio sees, including refusals (nothing stored) and retries (stored once).
 */
import type { ConversationState } from '../../core/types';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { postTwilio, spokenLines, twilioSid, TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(TWILIO_TEST_ENV);
});
afterAll(() => t?.close());
afterEach(() => jest.restoreAllMocks());

let senders = 0;
const newSender = () => `+86138${String(++senders).padStart(8, '0')}`;
const sms = (from: string, body: string, messageSid = twilioSid('SM')) =>
  postTwilio(t.app, '/twilio/sms', {
    MessageSid: messageSid,
    SmsSid: messageSid,
    AccountSid: TWILIO_TEST_ENV.TWILIO_ACCOUNT_SID,
    From: from,
    To: TWILIO_TEST_ENV.TWILIO_PHONE_NUMBER,
    Body: body,
    NumMedia: '0',
  });

async function counts() {
  const prisma = t.services.db.prisma;
  const [conversations, messages, deliveries, callers] = await Promise.all([
    prisma.conversation.count(),
    prisma.message.count(),
    prisma.delivery.count(),
    prisma.caller.count(),
  ]);
  return { conversations, messages, deliveries, callers };
}

describe('POST /twilio/sms', () => {
  it('answers a signed message with TwiML <Message> and keeps the conversation under the sender’s number', async () => {
    const from = newSender();
    const res = await sms(from, '布洛芬一天最多吃几次？');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    expect(res.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response><Message>/);
    expect(spokenLines(res.body).join('')).toMatch(/布洛芬/);
    const conversation = await t.services.db.prisma.conversation.findUnique({
      where: { channel_address: { channel: 'sms', address: from } },
      include: { messages: true },
    });
    expect(conversation?.messages.map((m) => m.direction).sort()).toEqual(['in', 'out']);
  });

  it.each([
    ['forged', { token: 'guessed-token' }],
    ['unsigned', { unsigned: true }],
    ['signed for another URL', { signedUrl: `${TWILIO_TEST_ENV.PUBLIC_BASE_URL}/twilio/voice` }],
  ])('refuses a %s webhook with 403 and stores nothing', async (_name, options) => {
    const before = await counts();
    const res = await postTwilio(
      t.app,
      '/twilio/sms',
      { MessageSid: twilioSid('SM'), From: newSender(), Body: 'STOP' },
      options,
    );
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: { code: 'invalid_signature', message: expect.any(String) } });
    expect(await counts()).toEqual(before);
  });

  it('stores the same MessageSid delivered twice at once exactly once and answers both alike', async () => {
    const from = newSender();
    const messageSid = twilioSid('SM');
    const [a, b] = await Promise.all([
      sms(from, '居家隔离要注意什么', messageSid),
      sms(from, '居家隔离要注意什么', messageSid),
    ]);
    expect(a.statusCode).toBe(200);
    expect(b.body).toBe(a.body);
    const prisma = t.services.db.prisma;
    expect(await prisma.delivery.count({ where: { key: `sms:${messageSid}` } })).toBe(1);
    expect(await prisma.message.count({ where: { direction: 'in', conversation: { address: from } } })).toBe(1);
  });

  it('STOP opts out (Twilio confirms), later replies are withheld, START opts back in', async () => {
    const from = newSender();
    const caller = () => t.services.db.prisma.caller.findUnique({ where: { phone: from } });
    const stop = await sms(from, 'STOP');
    expect(stop.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect((await caller())?.smsOptOut).toBe(true);
    expect(await t.services.db.prisma.message.count({ where: { conversation: { address: from } } })).toBe(0);

    const quiet = await sms(from, '隔离几天可以上班');
    expect(quiet.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect(
      await t.services.db.prisma.message.count({ where: { direction: 'in', conversation: { address: from } } }),
    ).toBe(1);

    expect((await sms(from, 'start')).body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect((await caller())?.smsOptOut).toBe(false);
    expect(spokenLines((await sms(from, '隔离几天可以上班')).body)).not.toHaveLength(0);
  });

  it('still tells an opted-out number to call 120 in an emergency', async () => {
    const from = newSender();
    await sms(from, '退订');
    const res = await sms(from, '我爸叫不醒了');
    expect(spokenLines(res.body).join('')).toMatch(/120/);
  });

  it('退订 and 订阅 are confirmed by the hotline itself, in Chinese', async () => {
    const from = newSender();
    expect(spokenLines((await sms(from, '退订')).body)[0]).toMatch(/^您已退订/);
    expect(spokenLines((await sms(from, '订阅')).body)[0]).toMatch(/^您已重新订阅/);
  });

  it('HELP and 帮助 describe the hotline and the emergency number without a conversation turn', async () => {
    const from = newSender();
    expect(spokenLines((await sms(from, 'HELP')).body)[0]).toMatch(/health hotline.*Emergencies: call 120/s);
    expect(spokenLines((await sms(from, '帮助')).body)[0]).toMatch(/社区健康热线.*急救请拨打120/s);
    expect(await t.services.db.prisma.conversation.count({ where: { address: from } })).toBe(0);
  });

  it('takes a digit as the answer to the numbered choices of the last reply', async () => {
    const from = newSender();
    // The state the engine leaves after asking "which kind of question?" (seeded: the classifier decides when it asks).
    const state: ConversationState = {
      facts: {},
      pending: { intent: 'fallback', slot: 'clarify', data: { text: '布洛芬一次吃几片' } },
      lastChoices: [
        { id: '1', label: '药怎么吃、吃多少', value: '@intent:medication.dose' },
        { id: '0', label: '人工服务', value: '@intent:human.agent' },
      ],
    };
    await t.services.db.prisma.conversation.create({
      data: { channel: 'sms', address: from, lang: 'zh', state: state as object },
    });
    const res = await sms(from, '1');
    expect(spokenLines(res.body).join('')).not.toMatch(/请回复数字/);
    const inbound = await t.services.db.prisma.message.findFirstOrThrow({
      where: { direction: 'in', conversation: { address: from } },
    });
    expect(inbound).toMatchObject({ text: '1', intent: 'medication.dose' });
  });

  it('shows the engine’s choices as numbered lines', async () => {
    const choices = [
      { id: '1', label: '药怎么吃、吃多少', value: '@intent:medication.dose' },
      { id: '0', label: '人工服务', value: '@intent:human.agent' },
    ];
    jest.spyOn(t.services.engine, 'handle').mockResolvedValueOnce({
      reply: {
        text: '我想确认一下您想问的是哪一类：',
        lang: 'zh',
        intent: 'fallback',
        triage: 'none',
        ticket: null,
        choices,
      },
      conversationId: 'c',
      duplicate: false,
    });
    const [text] = spokenLines((await sms(newSender(), '买不到')).body);
    expect(text).toBe('我想确认一下您想问的是哪一类：\n1. 药怎么吃、吃多少\n0. 人工服务\n请回复数字。');
  });

  it('splits a long reply into at most three messages of at most 300 Chinese characters', async () => {
    const long = Array.from(
      { length: 30 },
      (_, i) => `第${i + 1}点：对乙酰氨基酚每天不超过2克，感冒药里常常也含有它，不要两种一起吃。`,
    ).join('');
    jest.spyOn(t.services.engine, 'handle').mockResolvedValueOnce({
      reply: { text: long, lang: 'zh', intent: 'medication.combination', triage: 'none', ticket: null },
      conversationId: 'c',
      duplicate: false,
    });
    const parts = spokenLines((await sms(newSender(), '感冒灵和泰诺能一起吃吗')).body);
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(300);
    expect(parts[0]!.startsWith('第1点：')).toBe(true);
    expect(parts[0]!.endsWith('。')).toBe(true);
    expect(parts[2]!.endsWith('…')).toBe(true);
  });
});

describe('Twilio routes without TWILIO_AUTH_TOKEN', () => {
  it('answer 503 twilio_not_configured and accept nothing', async () => {
    const bare = await startTestApp({});
    try {
      for (const path of ['/twilio/sms', '/twilio/voice']) {
        const res = await postTwilio(bare.app, path, {
          MessageSid: twilioSid('SM'),
          CallSid: twilioSid('CA'),
          From: '+8613800000000',
          Body: 'hi',
        });
        expect(res.statusCode).toBe(503);
        expect(res.json()).toMatchObject({ error: { code: 'twilio_not_configured' } });
      }
      expect(await bare.services.db.prisma.message.count()).toBe(0);
    } finally {
      await bare.close();
    }
  });
});

describe('POST /twilio/sms while the service cannot answer', () => {
  it('tells the texter plainly that the message was not processed, and to call 120 in an emergency', async () => {
    const { buildApp } = await import('../../server/app');
    const { loadConfig } = await import('../../server/config');
    const { ServiceContainer } = await import('../../server/container');
    const config = loadConfig({ ...TWILIO_TEST_ENV, LOG_LEVEL: 'silent' });
    const app = await buildApp({ config, container: new ServiceContainer(), logger: false });
    try {
      const sid = twilioSid('SM');
      const res = await postTwilio(app, '/twilio/sms', { MessageSid: sid, From: '+8613900000000', Body: '我发烧了' });
      expect(res.statusCode).toBe(200);
      expect(spokenLines(res.body).join('')).toMatch(/没有处理成功.*重新发送.*120/);
      const en = await postTwilio(app, '/twilio/sms', {
        MessageSid: twilioSid('SM'),
        From: '+8613900000000',
        Body: 'I have a fever',
      });
      expect(spokenLines(en.body).join('')).toMatch(/could not process.*send it again.*120/);
    } finally {
      await app.close();
    }
  });
});
