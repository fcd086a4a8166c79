/**
 * The fault drill at scale (harness/fault-drill.ts): two instances on a throwaway PostgreSQL, a load
 * of ticket-creating chat conversations, kill -9 of one instance and a PostgreSQL crash + restart in
 * the middle; prints tried/held counts. Needs Debian's postgresql package and a trained model
 * (any `npm test` run leaves one; or pass a DATA_DIR holding one as the third argument).
 *   npx tsx bench/faults.bench.ts [conversations=300] [concurrency=16] [modelDir]
 */
import { runFaultDrill } from '../harness/fault-drill';

async function main(): Promise<void> {
  const [conversations = 300, concurrency = 16] = process.argv.slice(2, 4).map(Number);
  const modelDir = process.argv[4];
  const log = (line: string) => process.stdout.write(`  ${line}\n`);
  const started = Date.now();
  const r = await runFaultDrill({ conversations, concurrency, modelDir, log });
  const held = (ok: boolean) => (ok ? 'held' : 'NOT HELD');
  process.stdout.write(
    [
      `fault drill: ${r.conversations} conversations × 4 turns = ${r.turns} turns, concurrency ${concurrency}, ${((Date.now() - started) / 1000).toFixed(0)} s`,
      `  requests sent ${r.requests} (retries included); answered 200: ${r.acknowledged}; refused (503 during faults): ${r.refused}; no answer: ${r.unanswered}`,
      `  kill -9 after ${r.killedAt} acknowledged turns; PostgreSQL restart after ${r.restartedPostgresAt}; healthy again ${r.recoverySeconds.toFixed(1)} s after PostgreSQL returned`,
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
