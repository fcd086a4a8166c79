/**
 * Community service tickets end to end, through the real app on the embedded database: a request on
 * SMS, chat or voice becomes a ticket in its community's queue; status, cancelling, the resident's SMS
 * updates (through the local fake of the Twilio REST API) and SLA escalation with the clock driven here.
 */
import { ManualClock } from '../../core/clock';
import { startFakeTwilioApi, type FakeTwilioApi } from '../../harness/twilio-fake-api';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { postTwilio, spokenLines, twilioCall, twilioSid, TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';
import { waitFor } from '../../harness/wait';

// No operator: "a person" and the voice line's call-back messages become tickets.
const { OPERATOR_NUMBER: _desk, ...ENV } = TWILIO_TEST_ENV;

let t: TestApp;
let twilio: FakeTwilioApi;
const clock = new ManualClock(new Date('2026-12-01T02:00:00Z')); // 10:00 in Hangzhou, a Tuesday

beforeAll(async () => {
  twilio = await startFakeTwilioApi();
  // The test runs the sweep itself, with its clock: no minute schedule.
  t = await startTestApp(ENV, { twilioHttpClient: twilio.httpClient, clock, scheduleSweep: false });
});
afterAll(async () => {
  await t.close();
  await twilio.close();
});

let senders = 0;
const newSender = () => `+86139${String(++senders).padStart(8, '0')}`;
const sms = async (from: string, body: string, messageSid = twilioSid('SM')) => {
  const res = await postTwilio(t.app, '/twilio/sms', { MessageSid: messageSid, From: from, Body: body });
  expect(res.statusCode).toBe(200);
  return spokenLines(res.body).join('\n');
};
const chat = async (sessionId: string, text: string) => {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/chat', payload: { sessionId, text } });
  expect(res.statusCode).toBe(200);
  return res.json() as {
    reply: string;
    intent: string;
    triage: string;
    ticket: { id: string; status: string; service: string } | null;
  };
};
const textsTo = (to: string) => twilio.requests.filter((r) => r.form.To === to).map((r) => r.form.Body ?? '');
const ticketId = (reply: string) => /T-\d{5}/.exec(reply)?.[0];

describe('a Chinese SMS request for an 88-year-old mother living alone', () => {
  it('fills the slots across turns, makes one red drug_delivery ticket in her community, answers its status, and texts both updates', async () => {
    const commissioner = await t.services.staff.add({
      name: '王专员',
      phone: '+8613700000001',
      role: 'commissioner',
      communities: ['gs-dg-xiyi'],
    });
    const from = newSender();
    const first = await sms(from, '我妈妈88岁了，一个人住，发烧了，家里没有退烧药，能请社区送点药吗？');
    // The screen's advice first (80+ with a symptom: a clinician today), then one question.
    expect(first).toMatch(/发热门诊|家庭医生/);
    expect(first).toMatch(/透析、残疾或行动不便、慢性病/);
    expect(await sms(from, '没有')).toMatch(/地址/);
    const readBack = await sms(from, '西一社区3幢2单元301');
    // On SMS the number texting is the contact number: nothing more to ask, the request is read back.
    expect(readBack).toMatch(/请核对/);
    expect(readBack).toMatch(/为母亲代办/);
    expect(readBack).toMatch(/退烧药/);
    expect(readBack).toMatch(/88岁.*独居/);
    expect(readBack).toMatch(/西一社区3幢2单元301/);
    expect(readBack).toMatch(/1\. 确认提交/);

    const confirmed = await sms(from, '1');
    const id = ticketId(confirmed)!;
    expect(id).toBeDefined();

    const prisma = t.services.db.prisma;
    const ticket = await prisma.ticket.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(ticket).toMatchObject({
      service: 'drug_delivery',
      status: 'new',
      priority: 'red',
      communityId: 'gs-dg-xiyi',
      street: '大关街道',
      district: '拱墅区',
      needsRouting: false,
      channel: 'sms',
      requesterPhone: from,
      contactPhone: from,
      forWhom: 'relative',
    });
    expect(ticket.priorityReasons).toEqual(expect.arrayContaining(['red.very-old-fever-no-antipyretic']));
    expect(ticket.attributes).toMatchObject({ age: 88, key_facts: ['lives_alone'], need: '退烧药' });
    expect(ticket.events).toEqual([
      expect.objectContaining({ kind: 'created', actor: 'resident', toStatus: 'new', at: clock.now() }),
    ]);
    // SLA due times from sla.json: red delivery, 30 minutes to a first response, 4 hours to resolve.
    expect(ticket.firstResponseDueAt.getTime() - clock.now().getTime()).toBe(30 * 60_000);
    expect(ticket.resolutionDueAt.getTime() - clock.now().getTime()).toBe(240 * 60_000);
    // The community's commissioner hears of a red ticket at once.
    expect((await waitFor(() => textsTo(commissioner.phone!)[0], 'the red alert')).includes(id)).toBe(true);

    expect(await sms(from, id)).toMatch(new RegExp(`${id} 社区送药：已登记，等待社区受理`));

    await t.services.tickets.claim(id, commissioner.id);
    expect(await sms(from, '我的申请到哪一步了')).toMatch(/社区已受理/);
    expect((await t.services.tickets.changeStatus(id, 'in_progress', `staff:${commissioner.id}`)).ok).toBe(true);
    expect((await t.services.tickets.changeStatus(id, 'resolved', `staff:${commissioner.id}`, '药已送到')).ok).toBe(
      true,
    );

    const updates = await waitFor(() => (textsTo(from).length >= 2 ? textsTo(from) : undefined), 'both SMS updates');
    expect(updates).toEqual([
      expect.stringMatching(new RegExp(`${id}已由社区工作人员受理`)),
      expect.stringMatching(/已办结/),
    ]);
    const audit = await prisma.ticketEvent.findMany({ where: { ticketId: id }, orderBy: { at: 'asc' } });
    expect(audit.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ['created', null, 'new'],
      ['claim', 'new', 'assigned'],
      ['status', 'assigned', 'in_progress'],
      ['status', 'in_progress', 'resolved'],
    ]);
    // Exactly one of each, with its unique key, even though the status was read in between.
    expect(await prisma.ticketNotification.count({ where: { ticketId: id, status: 'sent' } })).toBe(3);
  });
});

