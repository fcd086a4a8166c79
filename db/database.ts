/**
 * Opens the service's database: embedded PGlite under DATA_DIR by default, a PostgreSQL server
 * when DATABASE_URL says so. Both speak the same schema and migration history.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from './generated/client';
import { applyMigrations, openSchemaEngine, readMigrations } from './schema-engine';
import { trackConnections } from './tracked-factory';
import { LocalTurnLock, type TurnLock } from '../conversation/turn-lock.port';
import { AdvisoryTurnLock } from './turn-lock';
import { embeddedChangeFeed, postgresChangeFeed, type ChangeFeed } from './change-feed';
import { countPgliteStatements, countPgStatements } from './sql-count';

/** Turns one instance runs at once on PostgreSQL, each holding a lock connection (see db/turn-lock.ts). */
const TURN_LOCK_CONNECTIONS = 16;

export type Db = PrismaClient;

export interface DatabaseOptions {
  /** postgresql://… or undefined for the embedded database. */
  databaseUrl?: string;
  dataDir: string;
  log?: (line: string) => void;
}

/** What the job queue (jobs/) needs to reach the same database. */
export type SqlConnection =
  | { kind: 'postgresql'; url: string }
  | { kind: 'embedded'; executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

/**
 * A statement straight to the driver (pg's pool, or PGlite), bypassing Prisma's per-query work: for
 * the few statements every turn runs. PGlite runs it only between transactions, never inside one.
 * `name` makes it a prepared statement on each PostgreSQL connection (parsed and planned once).
 */
export type RawQuery = <T>(text: string, values: unknown[], name?: string) => Promise<T[]>;

export interface Database {
  prisma: PrismaClient;
  query: RawQuery;
  /**
   * For a turn's write statement: on PostgreSQL group-committed with the concurrent turns' writes
   * (db/group-commit.ts; resolves after the commit), embedded the same as `query`.
   */
  commitQuery: RawQuery;
  kind: 'embedded' | 'postgresql';
  /** For pg-boss: the server's URL, or the embedded database's serialised SQL executor. */
  sql: SqlConnection;
  /** Migrations applied by this open (empty when the database was already current). */
  applied: string[];
  /** Serialises the turns of one conversation: across instances on PostgreSQL, in-process when embedded. */
  turnLock: TurnLock;
  /** LISTEN/NOTIFY: what caches hear of changes made by any instance (db/change-feed.ts). */
  changes: ChangeFeed;
  close(): Promise<void>;
}

interface Backend {
  factory: SqlMigrationAwareDriverAdapterFactory;
  query: RawQuery;
  commitQuery?: RawQuery;
  sql: SqlConnection;
  turnLock: TurnLock;
  changes: ChangeFeed;
  close(): Promise<void>;
}

/**
 * The embedded server runs inside this process, so its memory is the service's memory.
 * PostgreSQL's default 128 MB of shared buffers would double the service's RSS for a database
 * that holds conversations and tickets; 16 MB keeps the working set of one district in memory.
 */
const EMBEDDED_SETTINGS = ['-c', 'shared_buffers=16MB'];

async function embeddedBackend(dataDir: string): Promise<Backend> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  const dir = path.resolve(dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const client = await PGlite.create({
    dataDir: dir,
    startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS],
  });
  countPgliteStatements(client);
  return {
    factory: new PrismaPGlite(client),
    query: async <T>(text: string, values: unknown[]) => (await client.query<T>(text, values)).rows,
    sql: serialisedExecutor(client),
    turnLock: new LocalTurnLock(),
    changes: embeddedChangeFeed(client),
    close: () => client.close(),
  };
}

async function postgresBackend(url: string): Promise<Backend> {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const { PriorityPool } = await import('./priority-pool');
  countPgStatements((await import('pg')).Client);
  const turnLock = new AdvisoryTurnLock(url, TURN_LOCK_CONNECTIONS);
  const changes = postgresChangeFeed(url);
  // One pool for Prisma and for the statements sent straight to the driver; an emergency's turn is
  // served first when it has to wait for a connection (db/priority-pool.ts).
  const pool = new PriorityPool({ connectionString: url, max: 10 });
  pool.on('error', () => undefined);
  const { GroupCommit } = await import('./group-commit');
  const group = new GroupCommit(pool);
  return {
    factory: new PrismaPg(pool),
    query: async <T>(text: string, values: unknown[], name?: string) =>
      (await pool.query({ text, values, name })).rows as T[],
    commitQuery: <T>(text: string, values: unknown[], name?: string) => group.run<T>(text, values, name),
    sql: { kind: 'postgresql', url },
    turnLock,
    changes,
    close: async () => {
      await turnLock.close();
      await pool.end();
    },
  };
}

