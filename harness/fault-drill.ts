/**
 * The fault drill: two service processes on one PostgreSQL under a load of ticket-creating chat
 * conversations; one instance is killed with SIGKILL mid-traffic and started again, then PostgreSQL
 * is stopped as a crash would and started again. On the embedded database (single-instance by
 * design) the one instance is killed with SIGKILL twice, at the same points, and started again on its
 * data directory. Clients behave as an integrator should: every turn
 * carries an Idempotency-Key and is retried (on either instance) until it is answered 200.
 * Afterwards the database is read: every answered turn must be stored exactly once, and every
 * conversation must hold exactly one ticket. Used by tests/integration/faults.postgres.test.ts and
 * bench/faults.bench.ts (larger numbers, figures printed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { startPostgres } from './postgres';
import { MODEL_CACHE_DIR } from './test-app';

const ROOT = path.join(__dirname, '..');

/** One resident asking for medicine at the door: three turns to a ticket, then a question. */
const TURNS = [
  '我需要社区送退烧药到家，给我自己，我45岁，地址西一社区3幢2单元301，电话13800138111',
  '没有',
  '1',
  '布洛芬一次吃多少',
];

export interface DrillOptions {
  conversations: number;
  /** Conversations talking at once. */
  concurrency: number;
  /** A model directory (DATA_DIR for the processes); the test run's trained model by default. */
  modelDir?: string;
  log?: (line: string) => void;
  /** `embedded`: one instance on PGlite in a fresh data directory; PostgreSQL (two instances) by default. */
  database?: 'postgresql' | 'embedded';
}

export interface DrillResult {
  turns: number;
  /** HTTP requests sent, retries included. */
  requests: number;
  acknowledged: number;
  /** Answers other than 200 (503 during the faults) and requests that got no answer at all. */
  refused: number;
  unanswered: number;
  /** Acknowledged turns with no stored delivery. */
  lost: number;
  /** Inbound messages stored beyond one per turn. */
  duplicated: number;
  conversationsWithOneTicket: number;
  conversations: number;
  killedAt: number;
  restartedPostgresAt: number;
  /** Seconds from PostgreSQL's return (embedded: the second restart) until every instance answered /health 200. */
  recoverySeconds: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Instance {
  private child?: ChildProcess;
  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** `firstStartMs`: a first start may train and save the models (the second instance then loads them). */
  async start(firstStartMs = 60_000): Promise<void> {
    // What a crashed instance said is kept for whoever investigates a failed drill.
    const out = openSync(path.join(os.tmpdir(), `hotline-drill-${this.port}.log`), 'a');
    this.child = spawn(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', out, out],
    });
    await this.healthy(firstStartMs);
  }

  async healthy(timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2000) }).catch(() => undefined);
      if (res?.status === 200) return;
      await sleep(200);
    }
    throw new Error(`instance on ${this.port} not healthy after ${timeoutMs} ms`);
  }

  kill9(): void {
    this.child?.kill('SIGKILL');
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child!.once('exit', r));
    this.child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    this.child.kill('SIGKILL');
  }
}

