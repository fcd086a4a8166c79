/**
 * kill -9 on the embedded database (harness/fault-drill.ts, embedded mode): the one instance is killed
 * twice under a load of ticket-creating conversations and started again on its data directory. Every
 * turn answered 200 is stored afterwards, none twice, each conversation has its one ticket.
 * `npm run bench:faults -- 550 16 --embedded` runs the same drill at the scale.
 */
import { runFaultDrill } from '../../harness/fault-drill';

describe('kill -9 of the embedded instance under load, twice', () => {
  it('loses nothing acknowledged and duplicates nothing', async () => {
    const result = await runFaultDrill({ conversations: 30, concurrency: 8, database: 'embedded' });
    expect(result.killedAt).toBeGreaterThan(0);
    expect(result.restartedPostgresAt).toBeGreaterThan(result.killedAt);
    expect(result.acknowledged).toBe(result.turns);
    expect(result.lost).toBe(0);
    expect(result.duplicated).toBe(0);
    expect(result.conversationsWithOneTicket).toBe(result.conversations);
  }, 300_000);
});