type PGliteClient = import('@electric-sql/pglite').PGlite;

/**
 * pg-boss on the embedded database: one statement at a time, in order. A statement with parameters
 * goes through the extended protocol (`query`); pg-boss's parameterless multi-statement scripts
 * (BEGIN; …; COMMIT) through `exec`, answering with the rows of the statement that returned some.
 * PGlite holds a transaction's lock for both, so neither interleaves with a Prisma transaction —
 * which also means nothing may queue a job from inside a transaction on the embedded database.
 */
function serialisedExecutor(client: PGliteClient): SqlConnection {
  let last: Promise<unknown> = Promise.resolve();
  const run = async (text: string, values?: unknown[]) => {
    if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
    const results = await client.exec(text);
    return { rows: [...results].reverse().find((r) => r.rows.length > 0)?.rows ?? [] };
  };
  return {
    kind: 'embedded',
    executeSql(text, values) {
      const next = last.then(() => run(text, values));
      last = next.catch(() => undefined);
      return next;
    },
  };
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const backend = opts.databaseUrl ? await postgresBackend(opts.databaseUrl) : await embeddedBackend(opts.dataDir);
  const prisma = new PrismaClient({ adapter: backend.factory });
  await prisma.$connect();
  // The schema engine is large; load it only when there is something to apply.
  const applied = (await isUpToDate(prisma)) ? [] : await migrate(backend.factory, opts.log);
  await announceChanges(prisma);
  return {
    prisma,
    query: backend.query,
    commitQuery: backend.commitQuery ?? backend.query,
    kind: opts.databaseUrl ? 'postgresql' : 'embedded',
    sql: backend.sql,
    applied,
    turnLock: backend.turnLock,
    changes: backend.changes,
    async close() {
      await backend.changes.close();
      await prisma.$disconnect();
      await backend.close();
    },
  };
}

/**
 * Every change to a Caller or KeyPerson row is announced (NOTIFY caller_changed / key_person_changed
 * with the phone number, delivered on commit), so each instance's caches forget it
 * (db/caller.repository.ts, db/key-people.repository.ts), whoever made the change. Installed at every open rather than as a migration: the migration runner behind the pg
 * adapter splits scripts at every semicolon, a function body's too. Idempotent, and serialised so that
 * instances starting together do not replace the function at the same moment.
 */
async function announceChanges(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction([
    prisma.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtextextended('hotline:install-triggers', 0))`),
    prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION "caller_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('caller_changed', COALESCE(NEW."phone", OLD."phone"));
        RETURN NULL;
      END;
      $$`),
    prisma.$executeRawUnsafe(`
      CREATE OR REPLACE TRIGGER "Caller_changed" AFTER INSERT OR UPDATE OR DELETE ON "Caller"
        FOR EACH ROW EXECUTE FUNCTION "caller_changed"()`),
    // A key person's number may change: both the number they had and the one they have now are announced.
    prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION "key_person_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('key_person_changed', OLD."phone"); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('key_person_changed', NEW."phone"); END IF;
        RETURN NULL;
      END;
      $$`),
    prisma.$executeRawUnsafe(`
      CREATE OR REPLACE TRIGGER "KeyPerson_changed" AFTER INSERT OR UPDATE OR DELETE ON "KeyPerson"
        FOR EACH ROW EXECUTE FUNCTION "key_person_changed"()`),
  ]);
}

/** Every migration in the folder is recorded as applied, with the checksum of the file as it is now. */
async function isUpToDate(prisma: PrismaClient): Promise<boolean> {
  let rows: { migration_name: string; checksum: string }[];
  try {
    rows =
      await prisma.$queryRaw`SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  } catch {
    return false; // no history table yet: a new database
  }
  const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  return readMigrations().migrationDirectories.every(
    (m) => applied.get(m.path) === createHash('sha256').update(m.migrationFile.content.value).digest('hex'),
  );
}

async function migrate(
  factory: SqlMigrationAwareDriverAdapterFactory,
  log?: (line: string) => void,
): Promise<string[]> {
  const tracked = trackConnections(factory);
  const engine = await openSchemaEngine(tracked.factory, log);
  try {
    return await applyMigrations(engine);
  } finally {
    engine.free();
    await tracked.disposeAll();
  }
}
