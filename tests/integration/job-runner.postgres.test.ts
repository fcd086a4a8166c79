/**
 * A job whose run hangs, on two instances sharing one PostgreSQL: the runner gives up on it at its
 * time and fails it (its signal aborted), pg-boss retries it once by the queue's policy, the retry's
 * result is the job's, and later jobs of that queue still run. Before,
 * the hung run held its polling loop for ever and pg-boss's expiry (15 minutes by default) was the
 * only way out: it would hand the job to a second worker while the first still ran.
 */
import PgBoss from 'pg-boss';
import { startJobRunner, type JobDefinition, type JobRunner } from '../../jobs/job-runner';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;

describePg('the job runner with a run that hangs', () => {
  let pg: PostgresServer;
  let url: string;
  const runners: JobRunner[] = [];
  beforeAll(async () => {
    pg = await startPostgres();
    url = pg.createDatabase('hotline_job_runner');
  });
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    pg?.stop();
  });

  it('abandons it at its time, retries it once, and runs later jobs', async () => {
    const runs: { data: unknown; signal: AbortSignal }[] = [];
    let releaseHung: (value: string) => void = () => undefined;
    const jobs: JobDefinition[] = [
      {
        name: 'send-once',
        timeoutSeconds: 1,
        retryLimit: 2,
        retryDelaySeconds: 1,
        run: (data, signal) => {
          runs.push({ data, signal });
          // The first run never finishes by itself (a call that hangs); the retry answers at once.
          if (runs.length === 1) return new Promise((resolve) => (releaseHung = resolve));
          return Promise.resolve(`done on run ${runs.length}`);
        },
      },
      { name: 'later', run: async (data) => `later ${String(data.n)}` },
    ];
    const options = { pollingIntervalSeconds: 0.5 };
    runners.push(await startJobRunner({ kind: 'postgresql', url }, jobs, options));
    runners.push(await startJobRunner({ kind: 'postgresql', url }, jobs, options));

    const output = await runners[0]!.runNow('send-once', { id: 'n1' }, 60_000);
    expect(output).toEqual({ value: 'done on run 2' });
    expect(runs).toHaveLength(2);
    expect(runs[0]!.signal.aborted).toBe(true);
    expect(runs[1]!.signal.aborted).toBe(false);

    // The abandoned run finishing late changes nothing: the job stays completed with the retry's result.
    releaseHung('late result of the abandoned run');
    const boss = new PgBoss({ connectionString: url });
    await boss.start();
    try {
      const [job] = await boss.fetch('send-once');
      expect(job).toBeUndefined();
    } finally {
      await boss.stop({ graceful: false, close: true });
    }
    // The loops go on: the next job of that queue runs once, and so do others.
    expect(await runners[1]!.runNow('send-once', { id: 'n2' }, 30_000)).toEqual({ value: 'done on run 3' });
    expect(await runners[0]!.runNow('later', { n: 1 }, 30_000)).toEqual({ value: 'later 1' });
    expect(runs.map((r) => r.data)).toEqual([{ id: 'n1' }, { id: 'n1' }, { id: 'n2' }]);
  }, 120_000);

  it('gives pg-boss an expiry a grace period after the runner would give up', async () => {
    const boss = new PgBoss({ connectionString: url });
    await boss.start();
    try {
      const queue = await boss.getQueue('send-once');
      expect(queue?.expireInSeconds).toBe(61);
      expect((await boss.getQueue('later'))?.expireInSeconds).toBe(360);
    } finally {
      await boss.stop({ graceful: false, close: true });
    }
  });
});
