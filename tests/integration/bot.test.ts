/**
 * POST /api/messages through HTTP on the real app: the Agents SDK validating JWTs against a local
 * key server, replies returned inline with deliveryMode "expectReplies". Without an app id (closed,
 * or anonymous for local testing): tests/unit/bot/bot-channel.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { startKeyServer, type KeyServer } from '../../harness/key-server';
import { startTestApp, type TestApp } from '../../harness/test-app';

const APP_ID = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

interface Card {
  contentType: string;
  content: { title: string; buttons: { type: string; title: string; value: string }[] };
}
interface ReplyActivity {
  type: string;
  text: string;
  locale: string;
  suggestedActions?: { actions: { type: string; title: string; value: string }[] };
  attachments?: Card[];
}

function activity(text: string, over: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    deliveryMode: 'expectReplies',
    from: { id: 'user-1', name: '王阿姨' },
    recipient: { id: APP_ID },
    conversation: { id: `conv-${randomUUID()}` },
    text,
    ...over,
  };
}

const post = (t: TestApp, body: unknown, token?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/messages',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: body as object,
  });

const replies = (res: { json(): unknown }) => (res.json() as { activities: ReplyActivity[] }).activities;

describe('POST /api/messages with MICROSOFT_APP_ID: JWTs validated', () => {
  let keys: KeyServer;
  let t: TestApp;
  beforeAll(async () => {
    keys = await startKeyServer(APP_ID);
    t = await startTestApp({
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: 'test-secret',
      MICROSOFT_APP_TENANT_ID: keys.tenantId,
      MICROSOFT_APP_AUTHORITY: keys.authority,
      EMERGENCY_NUMBER: '112',
    });
  });
  afterAll(async () => {
    await t?.close();
    await keys?.close();
  });

  it('a good token: 200, the reply inline (expectReplies), keys fetched from the key server', async () => {
    const res = await post(t, activity('布洛芬一次吃多少'), keys.sign());
    expect(res.statusCode).toBe(200);
    const [reply] = replies(res);
    expect(reply).toMatchObject({ type: 'message', locale: 'zh-CN' });
    expect(reply.text).toMatch(/布洛芬/);
    expect(keys.requests).toBeGreaterThan(0);
  });

  it.each([
    ['wrong audience', () => keys.sign({ aud: randomUUID() })],
    [
      'expired',
      () => keys.sign({ iat: Date.now() / 1000 - 7200, nbf: Date.now() / 1000 - 7200, exp: Date.now() / 1000 - 3600 }),
    ],
    ['signed with a key the authority does not publish', () => keys.sign({}, keys.strangerKey)],
    ['another issuer', () => keys.sign({ iss: 'https://sts.example.org/evil/v2.0' })],
    ['not a JWT', () => 'not-a-token'],
  ])('%s: 401, and nothing reaches the engine', async (_name, token) => {
    const before = await t.services.db.prisma.message.count();
    const res = await post(t, activity('布洛芬一次吃多少'), token());
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect(await t.services.db.prisma.message.count()).toBe(before);
  });

  it('a malformed body without a token is 401 all the same: the token is checked first', async () => {
    expect((await post(t, { text: 5 })).statusCode).toBe(401);
  });

  it('no Authorization header: 401', async () => {
    const res = await post(t, activity('你好'));
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
  });

  it('an emergency: a hero card whose button opens tel:EMERGENCY_NUMBER', async () => {
    const [reply] = replies(await post(t, activity('我妈突然叫不醒了，嘴唇发紫'), keys.sign()));
    expect(reply.text).toContain('112');
    expect(reply.attachments).toEqual([
      {
        contentType: 'application/vnd.microsoft.card.hero',
        content: {
          title: '危及生命，请立即拨打112',
          buttons: [{ type: 'openUrl', title: '拨打 112', value: 'tel:112' }],
        },
      },
    ]);
  });

  it('choices: suggested actions, and picking one by its label continues the conversation', async () => {
    const conversation = { id: `conv-${randomUUID()}` };
    const [reply] = replies(await post(t, activity('那个药', { conversation }), keys.sign()));
    const actions = reply.suggestedActions!.actions;
    expect(actions.every((a) => a.type === 'imBack' && a.value === a.title)).toBe(true);
    const dose = actions.find((a) => /吃多少/.test(a.title))!;
    const [next] = replies(await post(t, activity(dose.value, { conversation }), keys.sign()));
    expect(next.text).toMatch(/药名/);
  });

  it('replies in English to English', async () => {
    const [reply] = replies(await post(t, activity('How much paracetamol can I take a day?'), keys.sign()));
    expect(reply.locale).toBe('en-US');
  });

  it('a medicine delivery request becomes a bot ticket, followed up in the same conversation only', async () => {
    const conversation = { id: `conv-${randomUUID()}` };
    const say = async (text: string, conv = conversation) =>
      replies(await post(t, activity(text, { conversation: conv }), keys.sign()))
        .map((r) => r.text)
        .join('\n');
    await say('我妈妈88岁了，一个人住，发烧了，家里没有退烧药，能请社区送点药吗？');
    expect(await say('没有')).toMatch(/地址/);
    expect(await say('西一社区3幢2单元301')).toMatch(/电话/);
    expect(await say('13800138111')).toMatch(/请核对/);
    const id = /T-\d{5,6}/.exec(await say('确认提交'))?.[0];
    expect(id).toBeDefined();
    expect(await t.services.db.prisma.ticket.findUniqueOrThrow({ where: { id } })).toMatchObject({
      service: 'drug_delivery',
      channel: 'bot',
      contactPhone: '13800138111',
    });
    expect(await say(id!)).toMatch(new RegExp(`${id} 社区送药：已登记`));
    expect(await say(`${id}到哪一步了`, { id: `conv-${randomUUID()}` })).toMatch(/没有查到/);
  });

  it('a redelivered activity (same id) is one turn', async () => {
    const once = activity('你好');
    const first = replies(await post(t, once, keys.sign()));
    const again = replies(await post(t, once, keys.sign()));
    expect(again[0].text).toBe(first[0].text);
    const conv = await t.services.db.prisma.conversation.findFirstOrThrow({
      where: { channel: 'bot', address: { endsWith: `|${once.conversation.id}` } },
      include: { messages: true },
    });
    expect(conv.messages).toHaveLength(2);
  });

  it('a conversation update is acknowledged without a reply', async () => {
    const res = await post(
      t,
      { ...activity(''), type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-1' }] },
      keys.sign(),
    );
    expect(res.statusCode).toBe(200);
    expect(replies(res)).toEqual([]);
  });

  it.each([
    ['no type', { text: '你好', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } }],
    ['no recipient', { ...activity('你好'), recipient: undefined }],
    ['no conversation id', { ...activity('你好'), conversation: {} }],
    ['text of the wrong type', { ...activity('你好'), text: 5 }],
  ])('a body that is not an Activity (%s): 400', async (_name, body) => {
    const res = await post(t, body, keys.sign());
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_request');
  });
});
