/**
 * A start that fails half-way leaves nothing running behind it: the job runner's workers (already
 * polling when a later job cannot be scheduled) are stopped and their connections closed; a test app
 * whose start outlived its test file is closed when the file ends (harness/test-app.ts).
 */
import { Client } from 'pg';
import { startJobRunner } from '../../jobs/job-runner';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';
import { closeLeftoverTestApps, startTestApp } from '../../harness/test-app';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;

describePg('a failed start', () => {
  let pg: PostgresServer;
  let url: string;
  let observer: Client;
  beforeAll(async () => {
    pg = await startPostgres();
    url = pg.createDatabase('hotline_start_failure');
    observer = new Client({ connectionString: url });
    await observer.connect();
  });
  afterAll(async () => {
    await observer?.end();
    pg?.stop();
  });

  /** Connections the job runner holds (pg-boss names them). */
  async function jobConnections(): Promise<number> {
    const { rows } = await observer.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'hotline-jobs'",
    );
    return rows[0]!.n;
  }

  /** Until the server has seen the closed connections go (they end asynchronously), at most 10 s. */
  async function settledJobConnections(): Promise<number> {
    const until = Date.now() + 10_000;
    let n = await jobConnections();
    while (n > 0 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
      n = await jobConnections();
    }
    return n;
  }

  it('of the job runner stops the workers it had started and closes their connections', async () => {
    let ran = 0;
    const jobs = [
      { name: 'first', run: async () => void ran++ },
      { name: 'second', run: async () => void ran++, cron: 'not a cron line' },
    ];
    await expect(startJobRunner({ kind: 'postgresql', url }, jobs, { pollingIntervalSeconds: 0.5 })).rejects.toThrow();
    expect(await settledJobConnections()).toBe(0);
    expect(ran).toBe(0);
  });

  it('of a test file leaves its app to the sweep at the file’s end, which closes it', async () => {
    // What a beforeAll that timed out does: it stops waiting, the start goes on.
    void startTestApp({ DATABASE_URL: url }).catch(() => undefined);
    expect(await closeLeftoverTestApps()).toBe(1);
    expect(await settledJobConnections()).toBe(0);
    expect(await closeLeftoverTestApps()).toBe(0);
  });
});
