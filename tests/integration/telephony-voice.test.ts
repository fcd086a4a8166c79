/**
 * The Mandarin voice line through the real app and database, driven like Twilio drives it: each
 * step posts to the action of the previous TwiML. Assertions are on what the caller hears and
 * where the call goes, and on the CallRecord the hotline keeps.
 */
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

const OPERATOR = TWILIO_TEST_ENV.OPERATOR_NUMBER;
const ELDERLY = '+8613700000065';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ ...TWILIO_TEST_ENV, ELDERLY_NUMBERS: ELDERLY });
});
afterAll(() => t?.close());
afterEach(() => jest.restoreAllMocks());

let callers = 0;
const newCaller = () => `+86139${String(++callers).padStart(8, '0')}`;
const record = (callSid: string) => t.services.db.prisma.callRecord.findUniqueOrThrow({ where: { callSid } });

describe('POST /twilio/voice', () => {
  it('takes a caller through menu → 1 → a spoken question → the answer → * repeats → 0 a person', async () => {
    const from = newCaller();
    const call = twilioCall(t.app, from);
    const greeting = await call.post('/twilio/voice');
    expect(greeting.statusCode).toBe(200);
    expect(greeting.headers['content-type']).toMatch(/^text\/xml/);
    expect(greeting.body).toContain(
      '<Say language="cmn-CN" voice="Polly.Zhiyu"><prosody rate="90%">您好，这里是社区健康热线。',
    );
    expect(greeting.body).toMatch(/<Gather [^>]*input="dtmf speech"[^>]*language="cmn-Hans-CN"/);

    const ask = await call.post(actionOf(greeting.body), { Digits: '1' });
    expect(spokenLines(ask.body)).toEqual(['请说出您想问的用药问题，比如什么药、怎么吃。']);

    const answer = await call.post(actionOf(ask.body), { SpeechResult: '布洛芬一天最多吃几次', Confidence: '0.92' });
    const [spoken] = spokenLines(answer.body);
    expect(spoken).toMatch(/布洛芬/);
    expect(spoken).toMatch(/再听一遍请按星号键，再问一个问题请按1，找工作人员请按0。$/);

    const repeated = await call.post(actionOf(answer.body), { Digits: '*' });
    expect(spokenLines(repeated.body)).toEqual([spoken]);

    const person = await call.post(actionOf(repeated.body), { Digits: '0' });
    expect(spokenLines(person.body)).toEqual(['正在为您转接工作人员，请稍候。']);
    expect(dialedNumber(person.body)).toBe(OPERATOR);

    const stored = await record(call.callSid);
    expect(stored).toMatchObject({ outcome: 'handed_to_person', lang: 'zh' });
    expect(stored.path).toEqual(['menu', 'menu:1', 'ask:speech', 'answer', 'answer:*', 'answer:0', 'operator']);
    const heard = await t.services.db.prisma.message.findMany({
      where: { direction: 'in', conversation: { channel: 'voice', address: from } },
    });
    expect(heard.map((m) => m.text)).toEqual(['布洛芬一天最多吃几次']);
  });

  it('connects an emergency said mid-call to 120 after one short instruction', async () => {
    const call = twilioCall(t.app, newCaller());
    const menu = await call.post('/twilio/voice');
    const ask = await call.post(actionOf(menu.body), { Digits: '1' });
    const answer = await call.post(actionOf(ask.body), { SpeechResult: '布洛芬怎么吃' });
    const emergency = await call.post(actionOf(answer.body), { SpeechResult: '我爸叫不醒了' });
    expect(spokenLines(emergency.body)).toEqual(['情况紧急。请不要挂机，正在为您转接幺二零。']);
    expect(dialedNumber(emergency.body)).toBe('120');
    expect(actionOf(emergency.body, 'Dial')).toMatch(/^\/twilio\/voice\/dialed\?to=emergency&turn=\d+&step=\d+$/);
    expect((await record(call.callSid)).outcome).toBe('sent_to_120');
  });

  it('answers a retried speech webhook from the stored turn: same TwiML, one stored utterance', async () => {
    const from = newCaller();
    const call = twilioCall(t.app, from);
    const menu = await call.post('/twilio/voice');
    const fields = { SpeechResult: '居家隔离要注意什么' };
    const [a, b] = await Promise.all([call.post(actionOf(menu.body), fields), call.post(actionOf(menu.body), fields)]);
    expect(b.body).toBe(a.body);
    expect(
      await t.services.db.prisma.message.count({
        where: { direction: 'in', conversation: { channel: 'voice', address: from } },
      }),
    ).toBe(1);
    expect(await t.services.db.prisma.delivery.count({ where: { key: `voice:${call.callSid}:1` } })).toBe(1);
  });

  it('a retried silence webhook (Twilio retries the same step) counts once and does not hand the caller on', async () => {
    const call = twilioCall(t.app, newCaller());
    const menu = await call.post('/twilio/voice');
    const [a, b] = await Promise.all([call.post(actionOf(menu.body)), call.post(actionOf(menu.body))]);
    const again = await call.post(actionOf(menu.body));
    for (const res of [b, again]) expect(res.body).toBe(a.body);
    expect(spokenLines(a.body)).toEqual([
      '没有听到您的选择。用药按1，居家隔离按2，社区帮忙按3，工作人员按0。也可以直接说出您的问题。',
    ]);
    expect(await record(call.callSid)).toMatchObject({ misses: 1, path: ['menu', 'menu:silence'] });
    // The caller's own second silence, at the step the re-prompt named, hands over.
    expect(dialedNumber((await call.post(actionOf(a.body))).body)).toBe(OPERATOR);
  });

  it('re-prompts once, simpler, after silence and connects a person after the second', async () => {
    const call = twilioCall(t.app, newCaller());
    const menu = await call.post('/twilio/voice');
    const again = await call.post(actionOf(menu.body));
    // The re-prompt keeps the options, shorter.
    expect(spokenLines(again.body)).toEqual([
      '没有听到您的选择。用药按1，居家隔离按2，社区帮忙按3，工作人员按0。也可以直接说出您的问题。',
    ]);
    const person = await call.post(actionOf(again.body));
    expect(dialedNumber(person.body)).toBe(OPERATOR);
    expect((await record(call.callSid)).path).toEqual(['menu', 'menu:silence', 'menu:silence', 'operator']);
  });

  it('takes a call-back request when the operator does not answer', async () => {
    const call = twilioCall(t.app, newCaller());
    const menu = await call.post('/twilio/voice');
    const person = await call.post(actionOf(menu.body), { Digits: '0' });
    const noAnswer = await call.post(actionOf(person.body, 'Dial'), { DialCallStatus: 'no-answer' });
    expect(actionOf(noAnswer.body, 'Record')).toBe('/twilio/voice/callback?turn=1&step=3');
    const recordingUrl = 'https://api.twilio.com/2010-04-01/Accounts/AC/Recordings/RE0001';
    const thanks = await call.post(actionOf(noAnswer.body, 'Record'), {
      RecordingUrl: recordingUrl,
      RecordingDuration: '12',
    });
    expect(spokenLines(thanks.body)[0]).toMatch(/^收到您的留言/);
    expect(await record(call.callSid)).toMatchObject({
      outcome: 'callback',
      callbackRecordingUrl: recordingUrl,
      path: ['menu', 'menu:0', 'operator', 'dial_operator:no-answer', 'callback_prompt', 'callback'],
    });
  });

  it('answers a retried <Dial> or <Record> webhook as before and acts once', async () => {
    const call = twilioCall(t.app, newCaller());
    const menu = await call.post('/twilio/voice');
    const person = await call.post(actionOf(menu.body), { Digits: '0' });
    const dialed = actionOf(person.body, 'Dial');
    // Twilio did not get the first answer in time and posts the same step again, twice at once.
    const [noAnswer, ...retries] = await Promise.all(
      [1, 2, 3].map(() => call.post(dialed, { DialCallStatus: 'no-answer' })),
    );
    expect(retries.map((r) => r.body)).toEqual([noAnswer!.body, noAnswer!.body]);
    const recorded = actionOf(noAnswer!.body, 'Record');
    const recordingUrl = 'https://api.twilio.com/2010-04-01/Accounts/AC/Recordings/RE0002';
    const thanks = await call.post(recorded, { RecordingUrl: recordingUrl, RecordingDuration: '9' });
    const again = await call.post(recorded, { RecordingUrl: recordingUrl, RecordingDuration: '9' });
    expect(again.body).toBe(thanks.body);
    expect((await record(call.callSid)).path).toEqual([
      'menu',
      'menu:0',
      'operator',
      'dial_operator:no-answer',
      'callback_prompt',
      'callback',
    ]);
    const tickets = await t.services.db.prisma.ticket.count({ where: { requestKey: `call:${call.callSid}` } });
    expect(tickets).toBe(1);
  });

  it('sends 65+ callers straight to a person after a one-line greeting', async () => {
    const call = twilioCall(t.app, ELDERLY);
    const res = await call.post('/twilio/voice');
    expect(spokenLines(res.body)).toEqual(['您好，这里是社区健康热线，马上为您接通工作人员，请稍候。']);
    expect(dialedNumber(res.body)).toBe(OPERATOR);
    expect(res.body).not.toContain('<Gather');

    const flagged = newCaller();
    await t.services.db.prisma.caller.create({ data: { phone: flagged, elderly: true } });
    expect(dialedNumber((await twilioCall(t.app, flagged).post('/twilio/voice')).body)).toBe(OPERATOR);
  });

  it('stores the duration from a signed status callback', async () => {
    const call = twilioCall(t.app, newCaller());
    await call.post('/twilio/voice');
    const res = await call.post('/twilio/voice/status', { CallStatus: 'completed', CallDuration: '87' });
    expect(res.statusCode).toBe(200);
    const stored = await record(call.callSid);
    expect(stored).toMatchObject({ status: 'completed', durationSec: 87 });
    expect(stored.endedAt).toBeInstanceOf(Date);
  });

  it('apologises and connects a person when a step fails inside', async () => {
    const call = twilioCall(t.app, newCaller());
    const menu = await call.post('/twilio/voice');
    jest.spyOn(t.services.engine, 'handle').mockRejectedValueOnce(new Error('database gone'));
    const res = await call.post(actionOf(menu.body), { SpeechResult: '布洛芬怎么吃' });
    expect(res.statusCode).toBe(200);
    expect(spokenLines(res.body)[0]).toBe('抱歉，系统出了点问题，正在为您转接工作人员。');
    expect(dialedNumber(res.body)).toBe(OPERATOR);
  });

  it('refuses a forged voice webhook with 403 and records no call', async () => {
    const callSid = twilioSid('CA');
    const res = await postTwilio(
      t.app,
      '/twilio/voice',
      { CallSid: callSid, From: newCaller() },
      { token: 'guessed-token' },
    );
    expect(res.statusCode).toBe(403);
    expect(await t.services.db.prisma.callRecord.count({ where: { callSid } })).toBe(0);
  });
});

