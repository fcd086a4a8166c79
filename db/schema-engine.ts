/**
 * Prisma's schema engine as WebAssembly, so migrations run on machines that cannot download
 * the native engine. The migrations folder and the `_prisma_migrations` table are the standard
 * ones: the native CLI can take over wherever it can download its engine.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

export const SCHEMA_PATH = path.join(__dirname, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

/* The engine's own types live in an ESM-only package; these are the parts used here. */
interface MigrationList {
  baseDir: string;
  lockfile: { path: string; content: string | null };
  shadowDbInitScript: string;
  migrationDirectories: { path: string; migrationFile: { path: string; content: { tag: 'ok'; value: string } } }[];
}
type DiffTarget =
  | { tag: 'empty' }
  | ({ tag: 'migrations' } & MigrationList)
  | { tag: 'schemaDatamodel'; files: { path: string; content: string }[] };
export interface WasmSchemaEngine {
  applyMigrations(input: {
    migrationsList: MigrationList;
    filters: Filters;
  }): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode?: boolean;
    filters: Filters;
  }): Promise<{ exitCode: number; stdout: string | null }>;
  diagnoseMigrationHistory(input: {
    migrationsList: MigrationList;
    optInToShadowDatabase: boolean;
    filters: Filters;
  }): Promise<unknown>;
  free(): void;
}
interface Filters {
  externalTables: string[];
  externalEnums: string[];
}
const NO_FILTERS: Filters = { externalTables: [], externalEnums: [] };

/* The WebAssembly global, typed only as far as used (the project's TypeScript libs do not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (
    module: object,
    imports: Record<string, Record<string, unknown>>,
  ) => { exports: Record<string, unknown> };
}
const { WebAssembly: wasmApi } = globalThis as unknown as { WebAssembly: WasmApi };

let glueReady = false;

function loadGlue(): { SchemaEngine: { new: (...args: unknown[]) => Promise<WasmSchemaEngine> } } {
  // Importing the package main fails on Node 20 (it imports a .wasm as a module); wire the glue by hand.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const glue = require('@prisma/schema-engine-wasm/schema_engine_bg');
  if (!glueReady) {
    const wasmPath = path.join(
      path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    const instance = new wasmApi.Instance(new wasmApi.Module(readFileSync(wasmPath)), {
      './schema_engine_bg.js': withUnrefTimers(glue),
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    glueReady = true;
  }
  return glue;
}

/**
 * The engine arms ~10 s timers (connection timeouts) that would keep a finished process alive;
 * unref them so the service and the migration CLI exit as soon as their work is done.
 */
function withUnrefTimers(glue: Record<string, unknown>): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const [name, fn] of Object.entries(glue)) {
    if (name.startsWith('__wbg_setTimeout_') && typeof fn === 'function') {
      imports[name] = (...args: unknown[]) => {
        const timer = (fn as (...a: unknown[]) => unknown)(...args);
        (timer as { unref?: () => void })?.unref?.();
        return timer;
      };
    }
  }
  return imports;
}

export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  log: (line: string) => void = () => undefined,
): Promise<WasmSchemaEngine> {
  const { SchemaEngine } = loadGlue();
  const datamodel = readFileSync(SCHEMA_PATH, 'utf8');
  return SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, datamodel]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, 'migration_lock.toml');
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/** Applies every migration not yet applied; returns their names. */
export async function applyMigrations(engine: WasmSchemaEngine, dir = MIGRATIONS_DIR): Promise<string[]> {
  const result = await engine.applyMigrations({ migrationsList: readMigrations(dir), filters: NO_FILTERS });
  return result.appliedMigrationNames;
}

/** SQL that takes a database from the migrations folder to the current schema ("" when in step). */
export async function diffMigrationsToSchema(engine: WasmSchemaEngine, dir = MIGRATIONS_DIR): Promise<string> {
  const migrations = readMigrations(dir);
  const from: DiffTarget = migrations.migrationDirectories.length
    ? { tag: 'migrations', ...migrations }
    : { tag: 'empty' };
  const to: DiffTarget = {
    tag: 'schemaDatamodel',
    files: [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, 'utf8') }],
  };
  const result = await engine.diff({ from, to, script: true, filters: NO_FILTERS });
  return result.stdout ?? '';
}

export async function migrationStatus(engine: WasmSchemaEngine, dir = MIGRATIONS_DIR): Promise<unknown> {
  return engine.diagnoseMigrationHistory({
    migrationsList: readMigrations(dir),
    optInToShadowDatabase: false,
    filters: NO_FILTERS,
  });
}
