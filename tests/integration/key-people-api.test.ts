/**
 * The register over the staff API and its CSV import as a process: scope like tickets (another
 * community's person is 404 and absent from the list), last contact and next due, every change
 * audited, an override needs a reason, a registered number known on SMS and voice; and
 * `npm run people:import` all or nothing with errors by line, updates by phone.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ManualClock } from '../../core/clock';
import { REGISTER_HEADER } from '../../harness/key-people';
import { addStaff, signIn, type SignedIn } from '../../harness/staff';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { postTwilio, spokenLines, twilioCall, twilioSid, TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';

const run = promisify(execFile);
const clock = new ManualClock(new Date('2026-11-29T16:30:00Z')); // Monday 00:30 in Hangzhou
let t: TestApp;
let wang: SignedIn;
let chen: SignedIn;

beforeAll(async () => {
  t = await startTestApp(TWILIO_TEST_ENV, { clock, scheduleSweep: false });
  await addStaff(t, { username: 'wang', name: '王专员', role: 'commissioner', communities: ['gs-dg-xiyi'] });
  await addStaff(t, { username: 'chen', name: '陈专员', role: 'commissioner', communities: ['gs-dg-dongyi'] });
  wang = await signIn(t.app, 'wang');
  chen = await signIn(t.app, 'chen');
  const csv = [
    REGISTER_HEADER,
    '王奶奶,+8613800000011,gs-dg-xiyi,auto,85,hypertension;diabetes,yes,yes,sms,09:00,',
    '"Li, Ye",+86 138 0000 0012,东一社区,auto,30,,,yes,voice,,',
  ].join('\n');
  expect(await t.services.keyPeople.register.importCsv(csv, 'import')).toEqual({ ok: true, created: 2, updated: 0 });
  await t.services.keyPeople.checkIns.plan();
});
afterAll(async () => {
  await t?.close();
});

const list = async (s: SignedIn) => (await s.inject({ method: 'GET', url: '/api/v1/key-people' })).json().people;

describe('GET /api/v1/key-people', () => {
  it('needs a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/key-people' });
    expect([res.statusCode, res.json().error.code]).toEqual([401, 'unauthenticated']);
  });

  it("lists only the commissioner's own community, with the grade, how it was set, and the next contact due", async () => {
    const mine = await list(wang);
    expect(mine.map((p: { name: string }) => p.name)).toEqual(['王奶奶']);
    expect(mine[0]).toMatchObject({
      grade: 'red',
      gradeSource: 'rule',
      gradeReason: 'red.80-unstable',
      conditions: ['hypertension', 'diabetes'],
      lastContactAt: null,
      // Monday 09:00 in Hangzhou.
      nextDueAt: '2026-11-30T01:00:00.000Z',
    });
    expect((await list(chen)).map((p: { name: string; phone: string }) => [p.name, p.phone])).toEqual([
      ['Li, Ye', '+8613800000012'],
    ]);
  });

  it("answers another community's person exactly like one that does not exist", async () => {
    const [theirs] = await list(chen);
    const res = await wang.inject({ method: 'GET', url: `/api/v1/key-people/${theirs.id}` });
    expect([res.statusCode, res.json().error.code]).toEqual([404, 'not_found']);
    const none = await wang.inject({ method: 'GET', url: '/api/v1/key-people/00000000-0000-0000-0000-000000000000' });
    expect(none.statusCode).toBe(404);
  });
});

describe('changing a person', () => {
  it('re-grades with a reason, keeps the override on later edits, and audits each change', async () => {
    const [p] = await list(wang);
    const noReason = await wang.inject({
      method: 'PATCH',
      url: `/api/v1/key-people/${p.id}`,
      payload: { grade: 'yellow' },
    });
    expect([noReason.statusCode, noReason.json().error.code]).toEqual([400, 'invalid_person']);
    expect(noReason.json().error.message).toMatch(/grade_reason/);
    const regraded = await wang.inject({
      method: 'PATCH',
      url: `/api/v1/key-people/${p.id}`,
      payload: { grade: 'yellow', grade_reason: '家属同住，血压已稳定' },
    });
    expect(regraded.statusCode).toBe(200);
    expect(regraded.json().person).toMatchObject({
      grade: 'yellow',
      gradeSource: 'override',
      gradeReason: '家属同住，血压已稳定',
    });
    const edited = await wang.inject({
      method: 'PATCH',
      url: `/api/v1/key-people/${p.id}`,
      payload: { notes: '耳背，请大声' },
    });
    expect(edited.json().person).toMatchObject({ grade: 'yellow', gradeSource: 'override', notes: '耳背，请大声' });
    const detail = (await wang.inject({ method: 'GET', url: `/api/v1/key-people/${p.id}` })).json();
    expect(detail.events.map((e: { kind: string; actor: string }) => e.kind)).toEqual([
      'created',
      'regraded',
      'updated',
    ]);
    expect(detail.events[1]).toMatchObject({ changes: { grade: ['red', 'yellow'] }, note: '家属同住，血压已稳定' });
    expect(detail.events[1].actor).toMatch(/^staff:/);
    const back = await wang.inject({ method: 'PATCH', url: `/api/v1/key-people/${p.id}`, payload: { grade: 'auto' } });
    expect(back.json().person).toMatchObject({ grade: 'red', gradeSource: 'rule' });
  });

  it('refuses a change without the CSRF token, and a person in a community that is not the account’s', async () => {
    const [p] = await list(wang);
    const noCsrf = await wang.inject({
      method: 'PATCH',
      url: `/api/v1/key-people/${p.id}`,
      payload: { notes: 'x' },
      csrf: false,
    });
    expect(noCsrf.statusCode).toBe(403);
    const elsewhere = await wang.inject({
      method: 'POST',
      url: '/api/v1/key-people',
      payload: { name: '张三', phone: '+8613800000019', community: 'gs-dg-dongyi', grade: 'auto' },
    });
    expect([elsewhere.statusCode, elsewhere.json().error.message]).toEqual([400, 'community: not one of yours']);
    const dup = await wang.inject({
      method: 'POST',
      url: '/api/v1/key-people',
      payload: { name: '重复', phone: '+8613800000011', community: 'gs-dg-xiyi', grade: 'auto' },
    });
    expect(dup.statusCode).toBe(409);
  });
});

describe('a registered number on every channel', () => {
  it('SMS: her age and conditions count in the medicine answer and the screen without her saying them', async () => {
    const res = await postTwilio(t.app, '/twilio/sms', {
      MessageSid: twilioSid('SM'),
      From: '+8613800000011',
      Body: '我发烧了，有点咳嗽',
    });
    // 80+ with a symptom: a clinician today (the screen's key-population rule), never "no need".
    expect(spokenLines(res.body).join('\n')).toMatch(/发热门诊|家庭医生|就医/);
    const c = await t.services.db.prisma.conversation.findFirstOrThrow({ where: { address: '+8613800000011' } });
    const message = await t.services.db.prisma.message.findFirstOrThrow({
      where: { conversationId: c.id, direction: 'in' },
    });
    expect(message.triage).toBe('urgent');
  });

  it('voice: a 65+ registered caller goes straight to the operator', async () => {
    const call = twilioCall(t.app, '+8613800000011');
    const res = await call.post('/twilio/voice');
    expect(res.body).toContain(`<Dial`);
    expect(res.body).toContain(TWILIO_TEST_ENV.OPERATOR_NUMBER);
    const younger = await twilioCall(t.app, '+8613800000012').post('/twilio/voice');
    expect(younger.body).toMatch(/<Gather/);
  });
});

describe('npm run people:import', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'people-import-'));
  const file = (name: string, lines: string[]) => {
    const p = path.join(dir, name);
    writeFileSync(p, lines.join('\n'));
    return p;
  };
  const importFile = (p: string) =>
    run(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/people-import.ts', p], {
      env: { ...process.env, DATA_DIR: dir, LOG_LEVEL: 'silent' },
      timeout: 180_000,
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('imports nothing from a file with errors and names each bad line; then adds, then updates by phone', async () => {
    const bad = file('bad.csv', [
      'name,phone,community,grade,age',
      '周奶奶,+8613800000021,gs-dg-xiyi,auto,81',
      ',12345,nowhere,purple,abc',
      '吴爷爷,+8613800000021,gs-dg-xiyi,auto,70',
    ]);
    const failed = await importFile(bad);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/line 3: name: missing/);
    expect(failed.stderr).toMatch(/line 3: phone: "12345" is not a phone number/);
    expect(failed.stderr).toMatch(/line 3: community: "nowhere"/);
    expect(failed.stderr).toMatch(/line 3: grade: "purple"/);
    expect(failed.stderr).toMatch(/line 3: age: "abc"/);
    expect(failed.stderr).toMatch(/line 4: phone is also on line 2/);
    expect(failed.stderr).toMatch(/nothing imported/);
    const good = file('good.csv', ['name,phone,community,grade,age', '周奶奶,+8613800000021,gs-dg-xiyi,auto,81']);
    const first = await importFile(good);
    expect([first.code, first.stdout.trim()]).toEqual([0, `${good}: 1 added, 0 updated`]);
    const again = file('again.csv', [
      'name,phone,community,grade,age,notes',
      '周奶奶,13800000021,gs-dg-xiyi,auto,82,搬到三楼',
    ]);
    const second = await importFile(again);
    expect([second.code, second.stdout.trim()]).toEqual([0, `${again}: 0 added, 1 updated`]);
  }, 600_000);
});
