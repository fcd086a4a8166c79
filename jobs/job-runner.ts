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
  run(data: Record<string, unknown>): Promise<unknown>;
  /** Times a failed run is tried again (with exponential backoff from retryDelaySeconds). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A cron line (in timeZone) that queues the job on schedule, e.g. every minute. */
  cron?: string;
}

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
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, {
      name: job.name,
      retryLimit: job.retryLimit ?? 0,
      retryDelay: job.retryDelaySeconds ?? 30,
      retryBackoff: (job.retryLimit ?? 0) > 0,
    });
    await boss.work<Record<string, unknown>>(
      job.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
      async ([one]) => (one ? job.run(one.data ?? {}) : undefined),
    );
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: options.timeZone ?? 'UTC' });
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
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000, close: true });
    },
  };
}
