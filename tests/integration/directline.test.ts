/**
 * The Direct Line subset through HTTP on the real app and embedded database: tokens that open one
 * conversation only, messages through the engine, replies as activities, watermark paging, and
 * malformed activities refused with nothing stored; service tickets requested and followed up from the chat.
 */
import { createHash } from 'node:crypto';
import { DirectLineClient, message, type Session } from '../../harness/directline-client';
import { startTestApp, type TestApp } from '../../harness/test-app';

describe('Direct Line /v3/directline', () => {
  let t: TestApp;
  let dl: DirectLineClient;
  beforeAll(async () => {
    t = await startTestApp({ EMERGENCY_NUMBER: '112' });
    dl = new DirectLineClient(t.app);
  });
  afterAll(() => t?.close());

  const prisma = () => t.services.db.prisma;
  const stored = (s: Session) => prisma().directLineActivity.count({ where: { conversationId: s.conversationId } });

  describe('tokens', () => {
    it('generates a conversation and a 256-bit token, stored only as its hash', async () => {
      const s = await dl.start();
      expect(s).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 1800 });
      expect(Buffer.from(s.token, 'base64url')).toHaveLength(32);
      const rows = await prisma().directLineToken.findMany({ where: { conversationId: s.conversationId } });
      expect(rows.map((r) => r.hash)).toEqual([createHash('sha256').update(s.token).digest('hex')]);
      expect(JSON.stringify(rows)).not.toContain(s.token);
    });

    it('starts and reconnects to the token’s conversation by polling: no streamUrl', async () => {
      const s = await dl.start();
      const started = await dl.request('POST', '/conversations', s.token, { user: {} });
      expect(started.statusCode).toBe(200);
      expect(started.json()).toEqual({ conversationId: s.conversationId, token: s.token, expires_in: 1800 });
      const again = await dl.request('GET', `/conversations/${s.conversationId}?watermark=`, s.token);
      expect(again.statusCode).toBe(200);
      expect(again.json().streamUrl).toBeUndefined();
    });

    it('refresh issues a new token for the same conversation; the old one retires within a minute', async () => {
      const s = await dl.start();
      const res = await dl.request('POST', '/tokens/refresh', s.token);
      expect(res.statusCode).toBe(200);
      const next = res.json();
      expect(next.conversationId).toBe(s.conversationId);
      expect(next.token).not.toBe(s.token);
      expect((await dl.activities(next)).activities).toEqual([]);
      const old = await prisma().directLineToken.findUniqueOrThrow({
        where: { hash: createHash('sha256').update(s.token).digest('hex') },
      });
      expect(old.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60_000);
    });

    it('an expired token is refused with 403, also for refresh', async () => {
      const s = await dl.start();
      await prisma().directLineToken.updateMany({
        where: { conversationId: s.conversationId },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      for (const res of [
        await dl.request('GET', `/conversations/${s.conversationId}/activities`, s.token),
        await dl.request('POST', '/tokens/refresh', s.token),
        await dl.post(s, message('你好')),
      ]) {
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('token_expired');
      }
      expect(await stored(s)).toBe(0);
    });

    it('no token is 401; a token that was never issued is 403', async () => {
      const s = await dl.start();
      const none = await dl.request('GET', `/conversations/${s.conversationId}/activities`);
      expect(none.statusCode).toBe(401);
      expect(none.json().error.code).toBe('missing_token');
      for (const bad of ['x'.repeat(43), 'short', `${s.token}x`]) {
        const res = await dl.request('GET', `/conversations/${s.conversationId}/activities`, bad);
        expect(res.statusCode).toBe(403);
      }
    });
  });

  describe('one conversation per token', () => {
    it('another conversation’s id with a token is 403 on every route, and nothing is stored there', async () => {
      const a = await dl.start();
      const b = await dl.start();
      await dl.say(b, '你好');
      const before = await stored(b);
      const attempts = [
        await dl.request('GET', `/conversations/${b.conversationId}`, a.token),
        await dl.request('GET', `/conversations/${b.conversationId}/activities?watermark=`, a.token),
        await dl.post(a, message('我想看别人的对话'), b.conversationId),
      ];
      for (const res of attempts) {
        expect(res.statusCode).toBe(403);
        expect(res.json()).toEqual({ error: { code: 'wrong_conversation', message: expect.any(String) } });
        expect(res.body).not.toContain('你好');
      }
      expect(await stored(b)).toBe(before);
      expect(await stored(a)).toBe(0);
    });

    it('an unknown conversation is 404', async () => {
      const a = await dl.start();
      const res = await dl.request('GET', '/conversations/no-such-conversation/activities', a.token);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('conversation_not_found');
    });

    it('the engine hears the Direct Line conversation id, never an id from the activity', async () => {
      const s = await dl.start();
      await dl.say(s, '你好', { conversation: { id: 'someone-else' }, from: { id: 'someone-else', role: 'user' } });
      const rows = await prisma().conversation.findMany({ where: { channel: 'web' }, select: { address: true } });
      expect(rows.map((r) => r.address)).toContain(s.conversationId);
      expect(rows.map((r) => r.address)).not.toContain('someone-else');
    });
  });

  describe('messages and replies', () => {
    it('answers a medication question: the echo, then the reply, in order, paged by watermark', async () => {
      const s = await dl.start();
      const sent = message('布洛芬一次吃多少');
      const res = await dl.post(s, sent);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ id: `${s.conversationId}|0000001` });

      const page = await dl.activities(s);
      expect(page.watermark).toBe('2');
      const [echo, reply] = page.activities;
      expect(echo).toMatchObject({
        id: `${s.conversationId}|0000001`,
        type: 'message',
        text: '布洛芬一次吃多少',
        from: { id: 'resident', role: 'user' },
        conversation: { id: s.conversationId },
        channelData: sent.channelData,
      });
      expect(reply).toMatchObject({
        id: `${s.conversationId}|0000002`,
        type: 'message',
        replyToId: echo.id,
        from: { role: 'bot' },
        locale: 'zh-CN',
        channelData: { hotline: { intent: 'medication.dose', triage: 'none' } },
      });
      expect(reply.text).toMatch(/布洛芬/);
      expect(reply.timestamp).toEqual(expect.any(String));

      expect(await dl.activities(s, '2')).toEqual({ activities: [], watermark: '2' });
      expect((await dl.activities(s, '1')).activities.map((a) => a.id)).toEqual([reply.id]);
    });

    it('choices become suggested actions; picking one by its label continues the conversation', async () => {
      const s = await dl.start();
      const [reply] = await dl.say(s, '那个药');
      const actions = (reply.suggestedActions as { actions: { type: string; title: string; value: string }[] }).actions;
      expect(actions.length).toBeGreaterThan(1);
      expect(actions.every((a) => a.type === 'imBack' && a.value === a.title)).toBe(true);
      // The text is not numbered: the buttons are the choices.
      expect(reply.text).not.toMatch(/^1\. /m);
      const dose = actions.find((a) => /吃多少/.test(a.title));
      expect(dose).toBeDefined();
      const [next] = await dl.say(s, dose!.value);
      expect((next.channelData as { hotline: { intent: string } }).hotline.intent).toBe('medication.dose');
    });

    it('an emergency reply carries a hero card whose button dials EMERGENCY_NUMBER', async () => {
      const s = await dl.start();
      const [reply] = await dl.say(s, '我妈突然叫不醒了，嘴唇发紫');
      expect(reply.channelData).toEqual({
        hotline: { intent: 'emergency', triage: 'emergency', action: 'call_emergency' },
      });
      expect(reply.attachments).toEqual([
        {
          contentType: 'application/vnd.microsoft.card.hero',
          content: {
            title: expect.stringContaining('112'),
            buttons: [{ type: 'openUrl', title: '拨打 112', value: 'tel:112' }],
          },
        },
      ]);
    });

    it('an English page asks for English replies; the Chinese default follows the text', async () => {
      const s = await dl.start();
      const [en] = await dl.say(s, 'can I take 布洛芬 with 泰诺', { locale: 'en-US' });
      expect(en.locale).toBe('en-US');
      const [detected] = await dl.say(s, 'How much paracetamol a day?', { locale: 'zh-CN' });
      expect(detected.locale).toBe('en-US');
      const [zh] = await dl.say(s, '布洛芬一次吃多少', { locale: 'zh-CN' });
      expect(zh.locale).toBe('zh-CN');
    });

    it('stores what the database cannot take as text it can: NUL and lone surrogates in the text, name and timestamp', async () => {
      const s = await dl.start();
      const res = await dl.post(
        s,
        message('布洛芬\u0000一次吃多少\ud800', {
          from: { id: 'resident', name: '王\u0000阿姨' },
          channelData: { clientActivityID: 'c-1', clientTimestamp: '2026-12-01T09:00:00\u0000Z\udc00' },
        }),
      );
      expect(res.statusCode).toBe(200);
      const [echo, reply] = (await dl.activities(s)).activities;
      expect(echo).toMatchObject({
        text: '布洛芬一次吃多少\ufffd',
        from: { name: '王阿姨' },
        channelData: { clientActivityID: 'c-1', clientTimestamp: '2026-12-01T09:00:00Z\ufffd' },
      });
      expect(reply.text).toMatch(/布洛芬/);
    });

    it('a retried message (same clientActivityID) is one turn, stored once, with the same id', async () => {
      const s = await dl.start();
      const sent = message('你好');
      const first = await dl.post(s, sent);
      const again = await dl.post(s, sent);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      expect(await stored(s)).toBe(2);
      const conv = await prisma().conversation.findUniqueOrThrow({
        where: { channel_address: { channel: 'web', address: s.conversationId } },
        include: { messages: true },
      });
      expect(conv.messages).toHaveLength(2);
    });

    it('another conversation reusing a clientActivityID gets its own turn, not the stored reply', async () => {
      const a = await dl.start();
      const b = await dl.start();
      const channelData = { clientActivityID: 'same-id' };
      await dl.post(a, message('我妈突然叫不醒了', { channelData }));
      await dl.post(b, message('布洛芬一次吃多少', { channelData }));
      const { activities } = await dl.activities(b);
      expect(activities).toHaveLength(2);
      expect(activities[1].text).toMatch(/布洛芬/);
    });

    it('concurrent messages in one conversation get gapless, increasing watermarks', async () => {
      const s = await dl.start();
      const texts = ['你好', '布洛芬一次吃多少', '发热门诊在哪', '谢谢', '隔离几天'];
      await Promise.all(texts.map((text) => dl.post(s, message(text))));
      const { activities, watermark } = await dl.activities(s);
      expect(watermark).toBe(String(texts.length * 2));
      expect(activities.map((a) => Number(a.id.split('|')[1]))).toEqual(
        Array.from({ length: texts.length * 2 }, (_, i) => i + 1),
      );
      // Every reply follows its own message.
      for (let i = 0; i < activities.length; i += 2) expect(activities[i + 1].replyToId).toBe(activities[i].id);
    });

    it('a long history arrives 100 activities a page', async () => {
      const s = await dl.start();
      const rows = Array.from({ length: 130 }, (_, i) => ({
        conversationId: s.conversationId,
        seq: i + 1,
        activity: { type: 'message', id: `${s.conversationId}|${i + 1}`, text: String(i) },
      }));
      await prisma().directLineActivity.createMany({ data: rows });
      await prisma().directLineConversation.update({ where: { id: s.conversationId }, data: { lastSeq: 130 } });
      const first = await dl.activities(s);
      expect(first.activities).toHaveLength(100);
      expect(first.watermark).toBe('100');
      const second = await dl.activities(s, first.watermark);
      expect(second.activities.map((a) => a.text)).toEqual(rows.slice(100).map((r) => r.activity.text));
      expect(second.watermark).toBe('130');
    });
  });

  describe('community service tickets from the web chat', () => {
    const say = async (s: Session, text: string) => (await dl.say(s, text)).map((a) => a.text).join('\n');

    it('a delivery request asks what it needs, offers confirmation as suggested actions, and names its ticket', async () => {
      const s = await dl.start();
      await dl.say(s, '我妈妈88岁了，一个人住，发烧了，家里没有退烧药，能请社区送点药吗？');
      expect(await say(s, '没有')).toMatch(/地址/);
      // The web chat has no phone number of its own: it asks for one to call back on.
      expect(await say(s, '西一社区3幢2单元301')).toMatch(/电话/);
      const [readBack] = await dl.say(s, '13800138111');
      expect(readBack.text).toMatch(/请核对[\s\S]*退烧药[\s\S]*西一社区3幢2单元301/);
      expect(readBack.suggestedActions).toMatchObject({ actions: [{ type: 'imBack', value: '确认提交' }, {}, {}] });

      const done = await say(s, '确认提交');
      const id = /T-\d{5,6}/.exec(done)?.[0];
      expect(id).toBeDefined();
      const ticket = await prisma().ticket.findUniqueOrThrow({ where: { id } });
      expect(ticket).toMatchObject({
        service: 'drug_delivery',
        channel: 'web',
        contactPhone: '13800138111',
        communityId: 'gs-dg-xiyi',
      });
      // Followed up in the same conversation, by its number or without it.
      expect(await say(s, id!)).toMatch(new RegExp(`${id} 社区送药：已登记`));
      expect(await say(s, '我的申请到哪一步了')).toContain(id);

      // Another conversation that knows the number learns nothing about it.
      const other = await dl.start();
      const answer = await say(other, `${id}到哪一步了`);
      expect(answer).toMatch(/没有查到/);
      expect(answer).not.toMatch(/西一社区|138 0013 8111|已登记/);
    });
  });

  describe('malformed activities answer 400 and store nothing', () => {
    const cases: [string, unknown, string][] = [
      ['a wrong type', { ...message('你好'), type: 'event' }, 'invalid_request'],
      ['a typing activity', { type: 'typing', from: { id: 'resident' } }, 'invalid_request'],
      ['no text', { type: 'message', from: { id: 'resident' } }, 'invalid_request'],
      ['empty text', message(''), 'invalid_request'],
      ['blank text', message('  \n '), 'empty_text'],
      ['text of the wrong type', { ...message('x'), text: 5 }, 'invalid_request'],
      ['over-long text', message('咳'.repeat(1001)), 'invalid_request'],
      ['a field the Activity schema does not have', { ...message('你好'), sessionId: 'x' }, 'invalid_request'],
      ['no sender', { type: 'message', text: '你好' }, 'invalid_request'],
      ['a sender claiming to be the bot', message('你好', { from: { id: 'hotline', role: 'bot' } }), 'invalid_request'],
      [
        'an attachment',
        message('你好', { attachments: [{ contentType: 'image/png', contentUrl: 'x' }] }),
        'invalid_request',
      ],
      ['a huge body', message('你好', { value: 'x'.repeat(100_000) }), 'payload_too_large'],
      ['not an object', ['message'], 'invalid_request'],
    ];
    it.each(cases)('%s', async (_name, body, code) => {
      const s = await dl.start();
      const turns = await prisma().message.count();
      const res = await dl.post(s, body);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ error: { code, message: expect.any(String) } });
      expect(await stored(s)).toBe(0);
      expect(await prisma().message.count()).toBe(turns);
    });

    it('malformed JSON', async () => {
      const s = await dl.start();
      const res = await t.app.inject({
        method: 'POST',
        url: `/v3/directline/conversations/${s.conversationId}/activities`,
        headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
        payload: '{"type": "message", ',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid_json');
      expect(await stored(s)).toBe(0);
    });

    it('a bad watermark', async () => {
      const s = await dl.start();
      const res = await dl.request('GET', `/conversations/${s.conversationId}/activities?watermark=-1`, s.token);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid_watermark');
    });
  });
});
