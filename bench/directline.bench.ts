/**
 * The web chat's costs on the embedded database (or --postgres): a message through Direct Line
 * (POST activities: engine turn plus one append), the poll every open page makes each second (GET
 * activities at the newest watermark), and the bytes a first visit to /chat downloads. Each load is
 * also run, with the same requests and the same load tool, against a bare Fastify route (constant
 * answer, no token check, no database) in the same process, and the hotline's figures are printed as
 * ratios to it.
 *   npx tsx bench/directline.bench.ts [total=1000] [concurrency=16] [--postgres]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { ServiceContainer } from '../server/container';
import { startServices } from '../server/services';
import { startPostgres } from '../harness/postgres';
import { formatLoad, runLoad, type LoadResult, type RequestSpec } from './lib/load';

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

/** The floor: the same paths on a bare Fastify app that parses the body and answers a constant. */
async function bareApp(): Promise<FastifyInstance> {
  const app = Fastify();
  app.post('/v3/directline/conversations/:conversationId/activities', async () => ({ id: 'bare|0000001' }));
  app.get('/v3/directline/conversations/:conversationId/activities', async () => ({ activities: [], watermark: '2' }));
  return app;
}

async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as { port: number }).port;
}

/** The hotline beside the bare route: throughput as a fraction of it, latency as a multiple. */
function ratio(name: string, hotline: LoadResult, bare: LoadResult): string {
  return [
    formatLoad(name, hotline),
    formatLoad('  bare Fastify route', bare),
    `  ratio to bare: throughput ${(hotline.rps / bare.rps).toFixed(4)}, p50 ×${(hotline.p50 / bare.p50).toFixed(1)}, p99 ×${(hotline.p99 / bare.p99).toFixed(1)}`,
  ].join('\n');
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
  const port = await listen(app);
  const bare = await bareApp();
  const barePort = await listen(bare);
  // Warm-up, then the measured run; the bare route first, with the same requests.
  const measure = async (target: number, n: number, make: (i: number) => RequestSpec) => {
    await runLoad(target, 100, concurrency, make);
    return runLoad(target, n, concurrency, make);
  };

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
  const barePosted = await measure(barePort, total, postMessage);
  const posted = await measure(port, total, postMessage);

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
  const barePolled = await measure(barePort, total * 4, poll);
  const polled = await measure(port, total * 4, poll);

  console.log(`database: ${container.get().db.kind}, concurrency ${concurrency}, ${CONVERSATIONS} conversations`);
  console.log(ratio('POST activities (message + reply)', posted, barePosted));
  console.log(ratio('GET activities (poll, nothing new)', polled, barePolled));
  console.log(await pageWeight(port));
  await bare.close();
  await app.close();
  await container.take()?.close();
  rmSync(dataDir, { recursive: true, force: true });
  pg?.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
