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

export type Db = PrismaClient;

export interface DatabaseOptions {
  /** postgresql://… or undefined for the embedded database. */
  databaseUrl?: string;
  dataDir: string;
  log?: (line: string) => void;
}

export interface Database {
  prisma: PrismaClient;
  kind: 'embedded' | 'postgresql';
  /** Migrations applied by this open (empty when the database was already current). */
  applied: string[];
  close(): Promise<void>;
}

interface Backend {
  factory: SqlMigrationAwareDriverAdapterFactory;
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
  return { factory: new PrismaPGlite(client), close: () => client.close() };
}

async function postgresBackend(url: string): Promise<Backend> {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  return { factory: new PrismaPg({ connectionString: url, max: 10 }), close: async () => undefined };
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const backend = opts.databaseUrl ? await postgresBackend(opts.databaseUrl) : await embeddedBackend(opts.dataDir);
  const prisma = new PrismaClient({ adapter: backend.factory });
  await prisma.$connect();
  // The schema engine is large; load it only when there is something to apply.
  const applied = (await isUpToDate(prisma)) ? [] : await migrate(backend.factory, opts.log);
  return {
    prisma,
    kind: opts.databaseUrl ? 'postgresql' : 'embedded',
    applied,
    async close() {
      await prisma.$disconnect();
      await backend.close();
    },
  };
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
