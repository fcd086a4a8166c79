/**
 * The hot path (issue 15): the signed SMS webhook and the chat API on both databases, every figure
 * beside a bare Fastify route that parses the same body and answers the same kind of reply, measured
 * in the same run with the same load tool (autocannon, in a process of its own).
 *
 *   npm run bench:hot-path -- [--total=2000] [--connections=16] [--rate=200] [--fixed-seconds=30]
 *                             [--soak=600] [--soak-rate=100] [--only=embedded|postgresql] [--no-soak]
 *                             [--cpu-prof=DIR] [--node-flags=--a,--b]
 *
 * Per database: closed-loop SMS and chat (req/s, ratio to the bare route, p50/p99, errors, RSS at start
 * and end); on PostgreSQL a fixed-rate run; then a soak at a fixed rate (SMS and chat together) with RSS
 * sampled. req/s is responses received over the wall time from the first request to the last response;
 * each run against the service also prints its SQL statements per turn (the service's /metrics) and the
 * service process's CPU per turn (/proc/PID/stat). The service runs as `npm start` runs it, in its own process, with the production settings
 * (limits per number and per session, the in-flight cap, info logs) except the per-address limit,
 * which one load generator on one address would hit, and shedding on event-loop delay. RSS is the service process's (PostgreSQL's
 * server is not in it). `--cpu-prof=DIR` writes the service's CPU profile there (scripts/cpu-profile-top.ts).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import { startPostgres, type PostgresServer } from '../harness/postgres';
import { TWILIO_TEST_ENV } from '../harness/twilio-webhooks';
import { cannon, type CannonPlan, type CannonResult } from './lib/cannon';
import { startFlags } from './lib/start-flags';

const TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>ok</Message></Response>';

interface Options {
  total: number;
  connections: number;
  rate: number;
  fixedSeconds: number;
  soakSeconds: number;
  soakRate: number;
  only?: 'embedded' | 'postgresql';
  /** Write the service's CPU profile (--cpu-prof) here. */
  profileDir?: string;
  /** Extra flags for the service's node (comma-separated), to try V8 settings such as --max-semi-space-size=4. */
  nodeFlags: string[];
}

function options(argv: string[]): Options {
  const flag = (name: string, fallback: number) => {
    const hit = argv.find((a) => a.startsWith(`--${name}=`));
    return hit ? Number(hit.split('=')[1]) : fallback;
  };
  const only = argv.find((a) => a.startsWith('--only='))?.split('=')[1];
  return {
    total: flag('total', 2000),
    connections: flag('connections', 16),
    rate: flag('rate', 200),
    fixedSeconds: flag('fixed-seconds', 30),
    soakSeconds: argv.includes('--no-soak') ? 0 : flag('soak', 600),
    soakRate: flag('soak-rate', 100),
    only: only === 'embedded' || only === 'postgresql' ? only : undefined,
    profileDir: argv.find((a) => a.startsWith('--cpu-prof='))?.split('=')[1],
    nodeFlags: (argv.find((a) => a.startsWith('--node-flags='))?.slice('--node-flags='.length) ?? '')
      .split(',')
      .filter(Boolean),
  };
}