describe('the same request in English through the chat API', () => {
  it('asks for the phone number, gives the ticket in the reply, and texts the updates to that number', async () => {
    const session = 'en-request-1';
    const first = await chat(
      session,
      'Can the community deliver fever medicine to my mother? She is 88 and lives alone.',
    );
    expect(first.intent).toBe('service.drug_delivery');
    expect(first.reply).toMatch(/on dialysis|chronic illness/);
    expect((await chat(session, 'none of those')).reply).toMatch(/address/i);
    expect((await chat(session, 'Flat 301, Building 3, Xiyi community')).reply).toMatch(/phone number/i);
    const readBack = await chat(session, '13800138111');
    expect(readBack.reply).toMatch(/Please check:/);
    expect(readBack.reply).toMatch(/for your mother/);
    expect(readBack.reply).toMatch(/138 0013 8111/);
    const done = await chat(session, 'yes');
    expect(done.ticket).toEqual({ id: expect.stringMatching(/^T-\d{5}$/), status: 'new', service: 'drug_delivery' });
    expect(done.reply).toContain(done.ticket!.id);

    const status = await chat(session, `what is the status of ${done.ticket!.id}?`);
    expect(status.intent).toBe('service.status');
    expect(status.ticket).toEqual(done.ticket);
    expect(status.reply).toMatch(/received, waiting for the community/);

    const ticket = await t.services.tickets.find(done.ticket!.id);
    expect(ticket).toMatchObject({
      priority: 'red',
      communityId: 'gs-dg-xiyi',
      contactPhone: '13800138111',
      lang: 'en',
    });
    await t.services.tickets.changeStatus(ticket!.id, 'in_progress', 'staff:test');
    await t.services.tickets.changeStatus(ticket!.id, 'resolved', 'staff:test');
    const updates = await waitFor(
      () => (textsTo('13800138111').length >= 2 ? textsTo('13800138111') : undefined),
      'updates',
    );
    expect(updates).toEqual([expect.stringMatching(/has been taken/), expect.stringMatching(/is done/)]);
  });

  it('shows a chat session only its own tickets', async () => {
    const own = await chat('en-own-1', 'I need a family doctor to call me back about my blood pressure medicine');
    expect(own.intent).toBe('service.doctor');
    const mine = await t.services.tickets.list({ limit: 1 });
    const other = await chat('en-other-1', `status of ${mine[0]!.id}`);
    expect(other.ticket).toBeNull();
    expect(other.reply).toMatch(/found no request numbered/);
  });
});

