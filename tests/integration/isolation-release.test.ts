/**
 * Isolation release as whole conversations, through the chat API and signed SMS webhooks on the real
 * app: the day counted from "今天" / "yesterday" / a weekday, the calculator's own follow-up questions
 * answered, close contacts, visiting an older relative, working while positive, and each caller's own
 * city's rules from the communities directory. The clock is driven: today is Tuesday 27 December 2022
 * in Hangzhou (Zhejiang rules by default, Xiamen rules for Xiamen's communities).
 */
import path from 'node:path';
import { ManualClock } from '../../core/clock';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { postTwilio, spokenLines, twilioSid, TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';

const TUESDAY_10AM = new Date('2022-12-27T02:00:00Z');
const clock = new ManualClock(TUESDAY_10AM);
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp(
    {
      ...TWILIO_TEST_ENV,
      COMMUNITIES_FILE: path.join(__dirname, '..', 'fixtures', 'communities-two-cities.json'),
    },
    { clock, scheduleSweep: false },
  );
});
afterAll(() => t?.close());
beforeEach(() => clock.set(TUESDAY_10AM));

interface Turn {
  reply: string;
  intent: string;
  triage: string;
}

let sessions = 0;
function chatSession() {
  const sessionId = `iso-${++sessions}`;
  return async (text: string): Promise<Turn> => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/chat', payload: { sessionId, text } });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
}

let senders = 0;
function smsSender() {
  const from = `+86139${String(++senders).padStart(8, '0')}`;
  return async (body: string): Promise<string> => {
    const messageSid = twilioSid('SM');
    const res = await postTwilio(t.app, '/twilio/sms', {
      MessageSid: messageSid,
      SmsSid: messageSid,
      AccountSid: TWILIO_TEST_ENV.TWILIO_ACCOUNT_SID,
      From: from,
      To: TWILIO_TEST_ENV.TWILIO_PHONE_NUMBER,
      Body: body,
      NumMedia: '0',
    });
    expect(res.statusCode).toBe(200);
    return spokenLines(res.body).join('\n');
  };
}

/** Fever-care and cough-care advice: what the follow-up answers used to get instead of their date. */
const FEVER_CARE_ZH = /多喝温水|布洛芬每天不超过|右美沙芬/;
const FEVER_CARE_EN = /drink plenty of warm fluids|ibuprofen no more than|dextromethorphan/i;

describe('the day isolation counts from', () => {
  it('zh: "今天阳了第5天" is day 5 today, so release is 3 days away, not 7', async () => {
    const chat = chatSession();
    const r = await chat('今天阳了第5天，什么时候能解除隔离？');
    expect(r.intent).toBe('isolation.release');
    expect(r.reply).toContain('12月30日起可以结束居家隔离');
    expect(r.reply).not.toContain('1月3日');
    expect(r.reply).toContain('还发烧吗');
  });

  it('zh: "前天阳的" counts from the day before yesterday, and "今天" alone later does not move it', async () => {
    const chat = chatSession();
    expect((await chat('前天阳的，什么时候能结束隔离？')).reply).toContain('1月1日起可以结束居家隔离');
    const later = await chat('今天能出门了吗？');
    expect(later.reply).toContain('1月1日');
    expect(later.reply).not.toContain('1月3日');
  });

  it('zh: the day is the hotline’s, not the server’s: 01:30 in Hangzhou is already the 27th', async () => {
    clock.set(new Date('2022-12-26T17:30:00Z'));
    const chat = chatSession();
    expect((await chat('今天是阳了第5天，啥时候能出门')).reply).toContain('12月30日起');
  });

  it('en: "tested positive on Sunday" and "day 5 today" count from the right day', async () => {
    const sunday = await chatSession()('I tested positive on Sunday, when can I stop isolating?');
    expect(sunday.intent).toBe('isolation.release');
    expect(sunday.reply).toContain('from 1 Jan');
    const today = await chatSession()("It's day 5 today, when can I go out?");
    expect(today.reply).toContain('from 30 Dec');
    expect(today.reply).not.toContain('3 Jan');
  });

  it('en: "yesterday" in answer to "which day?" is that day', async () => {
    const chat = chatSession();
    const first = await chat('How long do I have to isolate at home after testing positive?');
    expect(first.reply).toMatch(/Which day did you test positive/);
    expect((await chat('yesterday')).reply).toContain('from 2 Jan');
  });
});

