/**
 * The web chat's costs on the embedded database (or --postgres): a message through Direct Line
 * (POST activities: engine turn plus one append), the poll every open page makes each second (GET
 * activities at the newest watermark), and the bytes a first visit to /chat downloads.
 *   npx tsx bench/directline.bench.ts [total=1000] [concurrency=16] [--postgres]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { ServiceContainer } from '../server/container';
import { startServices } from '../server/services';
import { startPostgres } from '../harness/postgres';
import { formatLoad, runLoad } from './lib/load';

const UTTERANCES = [
  '布洛芬一次吃多少',
  '感冒灵和泰诺能一起吃吗',
  '发热门诊周末开吗',
  'How much paracetamol a day?',
  '你好',
];
const CONVERSATIONS = 200;

function get(port: number, urlPath: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; bytes: number; body: string }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, bytes: body.length, body: body.toString() });
        });
      })
      .on('error', reject);
  });
}

async function pageWeight(port: number): Promise<string> {
  const page = await get(port, '/chat');
  const assets = [...page.body.matchAll(/(?:src|href)="(\/chat\/assets\/[^"]+)"/g)].map((m) => m[1]);
  const lines = [`  /chat HTML ${page.bytes} B`];
  let total = page.bytes;
  for (const asset of assets) {
    const br = await get(port, asset, { 'accept-encoding': 'br' });
    const raw = await get(port, asset);
    total += br.bytes;
    lines.push(`  ${asset.split('/').pop()}: ${raw.bytes} B, ${br.bytes} B brotli`);
  }
  return [`first visit to /chat, brotli: ${(total / 1024).toFixed(0)} KB`, ...lines].join('\n');
}

async function main() {
  const [total = 1000, concurrency = 16] = process.argv
    .slice(2)
    .filter((a) => !a.startsWith('--'))
    .map(Number);
  const pg = process.argv.includes('--postgres') ? await startPostgres() : undefined;
  const databaseUrl = pg?.createDatabase('hotline_bench');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-bench-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const container = new ServiceContainer();
  container.set(
    await startServices(config, { info: () => undefined }, { modelDir: path.join(os.tmpdir(), 'hotline-test-model') }),
  );
  const app = await buildApp({ config, container, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;

  const sessions: { conversationId: string; token: string }[] = [];
  for (let i = 0; i < CONVERSATIONS; i++) {
    const res = await app.inject({ method: 'POST', url: '/v3/directline/tokens/generate' });
    sessions.push(res.json());
  }
  const postMessage = (i: number) => {
    const s = sessions[i % CONVERSATIONS];
    const body = JSON.stringify({
      type: 'message',
      text: UTTERANCES[i % UTTERANCES.length],
      from: { id: 'bench', role: 'user' },
      locale: 'zh-CN',
      channelData: { clientActivityID: randomUUID() },
    });
    return {
      method: 'POST',
      path: `/v3/directline/conversations/${s.conversationId}/activities`,
      headers: {
        authorization: `Bearer ${s.token}`,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    };
  };
  await runLoad(port, 100, concurrency, postMessage); // warm-up
  const posted = await runLoad(port, total, concurrency, postMessage);

  const watermarks = await Promise.all(
    sessions.map(async (s) => {
      const res = await app.inject({
        method: 'GET',
        url: `/v3/directline/conversations/${s.conversationId}/activities`,
        headers: { authorization: `Bearer ${s.token}` },
      });
      return (res.json() as { watermark: string }).watermark;
    }),
  );
  const poll = (i: number) => {
    const k = i % CONVERSATIONS;
    return {
      method: 'GET',
      path: `/v3/directline/conversations/${sessions[k].conversationId}/activities?watermark=${watermarks[k]}`,
      headers: { authorization: `Bearer ${sessions[k].token}` },
    };
  };
  const polled = await runLoad(port, total * 4, concurrency, poll);

  console.log(`database: ${container.get().db.kind}, concurrency ${concurrency}, ${CONVERSATIONS} conversations`);
  console.log(formatLoad('POST activities (message + reply)', posted));
  console.log(formatLoad('GET activities (poll, nothing new)', polled));
  console.log(await pageWeight(port));
  await app.close();
  await container.take()?.close();
  rmSync(dataDir, { recursive: true, force: true });
  pg?.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
