/**
 * The channel-neutral chat API through HTTP on the real application and embedded database.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApp, type TestApp } from '../../harness/test-app';

const chat = (t: TestApp, body: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/chat', payload: body as object });

describe('POST /api/v1/chat', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('answers a medication question with the contract fields', async () => {
    const res = await chat(t, { sessionId: 'med-1', text: '布洛芬一次吃多少' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      sessionId: 'med-1',
      lang: 'zh',
      intent: 'medication.dose',
      triage: 'none',
      ticket: null,
    });
    expect(body.reply).toMatch(/布洛芬/);
  });

  it('detects English from the text when no lang is given', async () => {
    const res = await chat(t, { sessionId: 'en-1', text: 'What is the maximum dose of paracetamol per day?' });
    expect(res.json()).toMatchObject({ lang: 'en', intent: 'medication.dose' });
  });

  it('sends a life-threatening message to 120 at once', async () => {
    const res = await chat(t, { sessionId: 'em-1', text: '我妈突然叫不醒了，嘴唇发紫' });
    expect(res.json()).toMatchObject({ intent: 'emergency', triage: 'emergency', action: 'call_emergency' });
    expect(res.json().reply).toContain('120');
  });

  it('does not send negated symptoms to 120', async () => {
    const res = await chat(t, { sessionId: 'neg-1', text: '没有呼吸困难，也没有胸痛，就是嗓子疼咳嗽' });
    expect(res.json().triage).not.toBe('emergency');
    const en = await chat(t, { sessionId: 'neg-2', text: 'no chest pain and no trouble breathing, just a runny nose' });
    expect(en.json().triage).not.toBe('emergency');
  });

  it('screens a follow-up answer for emergencies too', async () => {
    const first = await chat(t, { sessionId: 'mid-1', text: '这个药一次吃几片' });
    expect(first.statusCode).toBe(200);
    const second = await chat(t, { sessionId: 'mid-1', text: '等等，我爸突然抽搐了' });
    expect(second.json()).toMatchObject({ intent: 'emergency', triage: 'emergency' });
  });

  it('keeps an emergency on the follow-up: a first fit that stopped is still a 120 call', async () => {
    await chat(t, { sessionId: 'fit-1', text: '我女儿两岁 发烧39度' });
    const fit = await chat(t, { sessionId: 'fit-1', text: '刚才抽了一分多钟 以前没有过' });
    expect(fit.json()).toMatchObject({ triage: 'emergency' });
    const after = await chat(t, { sessionId: 'fit-1', text: '现在停了 睡着了 还用去医院吗' });
    expect(after.json()).toMatchObject({ triage: 'emergency', action: 'call_emergency' });
    expect(after.json().reply).toContain('120');
    // Another conversation is not coloured by it.
    const other = await chat(t, { sessionId: 'fit-2', text: '现在停了 睡着了 还用去医院吗' });
    expect(other.json().triage).not.toBe('emergency');
  });

  it.each([
    ['urg-1', '发烧39度已经第四天了，吃了退烧药也不退'],
    ['urg-2', '血氧92 有点累'],
    ['urg-3', 'my dad is 86 and has had a cough and a temperature since yesterday'],
    ['urg-4', '什么情况要打120'],
  ])('never tells someone they do not need 120, and says when to call it (%s)', async (sessionId, text) => {
    const res = await chat(t, { sessionId, text });
    expect(res.json().reply).not.toMatch(/不必打|不用打|不需要打|no need for 120|do not need 120|don't need 120/i);
    expect(res.json().reply).toMatch(/120/);
  });

  it('lets an emergency go once a clinician has seen the person', async () => {
    await chat(t, { sessionId: 'fit-3', text: 'my son is 3 and just had a fit for the first time, 2 minutes' });
    const seen = await chat(t, {
      sessionId: 'fit-3',
      text: 'the ambulance took us to hospital, the doctor checked him and said it was a febrile seizure and he is fine, can he have ibuprofen?',
    });
    expect(seen.json().triage).not.toBe('emergency');
  });

  it('continues a conversation: a missing medicine is asked for, then answered', async () => {
    const first = await chat(t, { sessionId: 'slot-1', text: '这个药一次吃多少' });
    expect(first.json().intent).toBe('medication.dose');
    const second = await chat(t, { sessionId: 'slot-1', text: '布洛芬' });
    expect(second.json().intent).toBe('medication.dose');
    expect(second.json().reply).toMatch(/布洛芬/);
    expect(second.json().reply).toMatch(/\d/);
  });

  it('stores both sides of every turn', async () => {
    await chat(t, { sessionId: 'store-1', text: '你好' });
    const conv = await t.services.db.prisma.conversation.findUniqueOrThrow({
      where: { channel_address: { channel: 'api', address: 'store-1' } },
      include: { messages: { orderBy: { createdAt: 'asc' } } },
    });
    expect(conv.messages.map((m) => m.direction)).toEqual(['in', 'out']);
    expect(conv.messages[0]).toMatchObject({ text: '你好', intent: 'greeting', triage: 'none' });
  });

  describe('bad input answers 400 with a code and stores nothing', () => {
    const cases: [string, unknown, string][] = [
      ['missing sessionId', { text: '你好' }, 'invalid_request'],
      ['missing text', { sessionId: 'bad-1' }, 'invalid_request'],
      ['empty text', { sessionId: 'bad-1', text: '' }, 'invalid_request'],
      ['blank text', { sessionId: 'bad-1', text: '   \n ' }, 'empty_text'],
      ['over-long text', { sessionId: 'bad-1', text: '咳'.repeat(1001) }, 'invalid_request'],
      ['text of the wrong type', { sessionId: 'bad-1', text: 5 }, 'invalid_request'],
      ['sessionId of the wrong type', { sessionId: 42, text: 'hi' }, 'invalid_request'],
      ['unknown language', { sessionId: 'bad-1', text: 'hola', lang: 'es' }, 'invalid_request'],
      ['unknown field', { sessionId: 'bad-1', text: 'hi', channel: 'sms' }, 'invalid_request'],
    ];
    it.each(cases)('%s', async (_name, body, code) => {
      const before = await t.services.db.prisma.message.count();
      const res = await chat(t, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe(code);
      expect(res.json().error.message).toEqual(expect.any(String));
      expect(await t.services.db.prisma.message.count()).toBe(before);
    });

    it('malformed JSON', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/chat',
        headers: { 'content-type': 'application/json' },
        payload: '{"sessionId": "x", "text": ',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid_json');
    });
  });
});

describe('public example cases', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  // The contract's examples, kept in the repository: a missing file fails here rather than skipping.
  const file = path.join(__dirname, '../fixtures/public-cases.jsonl');
  const cases: { lang: 'zh' | 'en'; text: string; intent: string; triage: string }[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  it('has the example cases', () => expect(cases.length).toBeGreaterThan(30));
  it.each(cases.map((c, i) => [i, c] as const))('case %i', async (i, c) => {
    const res = await chat(t, { sessionId: `public-${i}`, text: c.text, lang: c.lang });
    expect({ text: c.text, intent: res.json().intent, triage: res.json().triage }).toEqual({
      text: c.text,
      intent: c.intent,
      triage: c.triage,
    });
  });
});