/** What the real routes do before their work: parse the same body, answer the same kind of reply. */
async function bareApp(): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(formbody);
  app.post('/twilio/sms', async (_req, reply) => reply.type('text/xml').send(TWIML));
  app.post<{ Body: { sessionId: string; text: string } }>('/api/v1/chat', async (req) => ({
    sessionId: req.body.sessionId,
    reply: 'ok',
    lang: 'zh',
    intent: 'greeting',
    triage: 'none',
    ticket: null,
  }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

const portOf = (app: FastifyInstance) => (app.server.address() as { port: number }).port;

/** Every run takes fresh message indexes, so no MessageSid or turn is ever sent twice. */
let nextOffset = 0;
let nextConversation = 0;
function plan(kind: CannonPlan['kind'], amount: number, connections: number, conversations: number, rate?: number) {
  const p: CannonPlan = {
    kind,
    amount,
    connections,
    conversations,
    offset: nextOffset,
    firstConversation: nextConversation,
    rate,
  };
  nextOffset += amount;
  nextConversation += conversations;
  return p;
}

function line(name: string, r: CannonResult, bare?: CannonResult): string {
  const ratio = bare ? `   ${((100 * r.rps) / bare.rps).toFixed(2).padStart(6)} % of bare` : '';
  return (
    `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} req/s${ratio}   p50 ${r.p50.toFixed(1).padStart(6)} ms` +
    `   p99 ${r.p99.toFixed(1).padStart(6)} ms   errors ${r.errors}/${r.amount}` +
    (r.errors ? ` ${JSON.stringify(r.statuses)}` : '')
  );
}

interface Hotline {
  port: number;
  kind: string;
  /** Start to healthy of this start, ms. */
  startMs: number;
  rss(): number;
  /** User + system CPU of the service process so far, ms. */
  cpuMs(): number;
  /** SQL statements the service has sent so far (its /metrics, db/sql-count.ts). */
  statements(): Promise<number>;
  close(): Promise<void>;
}

const ROOT = path.join(__dirname, '..');
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** A run against the service, with the SQL statements and the service's CPU it cost per turn answered. */
async function measured(
  hotline: Hotline,
  run: () => Promise<CannonResult>,
): Promise<CannonResult & { perTurn: string }> {
  const [s0, c0] = [await hotline.statements(), hotline.cpuMs()];
  const r = await run();
  const [s1, c1] = [await hotline.statements(), hotline.cpuMs()];
  const n = Math.max(1, r.completed);
  return {
    ...r,
    perTurn: `  per turn: ${((s1 - s0) / n).toFixed(2)} SQL statements, service CPU ${((c1 - c0) / n).toFixed(2)} ms`,
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * The service as `npm start` runs it (compiled, with the node flags of package.json's start script), in a
 * process of its own, so its RSS is the service's alone; `profileDir` adds `--cpu-prof`.
 */
async function startHotline(
  dataDir: string,
  databaseUrl: string | undefined,
  o?: Pick<Options, 'profileDir' | 'nodeFlags'>,
): Promise<Hotline> {
  const port = await freePort();
  const t0 = Date.now();
  const flags = [...(o?.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${o.profileDir}`] : []), ...(o?.nodeFlags ?? [])];
  const child = spawn(process.execPath, [...flags, ...startFlags(), 'dist/server/server.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...TWILIO_TEST_ENV,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      RATE_LIMIT_IP: 'off',
      // Shedding on event-loop delay (server/load-meter.ts) would answer most of a closed loop's requests
      // 503 on the embedded database: this measures the turns served; the in-flight cap stays on.
      // bench:abuse measures the shedding itself.
      MAX_EVENT_LOOP_DELAY_MS: '0',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '' }),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((r) => child.once('exit', r));
  for (;;) {
    const res = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
    if (res?.status === 200) break;
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    if (Date.now() - t0 > 120_000) throw new Error('not healthy after 120 s');
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    port,
    kind: databaseUrl ? 'postgresql' : 'embedded',
    startMs: Date.now() - t0,
    rss: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    cpuMs: () => {
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks.
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
    },
    statements: async () => {
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      return Number(/^hotline_sql_statements_total (\d+)/m.exec(text)?.[1] ?? NaN);
    },
    async close() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function closedLoop(o: Options, bare: FastifyInstance, hotline: Hotline): Promise<void> {
  // Four turns per conversation, interleaved: first contacts and continuing conversations alike.
  const conversations = Math.max(1, Math.floor(o.total / 4));
  for (const kind of ['sms', 'chat'] as const) {
    const rssStart = hotline.rss();
    await cannon(portOf(bare), plan(kind, 2000, o.connections, conversations));
    const floor = await cannon(portOf(bare), plan(kind, Math.max(20_000, o.total), o.connections, conversations));
    await cannon(hotline.port, plan(kind, 200, o.connections, 50)); // warm-up
    const r = await measured(hotline, () => cannon(hotline.port, plan(kind, o.total, o.connections, conversations)));
    console.log(line(`bare Fastify route (${kind})`, floor));
    console.log(line(`${kind === 'sms' ? 'POST /twilio/sms' : 'POST /api/v1/chat'} (${hotline.kind})`, r, floor));
    console.log(r.perTurn);
    console.log(`  RSS ${rssStart.toFixed(0)} MB at start, ${hotline.rss().toFixed(0)} MB at end`);
  }
}

async function fixedRate(o: Options, bare: FastifyInstance, hotline: Hotline): Promise<void> {
  const amount = o.rate * o.fixedSeconds;
  for (const kind of ['sms', 'chat'] as const) {
    // Ten messages per conversation over the run, under the per-number and per-session limits.
    const conversations = Math.max(1, Math.floor(amount / 10));
    const floor = await cannon(portOf(bare), plan(kind, amount, o.connections, conversations, o.rate));
    const r = await measured(hotline, () =>
      cannon(hotline.port, plan(kind, amount, o.connections, conversations, o.rate)),
    );
    console.log(line(`bare route at ${o.rate}/s (${kind})`, floor));
    console.log(line(`${kind} at ${o.rate}/s for ${o.fixedSeconds} s (${hotline.kind})`, r));
    console.log(r.perTurn);
  }
}

/** SMS and chat together at a fixed rate, RSS sampled; growth is compared between the two halves. */
async function soak(o: Options, hotline: Hotline): Promise<void> {
  const perKind = Math.round((o.soakRate / 2) * o.soakSeconds);
  // Ten messages per conversation over the soak: conversations grow as real ones do.
  const conversations = Math.max(1, Math.floor(perKind / 10));
  const samples: { at: number; rss: number }[] = [];
  const t0 = performance.now();
  const sample = () => samples.push({ at: (performance.now() - t0) / 1000, rss: hotline.rss() });
  sample();
  const timer = setInterval(sample, Math.max(1000, (o.soakSeconds * 1000) / 20));
  const rate = Math.max(1, Math.round(o.soakRate / 2));
  const [sms, chat] = await Promise.all([
    cannon(hotline.port, plan('sms', perKind, 8, conversations, rate)),
    cannon(hotline.port, plan('chat', perKind, 8, conversations, rate)),
  ]);
  clearInterval(timer);
  sample();
  console.log(`soak ${o.soakSeconds} s at ${o.soakRate} req/s (${hotline.kind}), SMS and chat together:`);
  console.log(line('  sms', sms));
  console.log(line('  chat', chat));
  console.log('  RSS MB: ' + samples.map((s) => `${s.at.toFixed(0)}s ${s.rss.toFixed(0)}`).join('  '));
  const half = samples.filter((s) => s.at >= o.soakSeconds / 2);
  const first = half[0]!;
  const last = samples[samples.length - 1]!;
  console.log(
    `  RSS start ${samples[0]!.rss.toFixed(0)} MB, end ${last.rss.toFixed(0)} MB, max ${Math.max(...samples.map((s) => s.rss)).toFixed(0)} MB;` +
      ` second half ${first.rss.toFixed(0)} → ${last.rss.toFixed(0)} MB`,
  );
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  console.log(
    `hot path: ${o.total} requests per closed-loop run, ${o.connections} connections; ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  execFileSync(process.execPath, ['scripts/build.js'], { cwd: ROOT });
  const bare = await bareApp();
  let pg: PostgresServer | undefined;
  try {
    for (const kind of ['embedded', 'postgresql'] as const) {
      if (o.only && o.only !== kind) continue;
      if (kind === 'postgresql') pg = await startPostgres();
      const url = pg?.createDatabase('hotline_hot_path');
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-hotpath-'));
      // The first start creates the database and trains the model; the second is a cold start with both saved.
      const first = await startHotline(dataDir, url);
      await first.close();
      const hotline = await startHotline(dataDir, url, o);
      console.log(
        `\n— ${hotline.kind}: first start ${first.startMs} ms; cold start with a saved model ${hotline.startMs} ms to healthy, RSS ${hotline.rss().toFixed(0)} MB`,
      );
      try {
        await closedLoop(o, bare, hotline);
        if (kind === 'postgresql') await fixedRate(o, bare, hotline);
        if (o.soakSeconds > 0) await soak(o, hotline);
      } finally {
        await hotline.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await bare.close();
    pg?.stop();
  }
  console.log(
    `\nload average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
