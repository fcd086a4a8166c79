/**
 * Chat API throughput and latency on the embedded database (or DATABASE_URL), at fixed concurrency.
 *   npx tsx bench/chat-api.bench.ts [total=2000] [concurrency=16] [--postgres]
 * --postgres starts a throwaway local PostgreSQL cluster (Debian's postgresql package) and runs on it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { ServiceContainer } from '../server/container';
import { startServices } from '../server/services';
import { formatLoad, runLoad } from './lib/load';
import { startPostgres } from '../harness/postgres';

const UTTERANCES = [
  '布洛芬一次吃多少',
  '感冒灵和泰诺能一起吃吗',
  '阳了第五天了什么时候能出门',
  '发热门诊周末开吗',
  '一直咳嗽怎么办',
  'How much paracetamol can I take a day?',
  'Can I take NyQuil with Tylenol?',
  'Where is the nearest fever clinic?',
  '你好',
  'thanks, bye',
];

async function main() {
  const [total, concurrency] = process.argv
    .slice(2)
    .filter((a) => !a.startsWith('--'))
    .map(Number);
  const pg = process.argv.includes('--postgres') ? await startPostgres() : undefined;
  const databaseUrl = pg?.createDatabase('hotline_bench');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-bench-'));
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  const config = loadConfig(env);
  const container = new ServiceContainer();
  container.set(
    await startServices(config, { info: () => undefined }, { modelDir: path.join(os.tmpdir(), 'hotline-test-model') }),
  );
  const app = await buildApp({ config, container, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;

  const make = (i: number) => {
    const body = JSON.stringify({ sessionId: `bench-${i % 200}`, text: UTTERANCES[i % UTTERANCES.length] });
    return {
      method: 'POST',
      path: '/api/v1/chat',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      body,
    };
  };
  await runLoad(port, 200, concurrency ?? 16, make); // warm-up
  const result = await runLoad(port, total ?? 2000, concurrency ?? 16, make);
  console.log(`database: ${container.get().db.kind}, concurrency ${concurrency ?? 16}, ${total ?? 2000} requests`);
  console.log(formatLoad('POST /api/v1/chat', result));
  console.log(`RSS after load: ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
  await app.close();
  await container.take()?.close();
  rmSync(dataDir, { recursive: true, force: true });
  pg?.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
