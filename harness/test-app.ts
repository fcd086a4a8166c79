/**
 * Starts the real application (real database, real model) for integration tests, through
 * the same composition root the server uses. Each call gets its own empty embedded database
 * unless DATABASE_URL is given; the trained model is shared through MODEL_CACHE_DIR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app';
import { loadConfig, type Config } from '../server/config';
import { ServiceContainer } from '../server/container';
import { startServices, type Services, type StartOptions } from '../server/services';

/**
 * Tests drive one app from one address far faster than any person: the limits are off unless a test
 * (tests/integration/protection.test.ts) sets them to see them work.
 */
export const UNLIMITED = {
  RATE_LIMIT_IP: 'off',
  RATE_LIMIT_SESSION: 'off',
  RATE_LIMIT_PHONE: 'off',
  MAX_IN_FLIGHT: '100000',
  // A test machine shared with other runs has a late event loop often; shedding on it would be noise.
  MAX_EVENT_LOOP_DELAY_MS: '0',
};

export const MODEL_CACHE_DIR = path.join(os.tmpdir(), 'hotline-test-model');

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  services: Services;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Every app started and not yet closed, and every start still under way. A beforeAll that times out on a
 * loaded machine leaves its start running: once it finishes, its job workers would poll a database the
 * test file no longer knows about and fail in whichever file runs next. tests/close-leftovers.ts closes
 * them when each test file ends.
 */
const unclosed = new Set<TestApp>();
const starting = new Set<Promise<void>>();

export async function startTestApp(env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestApp> {
  const start = launch(env, options);
  const settled = start.then(
    (t) => void unclosed.add(t),
    () => undefined,
  );
  starting.add(settled);
  void settled.finally(() => starting.delete(settled));
  return start;
}

/** Waits for the starts still under way and closes every app not closed yet; how many there were. */
export async function closeLeftoverTestApps(): Promise<number> {
  await Promise.all([...starting]);
  const left = [...unclosed];
  await Promise.all(left.map((t) => t.close()));
  return left.length;
}

async function launch(env: Record<string, string>, options: StartOptions): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-test-'));
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  let services: Services;
  let config: Config;
  try {
    config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...UNLIMITED, ...env });
    services = await startServices(
      config,
      { info: () => undefined },
      { modelDir: MODEL_CACHE_DIR, jobPollingSeconds: 0.5, ...options },
    );
  } catch (err) {
    // startServices stops what it started when it fails.
    removeData();
    throw err;
  }
  let app: FastifyInstance | undefined;
  try {
    const container = new ServiceContainer();
    container.set(services);
    app = await buildApp({ config, container, logger: false });
    await app.ready();
  } catch (err) {
    await app?.close().catch(() => undefined);
    await services.close();
    removeData();
    throw err;
  }
  const built = app;
  let closing: Promise<void> | undefined;
  const testApp: TestApp = {
    app: built,
    config,
    services,
    dataDir,
    // Once, however many times it is called (a test's afterAll, then the leftovers' sweep).
    close() {
      closing ??= (async () => {
        unclosed.delete(testApp);
        await built.close();
        await services.close();
        removeData();
      })();
      return closing;
    },
  };
  return testApp;
}