describe('answering the calculator’s own questions', () => {
  it('zh: "不发烧了，两天没烧了" answers "还发烧吗？" with the date, not fever care', async () => {
    const chat = chatSession();
    await chat('阳了第7天了，能出门吗');
    const r = await chat('不发烧了，两天没烧了');
    expect(r.intent).toBe('isolation.release');
    expect(r.reply).toContain('12月28日起可以结束居家隔离，前提是症状明显好转');
    expect(r.reply).not.toContain('不吃退烧药体温正常超过24小时');
    expect(r.reply).not.toMatch(FEVER_CARE_ZH);
  });

  it('zh: "还有点咳嗽" is an answer: the symptoms are what is left, the fever still to confirm', async () => {
    const chat = chatSession();
    await chat('阳了第6天，什么时候能上班');
    const r = await chat('还有点咳嗽');
    expect(r.intent).toBe('isolation.release');
    expect(r.reply).toContain('12月29日起可以结束居家隔离，前提是不吃退烧药体温正常超过24小时');
    expect(r.reply).not.toMatch(FEVER_CARE_ZH);
  });

  it('zh: a bare "没有" gets the one question left, and "是的" then settles it', async () => {
    const chat = chatSession();
    await chat('阳了第8天，能解除隔离了吗');
    const no = await chat('没有');
    expect(no.intent).toBe('isolation.release');
    expect(no.reply).toContain('退烧已经超过24小时了吗');
    const yes = await chat('是的');
    expect(yes.reply).toContain('今天（12月27日）起可以结束居家隔离，前提是症状明显好转');
  });

  it('en: "no fever since Saturday" answers the fever question', async () => {
    const chat = chatSession();
    const first = await chat('Day 8 since I tested positive, can I stop isolating?');
    expect(first.reply).toMatch(/Do you still have a fever/);
    const r = await chat('no fever since Saturday, just a bit of a cough');
    expect(r.intent).toBe('isolation.release');
    expect(r.reply).toContain('you can end home isolation from today (27 Dec).');
    expect(r.reply).not.toMatch(FEVER_CARE_EN);
  });

  it('en: "still a fever" is an answer too, and says not yet', async () => {
    const chat = chatSession();
    await chat('Day 7 after testing positive, when can I go back to work?');
    const r = await chat('yes, still 38.2');
    expect(r.intent).toBe('isolation.release');
    expect(r.reply).toMatch(/not yet: you still have a fever/);
  });

  it('zh: a new question of its own is not taken for an answer', async () => {
    const chat = chatSession();
    await chat('阳了第7天了，能出门吗');
    const r = await chat('布洛芬一次吃几片？');
    expect(r.intent).toMatch(/^medication\./);
    expect(r.reply).toContain('布洛芬');
  });

  it('zh: an emergency in the middle of the question is an emergency', async () => {
    const chat = chatSession();
    await chat('阳了第7天了，能出门吗');
    const r = await chat('我现在喘不上气，嘴唇发紫');
    expect(r.triage).toBe('emergency');
    expect(r.reply).toContain('120');
  });
});

describe('questions the rules alone do not answer', () => {
  it('zh: a close contact gets the close-contact rules, not a positive person’s date', async () => {
    const r = await chatSession()('我是密接，要隔离几天？');
    expect(r.intent).toMatch(/^isolation\./);
    expect(r.reply).toContain('密切接触者');
    expect(r.reply).toContain('居家隔离5天');
    expect(r.reply).not.toContain('哪天测出阳性');
  });

  it('en: a close contact', async () => {
    const r = await chatSession()('My colleague tested positive and I am a close contact. Do I need to isolate?');
    expect(r.reply).toMatch(/close contact/i);
    expect(r.reply).toContain('5 days');
  });

  it('zh: visiting grandma while positive: not now, the day it may be, and when to get care', async () => {
    const r = await chatSession()('阳了第3天，能去看望我奶奶吗？她88了');
    expect(r.intent).toMatch(/^isolation\./);
    expect(r.reply).toContain('不要去看望老人');
    expect(r.reply).toContain('1月1日起可以结束居家隔离');
    expect(r.reply).toContain('马上打120');
  });

  it('en: visiting an older relative just after recovering', async () => {
    const chat = chatSession();
    const r = await chat('Can I visit my grandmother after I recover from covid?');
    expect(r.reply).toMatch(/do not visit older relatives/);
    expect(r.reply).toMatch(/N95/);
    expect(r.reply).toMatch(/Which day did you test positive/);
    expect((await chat('Monday')).reply).toContain('from 2 Jan');
  });

  it('zh: working while positive', async () => {
    const r = await chatSession()('阳性还能去上班吗？昨天测出来的');
    expect(r.reply).toContain('隔离期间不去单位上班');
    expect(r.reply).toContain('1月2日起可以结束居家隔离');
  });

  it('en: working while positive', async () => {
    const r = await chatSession()('Can I go to work while positive? It is day 4.');
    expect(r.reply).toMatch(/do not go in to work/);
    expect(r.reply).toContain('from 31 Dec');
  });
});

