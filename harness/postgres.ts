/**
 * A throwaway PostgreSQL cluster for the tests that need a real server: initdb into a temp
 * directory, start it on a free loopback port, drop it all afterwards. Needs Debian's
 * `postgresql` package (.ci/run installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface PostgresServer {
  url: string;
  /** A fresh, empty database on the same server. */
  createDatabase(name: string): string;
  /** Stops the server as a crash would (immediate shutdown), keeping its data for `resume`. */
  halt(): void;
  /** Starts a halted server again on the same port. */
  resume(): void;
  stop(): void;
}

export function findPostgresBin(): string | undefined {
  const candidates = ['/usr/lib/postgresql'].filter(existsSync).flatMap((base) =>
    readdirSync(base)
      .sort()
      .reverse()
      .map((v) => path.join(base, v, 'bin')),
  );
  return candidates.find((dir) => existsSync(path.join(dir, 'initdb')));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** initdb refuses to run as root: run the server's tools as the postgres user then. */
function asServerUser(bin: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  const cmd = isRoot ? 'runuser' : bin;
  const argv = isRoot ? ['-u', 'postgres', '--', bin, ...args] : args;
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} failed: ${result.stderr || result.stdout}`);
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL server binaries not found (apt-get install postgresql)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hotline-pg-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  asServerUser(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'hotline',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  const start = () =>
    asServerUser(path.join(bin, 'pg_ctl'), [
      '-D',
      dataDir,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      'start',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    ]);
  start();
  const psql = (sql: string) =>
    execFileSync(path.join(bin, 'psql'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'hotline',
      '-d',
      'postgres',
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      sql,
    ]);
  const urlFor = (db: string) => `postgresql://hotline@127.0.0.1:${port}/${db}`;
  return {
    url: urlFor('postgres'),
    createDatabase(name) {
      psql(`CREATE DATABASE "${name}"`);
      return urlFor(name);
    },
    halt() {
      asServerUser(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    },
    resume() {
      start();
    },
    stop() {
      try {
        asServerUser(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Whether this machine can run the PostgreSQL tests; CI must (it installs the server). */
export function postgresAvailable(): boolean {
  return findPostgresBin() !== undefined;
}