describe('one ticket per request', () => {
  it('a retried confirming webhook (the same MessageSid, twice at once) and a second "yes" make one ticket', async () => {
    const from = newSender();
    await sms(from, '请社区送两盒抗原试剂到东一社区5幢1单元202，我自己用，我30岁');
    expect(await sms(from, '没有')).toMatch(/请核对/);
    const before = await t.services.db.prisma.ticket.count();
    const sid = twilioSid('SM');
    const [a, b] = await Promise.all([sms(from, '1', sid), sms(from, '1', sid)]);
    expect(a).toBe(b);
    const again = await sms(from, '是');
    expect(again).toContain(ticketId(a)!);
    expect(await t.services.db.prisma.ticket.count()).toBe(before + 1);
    expect(await t.services.tickets.find(ticketId(a)!)).toMatchObject({
      communityId: 'gs-dg-dongyi',
      priority: 'green',
    });
  });
});

describe('an emergency in the middle of the form', () => {
  it('gets the emergency reply, and the form is resumed afterwards with what was already said', async () => {
    const from = newSender();
    expect(await sms(from, '我爸75岁，需要社区送药，要布洛芬')).toMatch(/透析|慢性病/);
    expect(await sms(from, '有高血压')).toMatch(/地址/);
    const emergency = await sms(from, '我爸现在喘不上气，嘴唇发紫了');
    expect(emergency).toMatch(/120/);
    expect(emergency).not.toMatch(/地址/);
    const resumed = await sms(from, '继续');
    expect(resumed).toMatch(/继续您的社区送药申请/);
    expect(resumed).toMatch(/地址/);
    const readBack = await sms(from, '小河社区8幢3单元101');
    expect(readBack).toMatch(/布洛芬/);
    expect(readBack).toMatch(/75岁，慢性病/);
    const id = ticketId(await sms(from, '确认'))!;
    // The emergency during the form counts: red, in 小河社区.
    expect(await t.services.tickets.find(id)).toMatchObject({
      communityId: 'gs-hs-xiaohe',
      priority: 'red',
      triage: 'emergency',
    });
  });
});

describe('cancelling and status by the caller’s own number', () => {
  it('"取消 T-…" by SMS cancels the resident’s own ticket and writes the audit row', async () => {
    const from = newSender();
    await sms(from, '需要家庭医生回电话，我血压一直偏高，降压药要不要加量，我68岁，住义仓社区2幢');
    await sms(from, '没有');
    const id = ticketId(await sms(from, '1'))!;
    expect(await sms(from, '查一下我的申请')).toContain(id);
    expect(await sms(from, `取消 ${id}`)).toMatch(/已取消/);
    expect(await t.services.tickets.find(id)).toMatchObject({ status: 'cancelled', service: 'doctor_callback' });
    const audit = await t.services.db.prisma.ticketEvent.findMany({ where: { ticketId: id, kind: 'status' } });
    expect(audit).toEqual([expect.objectContaining({ actor: 'resident', fromStatus: 'new', toStatus: 'cancelled' })]);
    // Another number cannot see or cancel it.
    expect(await sms(newSender(), `取消 ${id}`)).toMatch(/没有查到编号/);
  });

  it('an unmatched address goes to the district queue, flagged for a lead', async () => {
    const from = newSender();
    await sms(from, '我自己要送抗原试剂，35岁，住湖州街88号3幢101，没有特殊情况');
    const id = ticketId(await sms(from, '1'))!;
    expect(await t.services.tickets.find(id)).toMatchObject({
      communityId: null,
      district: '拱墅区',
      needsRouting: true,
    });
  });
});