/** Day 6, antigen negative, much better: Xiamen (5 days + negative antigen) today, Zhejiang (7 days) on the 29th. */
const XIAMEN_CASE = '阳了第6天，抗原转阴了，症状好多了，什么时候能解除隔离？';

describe('each caller’s own city’s rules', () => {
  it('zh: a Xiamen caller gets Xiamen’s rules, remembered for later turns; others the default', async () => {
    const xiamen = chatSession();
    const r = await xiamen(`我住在厦门思明区，${XIAMEN_CASE}`);
    expect(r.reply).toContain('厦门市规定');
    expect(r.reply).toContain('今天（12月27日）起可以结束居家隔离');
    const later = await xiamen('我老公阳了第5天，抗原也转阴了，症状好多了，他什么时候能解除隔离？');
    expect(later.reply).toContain('厦门市规定');
    expect(later.reply).toContain('12月28日起');

    const unknown = await chatSession()(XIAMEN_CASE);
    expect(unknown.reply).toContain('浙江省规定');
    expect(unknown.reply).toContain('12月29日起可以结束居家隔离');
    expect(unknown.reply).toContain('告诉我您所在的城市');
  });

  it('zh: a community in the directory names its rules (Hangzhou: Zhejiang)', async () => {
    const r = await chatSession()(`我家在西一社区，${XIAMEN_CASE}`);
    expect(r.reply).toContain('浙江省规定');
    expect(r.reply).not.toContain('告诉我您所在的城市');
  });

  it('en: a city by its English name, and the hint to name one when it is unknown', async () => {
    const r = await chatSession()(
      "I'm in Xiamen. Day 6, antigen negative, feeling much better. When can I stop isolating?",
    );
    expect(r.reply).toContain('Xiamen rules');
    expect(r.reply).not.toContain('tell me your city');
    const unknown = await chatSession()('Day 6, antigen negative, feeling much better. When can I stop isolating?');
    expect(unknown.reply).toContain('Zhejiang rules');
    expect(unknown.reply).toContain('tell me your city, district or community');
  });

  it('en: a community word in English', async () => {
    const r = await chatSession()(
      'I live in Jiangtou. Day 6, antigen negative, feeling much better. When can I stop isolating?',
    );
    expect(r.reply).toContain('Xiamen rules');
    expect(r.reply).toContain('from today (27 Dec)');
  });
});

describe('the same over SMS', () => {
  it('zh: "今天第5天", then "不发烧了，两天没烧了"', async () => {
    const sms = smsSender();
    expect(await sms('今天阳了第5天，什么时候能解除隔离')).toContain('12月30日起');
    const answer = await sms('不发烧了，两天没烧了');
    expect(answer).toContain('12月30日起可以结束居家隔离');
    expect(answer).not.toMatch(FEVER_CARE_ZH);
  });

  it('en: "no fever since Saturday" answers, and a close contact is answered', async () => {
    const sms = smsSender();
    await sms('Day 8 since I tested positive, can I stop isolating?');
    const answer = await sms('no fever since Saturday, feeling much better');
    expect(answer).toContain('from today (27 Dec)');
    expect(answer).not.toMatch(FEVER_CARE_EN);
    expect(await smsSender()('I am a close contact, do I need to isolate?')).toContain('5 days');
  });

  it('zh: a Xiamen texter gets Xiamen’s rules', async () => {
    const answer = await smsSender()(`我在厦门，${XIAMEN_CASE}`);
    expect(answer).toContain('厦门市规定');
    expect(answer).toContain('今天（12月27日）起');
  });
});
