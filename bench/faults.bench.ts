/**
 * The fault drill at scale (harness/fault-drill.ts): two instances on a throwaway PostgreSQL, a load
 * of ticket-creating chat conversations, kill -9 of one instance and a PostgreSQL crash + restart in
 * the middle; prints tried/held counts. Needs Debian's postgresql package and a trained model
 * (any `npm test` run leaves one; or pass a DATA_DIR holding one as the third argument). With
 * `--embedded`: one instance on the embedded database, killed with SIGKILL twice instead.
 *   npx tsx bench/faults.bench.ts [conversations=300] [concurrency=16] [modelDir] [--embedded]
 */
import { runFaultDrill } from '../harness/fault-drill';

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const [conversations = 300, concurrency = 16] = args.slice(0, 2).map(Number);
  const modelDir = args[2];
  const database = process.argv.includes('--embedded') ? 'embedded' : 'postgresql';
  const log = (line: string) => process.stdout.write(`  ${line}\n`);
  const started = Date.now();
  const r = await runFaultDrill({ conversations, concurrency, modelDir, log, database });
  const held = (ok: boolean) => (ok ? 'held' : 'NOT HELD');
  process.stdout.write(
    [
      `fault drill (${database}): ${r.conversations} conversations × 4 turns = ${r.turns} turns, concurrency ${concurrency}, ${((Date.now() - started) / 1000).toFixed(0)} s`,
      `  requests sent ${r.requests} (retries included); answered 200: ${r.acknowledged}; refused (503 during faults): ${r.refused}; no answer: ${r.unanswered}`,
      database === 'embedded'
        ? `  kill -9 after ${r.killedAt} and again after ${r.restartedPostgresAt} acknowledged turns; healthy ${r.recoverySeconds.toFixed(1)} s after the second restart`
        : `  kill -9 after ${r.killedAt} acknowledged turns; PostgreSQL restart after ${r.restartedPostgresAt}; healthy again ${r.recoverySeconds.toFixed(1)} s after PostgreSQL returned`,
      `  acknowledged turns lost: ${r.lost} of ${r.acknowledged} — ${held(r.lost === 0)}`,
      `  turns stored twice: ${r.duplicated} — ${held(r.duplicated === 0)}`,
      `  conversations with exactly one ticket: ${r.conversationsWithOneTicket} of ${r.conversations} — ${held(r.conversationsWithOneTicket === r.conversations)}`,
    ].join('\n') + '\n',
  );
}

main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`);
  process.exit(1);
});
