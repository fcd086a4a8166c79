/**
 * Callers' flags are kept in memory on each instance (db/caller.repository.ts) and forgotten when the
 * database announces a change: an opt-out texted to one instance is respected by the other, and so is
 * a change made by hand in the database; while the announcements cannot be heard, nothing is kept.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CachedCallerRepository, PrismaCallerRepository } from '../../db/caller.repository';
import { openDatabase, type Database } from '../../db/database';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';
import { waitFor } from '../../harness/wait';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;

const cached = (db: Database) => new CachedCallerRepository(new PrismaCallerRepository(db.prisma), db.changes);

describePg('callers kept in memory, two instances on PostgreSQL', () => {
  let pg: PostgresServer;
  let a: Database;
  let b: Database;

  beforeAll(async () => {
    pg = await startPostgres();
    const url = pg.createDatabase('hotline_caller_cache');
    a = await openDatabase({ databaseUrl: url, dataDir: 'unused' });
    b = await openDatabase({ databaseUrl: url, dataDir: 'unused' });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    pg?.stop();
  });

  it('respects on one instance an opt-out texted to the other, and a change made by hand', async () => {
    const onA = cached(a);
    const onB = cached(b);
    const phone = '+8613800001111';
    // Remembered on A (as nobody) once its feed is listening.
    await waitFor(async () => {
      await onA.find(phone);
      return onA.cache.has(phone);
    }, 'A to keep the caller');
    await onB.setSmsOptOut(phone, true);
    await waitFor(async () => (await onA.find(phone))?.smsOptOut === true, 'A to hear of the opt-out');

    await b.prisma.caller.update({ where: { phone }, data: { elderly: true } });
    await waitFor(async () => (await onA.find(phone))?.elderly === true, 'A to hear of the change by hand');

    await onA.setSmsOptOut(phone, false);
    expect((await onA.find(phone))?.smsOptOut).toBe(false);
    await waitFor(async () => (await onB.find(phone))?.smsOptOut === false, 'B to hear of the opt-in');
  });

  it('reads the database while it cannot hear the announcements', async () => {
    const phone = '+8613800002222';
    const onA = cached(a);
    await waitFor(async () => {
      await onA.find(phone);
      return onA.cache.has(phone);
    }, 'A to keep the caller');
    // The listening connection is cut: A must not answer from memory until it listens again.
    await b.prisma.$executeRawUnsafe(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
    );
    const live = () => onA.cache.live();
    await waitFor(() => !live(), 'A to notice it cannot hear');
    await b.prisma.caller.upsert({ where: { phone }, create: { phone, smsOptOut: true }, update: { smsOptOut: true } });
    expect((await onA.find(phone))?.smsOptOut).toBe(true);
    // Listening again, it keeps callers again, and hears of changes again.
    await waitFor(live, 'A to listen again');
    await b.prisma.caller.update({ where: { phone }, data: { smsOptOut: false } });
    await waitFor(async () => (await onA.find(phone))?.smsOptOut === false, 'A to hear of the opt-in');
  });
});

describe('callers kept in memory, embedded database', () => {
  it('forgets a caller changed in the database by anything else than the cache', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-callers-'));
    const db = await openDatabase({ dataDir });
    try {
      const callers = cached(db);
      const phone = '+8613800003333';
      await waitFor(async () => {
        await callers.find(phone);
        return callers.cache.has(phone);
      }, 'the caller to be kept');
      await db.prisma.caller.create({ data: { phone, elderly: true } });
      await waitFor(async () => (await callers.find(phone))?.elderly === true, 'the change to be heard');
      await callers.setSmsOptOut(phone, true);
      expect(await callers.find(phone)).toMatchObject({ elderly: true, smsOptOut: true });
    } finally {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
