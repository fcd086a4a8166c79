/**
 * What the service holds at ready (issue 15): starts it as `npm start` runs it (compiled, its own
 * process) on the embedded database and on a throwaway PostgreSQL, the second start with a saved model,
 * and once healthy reports RSS, V8's heap spaces and external memory (from /metrics), then takes a heap
 * snapshot (`--heapsnapshot-signal`) and lists its top retainers by retained size (dominator tree).
 *
 *   npx tsx scripts/heap-at-ready.ts [--only=embedded|postgresql] [--keep=DIR] [--node-flags=--a,--b]
 *   npx tsx scripts/heap-at-ready.ts --analyse=FILE.heapsnapshot     # only the analysis of a saved snapshot
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startPostgres, type PostgresServer } from '../harness/postgres';
import { TWILIO_TEST_ENV } from '../harness/twilio-webhooks';
import { analyseSnapshot } from './heap-snapshot-top';
import { startFlags } from '../bench/lib/start-flags';

const ROOT = path.join(__dirname, '..');
const MB = 1024 * 1024;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssOf(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

/** RSS by mapping (/proc/PID/smaps): the binary, shared libraries, anonymous memory (V8's heap, malloc, WebAssembly). */
function rssByMapping(pid: number): string[] {
  const by = new Map<string, number>();
  let current = '';
  for (const l of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(l);
    if (head) current = head[1] ? path.basename(head[1]) : '[anonymous]';
    const rss = /^Rss:\s+(\d+) kB/.exec(l);
    if (rss) by.set(current, (by.get(current) ?? 0) + Number(rss[1]) / 1024);
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, mb]) => `RSS ${mb.toFixed(1).padStart(6)} MB  ${name}`);
}

/** The memory figures prom-client's default metrics give, in MB. */
function memoryMetrics(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(
    /^(nodejs_heap_size_used_bytes|nodejs_heap_size_total_bytes|nodejs_external_memory_bytes) (\S+)/gm,
  ))
    out.push(`${m[1]} ${(Number(m[2]) / MB).toFixed(1)} MB`);
  for (const m of text.matchAll(/^nodejs_heap_space_size_used_bytes\{space="(\w+)"\} (\S+)/gm))
    if (Number(m[2]) > MB) out.push(`  heap space ${m[1]} used ${(Number(m[2]) / MB).toFixed(1)} MB`);
  return out;
}

async function start(dataDir: string, databaseUrl: string | undefined, flags: string[]) {
  const port = await freePort();
  const child = spawn(process.execPath, [...flags, ...startFlags(), 'dist/server/server.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...TWILIO_TEST_ENV,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl ?? '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((r) => child.once('exit', r));
  const t0 = Date.now();
  for (;;) {
    const res = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
    if (res?.status === 200) break;
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    if (Date.now() - t0 > 120_000) throw new Error('not healthy after 120 s');
    await sleep(50);
  }
  return {
    pid: child.pid!,
    port,
    startMs: Date.now() - t0,
    async close() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Waits until a new .heapsnapshot appears in dir and stops growing. */
async function snapshotIn(dir: string): Promise<string> {
  for (let last = -1; ; await sleep(500)) {
    const file = readdirSync(dir).find((f) => f.endsWith('.heapsnapshot'));
    if (!file) continue;
    const size = statSync(path.join(dir, file)).size;
    if (size > 0 && size === last) return path.join(dir, file);
    last = size;
  }
}

async function measure(
  kind: 'embedded' | 'postgresql',
  pg: PostgresServer | undefined,
  o: { nodeFlags: string[]; keep?: string },
) {
  const url = pg?.createDatabase(`hotline_heap_${Date.now()}`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-heap-'));
  const snapDir = o.keep ? path.join(o.keep, kind) : mkdtempSync(path.join(os.tmpdir(), 'hotline-heap-snap-'));
  mkdirSync(snapDir, { recursive: true });
  try {
    // The first start creates the database and trains the model; the second loads both saved.
    await (await start(dataDir, url, [])).close();
    const service = await start(dataDir, url, [
      '--heapsnapshot-signal=SIGUSR2',
      `--diagnostic-dir=${snapDir}`,
      ...o.nodeFlags,
    ]);
    await sleep(3000);
    const metrics = await (await fetch(`http://127.0.0.1:${service.port}/metrics`)).text();
    console.log(`\n— ${kind}: healthy in ${service.startMs} ms; RSS ${rssOf(service.pid).toFixed(0)} MB at ready`);
    for (const l of [...memoryMetrics(metrics), ...rssByMapping(service.pid)]) console.log(`  ${l}`);
    process.kill(service.pid, 'SIGUSR2');
    const file = await snapshotIn(snapDir);
    await service.close();
    console.log(`  snapshot ${file} (${(statSync(file).size / MB).toFixed(0)} MB)`);
    analyseSnapshot(file, (l) => console.log(`  ${l}`));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    if (!o.keep) rmSync(snapDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const analyse = argv.find((a) => a.startsWith('--analyse='))?.split('=')[1];
  if (analyse) return analyseSnapshot(analyse, (l) => console.log(l));
  const only = argv.find((a) => a.startsWith('--only='))?.split('=')[1];
  const keep = argv.find((a) => a.startsWith('--keep='))?.split('=')[1];
  const nodeFlags = (argv.find((a) => a.startsWith('--node-flags='))?.slice('--node-flags='.length) ?? '')
    .split(',')
    .filter(Boolean);
  console.log(
    `heap at ready; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  execFileSync(process.execPath, ['scripts/build.js'], { cwd: ROOT });
  let pg: PostgresServer | undefined;
  try {
    for (const kind of ['embedded', 'postgresql'] as const) {
      if (only && only !== kind) continue;
      if (kind === 'postgresql') pg = await startPostgres();
      await measure(kind, pg, { nodeFlags, keep });
    }
  } finally {
    pg?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
