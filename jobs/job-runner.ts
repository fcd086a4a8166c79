/**
 * Background jobs on the service's own database with pg-boss 10 (the last line for Node 20): on
 * PostgreSQL through its own connection pool, on the embedded PGlite through the database's
 * serialised SQL executor. Jobs survive the instance that queued them; schedules fire once a minute
 * across all instances. Business timers live here, never in setTimeout.
 */
import PgBoss from 'pg-boss';
import type { JobQueue } from '../conversation/job-queue.port';

/** How pg-boss reaches the database. */
export type JobsConnection =
  | { kind: 'postgresql'; url: string }
  | { kind: 'embedded'; executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

export interface JobDefinition {
  name: string;
  /** `signal` is aborted when the run outlives `timeoutSeconds`: stop before any further side effect. */
  run(data: Record<string, unknown>, signal: AbortSignal): Promise<unknown>;
  /** Times a failed run is tried again (with exponential backoff from retryDelaySeconds). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A cron line (in timeZone) that queues the job on schedule, e.g. every minute. */
  cron?: string;
  /**
   * How long one run may take (default 300 s). Past it the runner abandons the run (its signal is
   * aborted) and fails the job itself, so pg-boss retries it by the queue's policy. pg-boss's own
   * expiry is set a grace period later: it only ever catches a run whose instance died, never one
   * this runner is still waiting on (which would hand the job to a second worker while the first runs).
   */
  timeoutSeconds?: number;
}

export const DEFAULT_JOB_TIMEOUT_SECONDS = 300;
/** pg-boss expires an active job this long after the runner would have given up on it. */
export const EXPIRY_GRACE_SECONDS = 60;

export interface JobRunnerOptions {
  /** How often an idle worker looks for jobs; pg-boss's floor is 0.5 s. */
  pollingIntervalSeconds?: number;
  timeZone?: string;
  log?: { error(obj: object, msg: string): void };
}

export interface JobRunner extends JobQueue {
  /** Queues a job and waits until it has run (tools and tests): its result, or its failure. */
  runNow(name: string, data?: Record<string, unknown>, timeoutMs?: number): Promise<unknown>;
  stop(): Promise<void>;
}

export async function startJobRunner(
  connection: JobsConnection,
  jobs: readonly JobDefinition[],
  options: JobRunnerOptions = {},
): Promise<JobRunner> {
  const boss = new PgBoss(
    connection.kind === 'postgresql'
      ? { connectionString: connection.url, max: 4, application_name: 'hotline-jobs' }
      : { db: { executeSql: (text: string, values: unknown[]) => connection.executeSql(text, values) } },
  );
  boss.on('error', (err) => options.log?.error({ err }, 'job queue error'));
  const workers = new Workers(boss, options);
  const stop = async (graceful: boolean) => {
    await workers.stop();
    await boss.stop({ graceful, wait: true, timeout: 10_000, close: true });
  };
  try {
    await boss.start();
    await prepareQueues(boss, jobs, options);
    for (const job of jobs) workers.start(job);
  } catch (err) {
    // A start that fails half-way (the database lost, a timeout) must not leave workers polling behind it.
    await stop(false).catch(() => undefined);
    throw err;
  }
  const names = new Set(jobs.map((j) => j.name));
  return {
    async send(name, data) {
      if (!names.has(name)) throw new Error(`unknown job ${name}`);
      await boss.send(name, data);
    },
    async runNow(name, data = {}, timeoutMs = 20_000) {
      const id = await boss.send(name, data);
      if (!id) throw new Error(`job ${name} was not queued`);
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const job = await boss.getJobById(name, id);
        if (job?.state === 'completed') return job.output;
        if (job?.state === 'failed') throw new Error(`job ${name} failed: ${JSON.stringify(job.output)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`job ${name} did not run within ${timeoutMs} ms`);
    },
    stop: () => stop(true),
  };
}

/** Each job's queue and, for a scheduled job, its schedule. */
async function prepareQueues(boss: PgBoss, jobs: readonly JobDefinition[], options: JobRunnerOptions): Promise<void> {
  for (const job of jobs) {
    await boss.createQueue(job.name, {
      name: job.name,
      retryLimit: job.retryLimit ?? 0,
      retryDelay: job.retryDelaySeconds ?? 30,
      retryBackoff: (job.retryLimit ?? 0) > 0,
      expireInSeconds: timeoutOf(job) + EXPIRY_GRACE_SECONDS,
    });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: options.timeZone ?? 'UTC' });
  }
}

const timeoutOf = (job: JobDefinition) => job.timeoutSeconds ?? DEFAULT_JOB_TIMEOUT_SECONDS;

type Outcome = { ok: true; output: unknown } | { ok: false; message: string };

/**
 * One polling loop per job: fetch one, run it within its time, mark it completed or failed (pg-boss
 * retries it by the queue's policy). Ours rather than pg-boss's `work`, because stopping pg-boss's
 * workers returns before their loops have ended (they poll on after `stop` resolves); `stop` here
 * resolves once every loop has finished the job it holds (or given up on it) and ended.
 */
class Workers {
  private stopping = false;
  private readonly loops: Promise<void>[] = [];
  private readonly wake = new AbortController();

  constructor(
    private readonly boss: PgBoss,
    private readonly options: JobRunnerOptions,
  ) {}

  start(job: JobDefinition): void {
    this.loops.push(this.loop(job));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake.abort();
    await Promise.all(this.loops);
  }

  private async loop(job: JobDefinition): Promise<void> {
    const intervalMs = Math.max(0.5, this.options.pollingIntervalSeconds ?? 2) * 1000;
    while (!this.stopping) {
      const ran = await this.runOne(job).catch((err: Error) => {
        this.options.log?.error({ err: err.message, job: job.name }, 'job queue error');
        return false;
      });
      if (!ran && !this.stopping) await pause(intervalMs, this.wake.signal);
    }
  }

  /**
   * Whether there was a job to run. A completion that cannot be written (the database lost) is not
   * turned into a failure, which would run the job again at once: the job stays active until pg-boss
   * expires it and retries it, and every job here finds work already done and does nothing.
   */
  private async runOne(job: JobDefinition): Promise<boolean> {
    const [one] = await this.boss.fetch<Record<string, unknown>>(job.name, { batchSize: 1 });
    if (!one) return false;
    const outcome = await this.within(job, one.data ?? {});
    if (outcome.ok) await this.boss.complete(job.name, one.id, outcome.output as object | undefined);
    else await this.boss.fail(job.name, one.id, { message: outcome.message });
    return true;
  }

  /** The run's outcome, or a failure once it outlives its time (the run is told through its signal). */
  private within(job: JobDefinition, data: Record<string, unknown>): Promise<Outcome> {
    const abandon = new AbortController();
    return new Promise<Outcome>((resolve) => {
      const timer = setTimeout(
        () => {
          abandon.abort();
          this.options.log?.error(
            { job: job.name, timeoutSeconds: timeoutOf(job) },
            'job run abandoned: over its time',
          );
          resolve({ ok: false, message: `run abandoned after ${timeoutOf(job)} s` });
        },
        timeoutOf(job) * 1000,
      );
      Promise.resolve()
        .then(() => job.run(data, abandon.signal))
        .then(
          (output) => resolve({ ok: true, output }),
          (err: Error) => resolve({ ok: false, message: err?.message ?? String(err) }),
        )
        .finally(() => clearTimeout(timer));
    });
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