describe('POST /twilio/voice without an operator', () => {
  let bare: TestApp;
  beforeAll(async () => {
    const { OPERATOR_NUMBER: _none, ...env } = TWILIO_TEST_ENV;
    bare = await startTestApp(env);
  });
  afterAll(() => bare?.close());

  it('records a call-back request when the caller asks for a person', async () => {
    const call = twilioCall(bare.app, newCaller());
    const menu = await call.post('/twilio/voice');
    const res = await call.post(actionOf(menu.body), { Digits: '0' });
    expect(res.body).not.toContain('<Dial');
    expect(spokenLines(res.body)[0]).toMatch(/请在提示音后说出您的问题/);
    expect(actionOf(res.body, 'Record')).toBe('/twilio/voice/callback?turn=1&step=2');
  });

  it('apologises with "hang up and dial 120" when a step fails', async () => {
    const call = twilioCall(bare.app, newCaller());
    const menu = await call.post('/twilio/voice');
    jest.spyOn(bare.services.engine, 'handle').mockRejectedValueOnce(new Error('boom'));
    const res = await call.post(actionOf(menu.body), { SpeechResult: '布洛芬怎么吃' });
    expect(res.body).not.toContain('<Dial');
    expect(spokenLines(res.body)[0]).toMatch(/如果是紧急情况，请马上挂机，直接拨打幺二零/);
  });
});
