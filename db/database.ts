/**
 * Opens the service's database: embedded PGlite under DATA_DIR by default, a PostgreSQL server
 * when DATABASE_URL says so. Both speak the same schema and migration history.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from './generated/client';
import { applyMigrations, openSchemaEngine } from './schema-engine';
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

async function embeddedBackend(dataDir: string): Promise<Backend> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  const dir = path.resolve(dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir);
  return { factory: new PrismaPGlite(client), close: () => client.close() };
}

async function postgresBackend(url: string): Promise<Backend> {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  return { factory: new PrismaPg({ connectionString: url, max: 10 }), close: async () => undefined };
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const backend = opts.databaseUrl ? await postgresBackend(opts.databaseUrl) : await embeddedBackend(opts.dataDir);
  const applied = await migrate(backend.factory, opts.log);
  const prisma = new PrismaClient({ adapter: backend.factory });
  await prisma.$connect();
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

async function migrate(factory: SqlMigrationAwareDriverAdapterFactory, log?: (line: string) => void): Promise<string[]> {
  const tracked = trackConnections(factory);
  const engine = await openSchemaEngine(tracked.factory, log);
  try {
    return await applyMigrations(engine);
  } finally {
    engine.free();
    await tracked.disposeAll();
  }
}