describe('a promised call-back is kept by a ticket', () => {
  it('"转人工" in chat with no operator asks for a number and books a human_callback with the transcript', async () => {
    const session = 'zh-callback-1';
    await chat(session, '隔离几天可以上班？');
    const ask = await chat(session, '转人工');
    expect(ask.reply).toMatch(/留一个电话/);
    const booked = await chat(session, '13600000001');
    expect(booked.ticket).toMatchObject({ service: 'human_callback', status: 'new' });
    const row = await t.services.db.prisma.ticket.findUniqueOrThrow({ where: { id: booked.ticket!.id } });
    expect(row.contactPhone).toBe('13600000001');
    expect(row.transcript).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ direction: 'in', text: '隔离几天可以上班？' }),
        expect.objectContaining({ direction: 'in', text: '转人工' }),
      ]),
    );
  });

  it('a voice call-back message becomes one human_callback ticket with the recording, also when Twilio retries', async () => {
    const caller = '+8613512345678';
    const call = twilioCall(t.app, caller);
    await call.post('/twilio/voice');
    const prompt = await call.post('/twilio/voice/menu?turn=1', { Digits: '0' });
    expect(prompt.body).toContain('<Record');
    const recordingUrl = 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE0123';
    const thanks = await call.post('/twilio/voice/callback', { RecordingUrl: recordingUrl });
    await call.post('/twilio/voice/callback', { RecordingUrl: recordingUrl });
    expect(spokenLines(thanks.body)[0]).toMatch(/^收到您的留言，编号是T，/);
    const tickets = await t.services.db.prisma.ticket.findMany({ where: { recordingUrl } });
    expect(tickets).toEqual([
      expect.objectContaining({
        service: 'human_callback',
        channel: 'voice',
        requesterPhone: caller,
        contactPhone: caller,
      }),
    ]);
    // Status by the caller's own number, on SMS.
    expect(await sms(caller, '我的申请怎么样了')).toContain(tickets[0]!.id);
  });
});

describe('opt-outs', () => {
  it('a resident who texted STOP gets no ticket SMS; the row says why', async () => {
    const from = newSender();
    await sms(from, '我自己要送抗原试剂，36岁，住朝晖社区2幢，没有特殊情况');
    const id = ticketId(await sms(from, '1'))!;
    await sms(from, 'STOP');
    await t.services.tickets.changeStatus(id, 'in_progress', 'staff:test');
    await waitFor(
      async () =>
        (await t.services.db.prisma.ticketNotification.findFirst({ where: { ticketId: id, status: 'opted_out' } })) ??
        undefined,
      'the opted-out row',
    );
    expect(textsTo(from)).toEqual([]);
  });
});

describe('a sender that died mid-send', () => {
  it('leaves its claim; the minute sweep sends the notification once the lease is over, and once only', async () => {
    const from = newSender();
    await sms(from, '我自己要送抗原试剂，38岁，住朝晖社区3幢，没有特殊情况');
    const id = ticketId(await sms(from, '1'))!;
    // What a kill -9 between the claim and the send leaves behind: a row claimed, no job left to finish it.
    const row = await t.services.db.prisma.ticketNotification.create({
      data: {
        key: `${id}:drill:resident`,
        ticketId: id,
        kind: 'resident_taken',
        to: from,
        body: `${id} 测试：发送中断后补发`,
        status: 'sending',
        attempts: 1,
        claimedAt: clock.now(),
        createdAt: clock.now(),
      },
    });
    const sentRow = () => t.services.db.prisma.ticketNotification.findUniqueOrThrow({ where: { id: row.id } });
    clock.advanceMinutes(5); // within the lease: the sender may still be at work
    await t.services.jobs.runNow('ticket-sla-sweep');
    expect((await sentRow()).status).toBe('sending');
    clock.advanceMinutes(6); // past the 10-minute lease
    await t.services.jobs.runNow('ticket-sla-sweep');
    await waitFor(async () => ((await sentRow()).status === 'sent' ? true : undefined), 'the notification sent');
    await t.services.jobs.runNow('ticket-sla-sweep');
    expect(textsTo(from).filter((b) => b.includes('发送中断后补发'))).toHaveLength(1);
  });
});

