/**
 * Faults on a real PostgreSQL (harness/fault-drill.ts): kill -9 of one of two instances under a load of
 * ticket-creating conversations, then a PostgreSQL crash and restart under the same load. Every turn
 * answered 200 is in the database afterwards, none twice, each conversation has its one ticket, and
 * the service recovers by itself. bench/faults.bench.ts runs the same drill at a larger scale.
 */
import { runFaultDrill } from '../../harness/fault-drill';
import { postgresAvailable } from '../../harness/postgres';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;

describePg('kill -9 and a PostgreSQL restart under load', () => {
  it('lose nothing acknowledged, duplicate nothing, and recover without help', async () => {
    const result = await runFaultDrill({ conversations: 30, concurrency: 8 });
    expect(result.killedAt).toBeGreaterThan(0);
    expect(result.restartedPostgresAt).toBeGreaterThan(result.killedAt);
    expect(result.acknowledged).toBe(result.turns);
    expect(result.lost).toBe(0);
    expect(result.duplicated).toBe(0);
    expect(result.conversationsWithOneTicket).toBe(result.conversations);
  }, 300_000);
});
