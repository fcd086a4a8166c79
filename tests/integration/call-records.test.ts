/**
 * Call records are changed atomically: each change is written only onto the version it was decided on,
 * and a change that meets another one in between is applied onto it, so nothing either wrote is lost.
 * On the embedded database and, where it is installed, on a real PostgreSQL server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../db/database';
import { PrismaCallRecordRepository } from '../../db/call-record.repository';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const backends = [
  ['embedded', false],
  ...(postgresAvailable() || requirePg ? [['PostgreSQL', true] as const] : []),
] as const;

describe.each(backends)('call records on the %s database', (_name, onPostgres) => {
  let db: Database;
  let calls: PrismaCallRecordRepository;
  let pg: PostgresServer | undefined;
  let dataDir: string;
  let n = 0;
  const newCall = () => `CA${process.pid}x${++n}`;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-calls-'));
    if (onPostgres) pg = await startPostgres();
    db = await openDatabase({ databaseUrl: pg?.createDatabase('hotline_calls'), dataDir });
    calls = new PrismaCallRecordRepository(db.prisma);
  });
  afterAll(async () => {
    await db?.close();
    pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('two changes decided on the same state both land; the more serious outcome is kept', async () => {
    const sid = newCall();
    const read = await calls.open(sid, '+8613900000001', 'zh', { steps: ['menu'] });
    await calls.save(read, { steps: ['dial_emergency:completed'], outcome: 'sent_to_120' });
    // Decided on the state before the first change: a read-modify-write would drop the first one.
    const after = await calls.save(read, { steps: ['callback'], outcome: 'callback', callbackRecordingUrl: 'u' });
    expect(after.path).toEqual(['menu', 'dial_emergency:completed', 'callback']);
    expect(after.outcome).toBe('sent_to_120');
    expect(after.version).toBe(read.version + 2);
  });

  it('20 changes at once from one read state: every step stored once', async () => {
    const sid = newCall();
    const read = await calls.open(sid, '+8613900000002', 'zh');
    const steps = Array.from({ length: 20 }, (_, i) => `step-${i}`);
    await Promise.all(steps.map((step) => calls.save(read, { steps: [step] })));
    const stored = await calls.find(sid);
    expect([...stored!.path].sort()).toEqual([...steps].sort());
    expect(stored!.version).toBe(read.version + 20);
  });

  it('one menu step answered by two deliveries at once is written once; both get the same TwiML', async () => {
    const sid = newCall();
    const read = await calls.open(sid, '+8613900000003', 'zh', { steps: ['menu'] });
    const [a, b] = await Promise.all([
      calls.answer(read, { steps: ['menu:silence'], misses: 1 }, { step: 1, twiml: '<Response>a</Response>' }),
      calls.answer(read, { steps: ['menu:silence'], misses: 1 }, { step: 1, twiml: '<Response>b</Response>' }),
    ]);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(a.twiml).toBe(b.twiml);
    const stored = await calls.find(sid);
    expect(stored).toMatchObject({ path: ['menu', 'menu:silence'], misses: 1, answeredSteps: 1, stepTwiml: a.twiml });
    // The next step is answered normally.
    const next = await calls.answer(stored!, { steps: ['menu:1'], misses: 0 }, { step: 2, twiml: '<Response/>' });
    expect(next.duplicate).toBe(false);
  });
});