describe('asking for a person on the voice line', () => {
  it('records a message instead, and that message is the one ticket', async () => {
    const caller = '+8613512340000';
    const call = twilioCall(t.app, caller);
    await call.post('/twilio/voice');
    await call.post('/twilio/voice/menu?turn=1', { Digits: '3' });
    const prompt = await call.post('/twilio/voice/ask?turn=1', { SpeechResult: '我要转人工' });
    expect(prompt.body).toContain('<Record');
    const recordingUrl = 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE0456';
    await call.post('/twilio/voice/callback', { RecordingUrl: recordingUrl });
    const tickets = await t.services.db.prisma.ticket.findMany({ where: { contactPhone: caller } });
    expect(tickets).toEqual([expect.objectContaining({ service: 'human_callback', recordingUrl })]);
  });
});

describe('SLA', () => {
  it('a breached first response escalates to the street lead, then to the district lead, once each', async () => {
    const street = await t.services.staff.add({
      name: '街道组长',
      phone: '+8613700000010',
      role: 'lead',
      district: '拱墅区',
      street: '湖墅街道',
    });
    const district = await t.services.staff.add({
      name: '区组长',
      phone: '+8613700000011',
      role: 'lead',
      district: '拱墅区',
    });
    const from = newSender();
    await sms(from, '我自己要送抗原试剂，40岁，住小河社区1幢1单元101，没有特殊情况');
    const id = ticketId(await sms(from, '1'))!;
    const ticket = (await t.services.tickets.find(id))!;
    expect(ticket.priority).toBe('green');

    // Other tests' tickets breach too as the clock jumps; this one is followed by its own rows.
    const levels = async () =>
      (await t.services.db.prisma.ticketEscalation.findMany({ where: { ticketId: id } }))
        .map((r) => `${r.target}:${r.level}`)
        .sort();
    clock.set(new Date(ticket.firstResponseDueAt.getTime() - 60_000));
    await t.services.jobs.runNow('ticket-sla-sweep');
    expect(await levels()).toEqual([]);
    clock.set(new Date(ticket.firstResponseDueAt.getTime() + 60_000));
    await t.services.jobs.runNow('ticket-sla-sweep');
    await t.services.jobs.runNow('ticket-sla-sweep');
    expect(await levels()).toEqual(['first_response:street']);
    expect(await waitFor(() => textsTo(street.phone!).find((b) => b.includes(id)), 'the street lead')).toMatch(
      /首次响应已超时/,
    );
    expect(textsTo(street.phone!).filter((b) => b.includes(id))).toHaveLength(1);
    expect(textsTo(district.phone!).filter((b) => b.includes(id))).toEqual([]);

    clock.advanceMinutes(240); // green: the district lead 4 hours after the breach
    await t.services.jobs.runNow('ticket-sla-sweep');
    expect(await waitFor(() => textsTo(district.phone!).find((b) => b.includes(id)), 'the district lead')).toMatch(
      /首次响应已超时/,
    );
    const rows = await t.services.db.prisma.ticketEscalation.findMany({ where: { ticketId: id } });
    expect(rows.map((r) => `${r.target}:${r.level}`).sort()).toEqual([
      'first_response:district',
      'first_response:street',
    ]);
    expect(await t.services.db.prisma.ticketEvent.count({ where: { ticketId: id, kind: 'escalated' } })).toBe(2);
  });
});