export async function runFaultDrill(opts: DrillOptions): Promise<DrillResult> {
  const log = opts.log ?? (() => undefined);
  const embedded = opts.database === 'embedded';
  const pg = embedded ? undefined : await startPostgres();
  const databaseUrl = pg?.createDatabase('hotline_faults');
  // The embedded database lives in DATA_DIR beside the models: a fresh directory with the trained models copied in.
  const dataDir = embedded ? mkdtempSync(path.join(os.tmpdir(), 'hotline-drill-')) : undefined;
  if (dataDir) cpSync(opts.modelDir ?? MODEL_CACHE_DIR, dataDir, { recursive: true });
  const env = {
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    DATA_DIR: dataDir ?? opts.modelDir ?? MODEL_CACHE_DIR,
    LOG_LEVEL: 'error',
    // One client machine drives all the load: the limits would refuse it, which is not what is measured.
    RATE_LIMIT_IP: 'off',
    RATE_LIMIT_SESSION: 'off',
    MAX_IN_FLIGHT: '10000',
    MAX_EVENT_LOOP_DELAY_MS: '0',
  };
  const a = new Instance(await freePort(), env);
  const b = embedded ? a : new Instance(await freePort(), env);
  const instances = embedded ? [a] : [a, b];
  const total = opts.conversations * TURNS.length;
  const counts = { requests: 0, acknowledged: 0, refused: 0, unanswered: 0 };
  const acked: { address: string; key: string }[] = [];
  let killedAt = 0;
  let restartedPostgresAt = 0;
  let recoverySeconds = 0;
  const chaos: Promise<void>[] = [];

  const maybeCauseFaults = () => {
    if (!killedAt && counts.acknowledged >= total * 0.25) {
      killedAt = counts.acknowledged;
      log(`kill -9 instance A after ${killedAt} acknowledged turns`);
      a.kill9();
      chaos.push(sleep(1000).then(() => a.start()));
    }
    if (!restartedPostgresAt && counts.acknowledged >= total * 0.6) {
      restartedPostgresAt = counts.acknowledged;
      if (!pg) {
        log(`kill -9 of the embedded instance again after ${restartedPostgresAt} acknowledged turns`);
        // Not before the first restart has finished: one process per data directory.
        chaos.push(
          Promise.all(chaos).then(async () => {
            a.kill9();
            await sleep(1000);
            const back = Date.now();
            await a.start();
            recoverySeconds = (Date.now() - back) / 1000;
            log(`embedded instance healthy again after ${recoverySeconds.toFixed(1)} s`);
          }),
        );
        return;
      }
      log(`PostgreSQL stopped (immediate) after ${restartedPostgresAt} acknowledged turns`);
      pg.halt();
      chaos.push(
        sleep(2000).then(async () => {
          pg.resume();
          const back = Date.now();
          await Promise.all(instances.map((i) => i.healthy(60_000)));
          recoverySeconds = (Date.now() - back) / 1000;
          log(`PostgreSQL back; both instances healthy after ${recoverySeconds.toFixed(1)} s`);
        }),
      );
    }
  };

  const turn = async (conversation: number, index: number) => {
    const sessionId = `drill-${conversation}`;
    const key = `${sessionId}-${index}`;
    for (let attempt = 0; ; attempt++) {
      const target = instances[(conversation + index + attempt) % instances.length]!;
      counts.requests++;
      const res = await fetch(`${target.url}/api/v1/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ sessionId, text: TURNS[index] }),
        signal: AbortSignal.timeout(30_000),
      }).catch(() => undefined);
      if (res?.status === 200) {
        await res.json();
        counts.acknowledged++;
        acked.push({ address: sessionId, key });
        maybeCauseFaults();
        return;
      }
      if (res) {
        counts.refused++;
        await res.arrayBuffer().catch(() => undefined);
      } else counts.unanswered++;
      if (attempt > 400) throw new Error(`turn ${key} never answered`);
      await sleep(100 + Math.min(attempt, 20) * 50);
    }
  };

  try {
    // One after the other: with no saved model for this corpus (a fresh clone, a changed screen), the
    // first trains and saves it, and two instances training at once on a small machine take minutes.
    await a.start(240_000);
    if (b !== a) await b.start();
    log(
      `${instances.length === 1 ? 'one embedded instance' : 'two instances'} healthy on ${instances.map((i) => i.port).join(' and ')}`,
    );
    let next = 0;
    const worker = async () => {
      while (next < opts.conversations) {
        const conversation = next++;
        for (let i = 0; i < TURNS.length; i++) await turn(conversation, i);
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency }, worker));
    await Promise.all(chaos);
    // The embedded database is read once its one process has let go of the directory.
    if (embedded) await a.stop();
    const db = await openForReading(databaseUrl, dataDir);
    try {
      const deliveries = new Set(
        (await db.query<{ key: string }>(`SELECT key FROM "Delivery" WHERE key LIKE 'api:drill-%'`)).map((r) => r.key),
      );
      const lost = acked.filter((t) => !deliveries.has(`api:${t.address}#${t.key}`)).length;
      const perConversation = await db.query<{ address: string; inbound: string; tickets: string }>(
        `SELECT c.address,
                (SELECT count(*) FROM "Message" m WHERE m."conversationId" = c.id AND m.direction = 'in') AS inbound,
                (SELECT count(*) FROM "Ticket" t WHERE t."conversationId" = c.id) AS tickets
           FROM "Conversation" c WHERE c.address LIKE 'drill-%'`,
      );
      const duplicated = perConversation.reduce((n, r) => n + Math.max(0, Number(r.inbound) - TURNS.length), 0);
      return {
        turns: total,
        ...counts,
        lost,
        duplicated,
        conversationsWithOneTicket: perConversation.filter((r) => Number(r.tickets) === 1).length,
        conversations: opts.conversations,
        killedAt,
        restartedPostgresAt,
        recoverySeconds,
      };
    } finally {
      await db.end();
    }
  } finally {
    await Promise.all(instances.map((i) => i.stop()));
    pg?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

interface Reader {
  query<T>(text: string): Promise<T[]>;
  end(): Promise<void>;
}

/** The drill's database, read directly: PostgreSQL through pg, the embedded one with PGlite on its directory. */
async function openForReading(databaseUrl: string | undefined, dataDir: string | undefined): Promise<Reader> {
  if (databaseUrl) {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    return { query: async <T>(text: string) => (await client.query(text)).rows as T[], end: () => client.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const client = await PGlite.create({ dataDir: path.join(dataDir!, 'pglite') });
  return { query: async <T>(text: string) => (await client.query<T>(text)).rows, end: () => client.close() };
}
