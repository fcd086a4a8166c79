/**
 * Start-to-healthy time and memory of the service as `npm start` runs it (compiled, after its build
 * step, which this script runs once up front), on a first start (empty DATA_DIR:
 * database created, model trained) and on later starts (model saved, database migrated).
 *   npx tsx bench/startup.bench.ts [restarts=3]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startFlags } from './lib/start-flags';

const ROOT = path.join(__dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function startOnce(dataDir: string): Promise<{ ms: number; rss: number; rssAfterTraffic: number }> {
  const port = await freePort();
  const t0 = Date.now();
  // The command `npm start` runs after its build step (bench/README: the build is done once up front).
  const child = spawn(process.execPath, [...startFlags(), 'dist/server/server.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      const res = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      if (res?.status === 200) break;
      if (Date.now() - t0 > 120_000) throw new Error('not healthy after 120 s');
      await new Promise((r) => setTimeout(r, 25));
    }
    const ms = Date.now() - t0;
    const rss = rssMb(child.pid!);
    for (let i = 0; i < 300; i++) {
      await fetch(`http://127.0.0.1:${port}/api/v1/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          sessionId: `s${i % 30}`,
          text: i % 2 ? '布洛芬一次吃多少' : 'Can I take NyQuil with Tylenol?',
        }),
      });
    }
    return { ms, rss, rssAfterTraffic: rssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function main() {
  execFileSync(process.execPath, ['scripts/build.js'], { cwd: ROOT });
  const restarts = Number(process.argv[2] ?? 3);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-start-'));
  try {
    const first = await startOnce(dataDir);
    console.log(
      `first start (create database, train model): ${first.ms} ms to healthy, RSS ${first.rss.toFixed(0)} MB`,
    );
    for (let i = 0; i < restarts; i++) {
      const r = await startOnce(dataDir);
      console.log(
        `restart ${i + 1}: ${r.ms} ms to healthy, RSS ${r.rss.toFixed(0)} MB, after 300 chat turns ${r.rssAfterTraffic.toFixed(0)} MB`,
      );
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
