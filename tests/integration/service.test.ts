/**
 * Operations endpoints and the service's process behaviour.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { ServiceContainer } from '../../server/container';
import { startTestApp, type TestApp } from '../../harness/test-app';

const ROOT = path.join(__dirname, '../..');

describe('operations endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('GET /health is 200 with the database kind once ready', async () => {
    const res = await t.app.inject('/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'embedded' });
  });

  it('GET /docs serves the OpenAPI UI and the chat endpoint is documented', async () => {
    const ui = await t.app.inject('/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/html/);
    const spec = (await t.app.inject('/docs/json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(spec.paths['/api/v1/chat'].post.requestBody).toBeDefined();
  });

  it('GET /metrics counts turns by intent and triage, never by text', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/chat', payload: { sessionId: 'm-1', text: '你好' } });
    const res = await t.app.inject('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/hotline_turns_total\{channel="api",intent="greeting",triage="none"\} \d+/);
    expect(res.body).not.toContain('你好');
  });

  it('an unknown path is a JSON 404', async () => {
    const res = await t.app.inject('/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

describe('before the database and model are ready', () => {
  it('GET /health answers 503 and chat answers 503 not_ready', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const app = await buildApp({ config, container: new ServiceContainer(), logger: false });
    expect((await app.inject('/health')).statusCode).toBe(503);
    const chat = await app.inject({ method: 'POST', url: '/api/v1/chat', payload: { sessionId: 'x', text: '你好' } });
    expect(chat.statusCode).toBe(503);
    expect(chat.json().error.code).toBe('not_ready');
    await app.close();
  });
});

describe('two services with different DATA_DIRs', () => {
  it('share no conversations', async () => {
    const a = await startTestApp();
    const b = await startTestApp();
    try {
      await a.app.inject({
        method: 'POST',
        url: '/api/v1/chat',
        payload: { sessionId: 'shared-id', text: '我怀孕了' },
      });
      expect(await a.services.db.prisma.conversation.count()).toBe(1);
      expect(await b.services.db.prisma.conversation.count()).toBe(0);
    } finally {
      await a.close();
      await b.close();
    }
    // Two embedded databases created one after the other: each takes seconds alone, far longer on a busy machine.
  }, 180_000);
});

// Which values are refused is unit-tested (tests/unit/server/config.test.ts); this is what the process does with one.
describe('bad configuration', () => {
  it.each([['PORT', 'abc']])('%s=%s stops the start with one line naming it', (name, value) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, [name]: value, DATA_DIR: '/nonexistent/never-created' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the server process', () => {
  it('starts on an empty DATA_DIR, answers /health 200 once ready, and exits cleanly on SIGTERM', async () => {
    const { spawn } = await import('node:child_process');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-proc-'));
    const port = 30000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        // The start's own stalls (loading the model) on a shared machine must not shed the first chat.
        MAX_EVENT_LOOP_DELAY_MS: '0',
      },
      stdio: 'ignore',
    });
    try {
      const statuses = new Set<number>();
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const res = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
        if (res) statuses.add(res.status);
        if (res?.status === 200) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(statuses.has(200)).toBe(true);
      expect([...statuses].every((s) => s === 200 || s === 503)).toBe(true);
      const chat = await fetch(`http://127.0.0.1:${port}/api/v1/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sessionId: 'proc', text: '你好' }),
      });
      expect(((await chat.json()) as { intent: string }).intent).toBe('greeting');
      child.kill('SIGTERM');
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
