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

export async function startTestApp(env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-test-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...UNLIMITED, ...env });
  const container = new ServiceContainer();
  const services = await startServices(
    config,
    { info: () => undefined },
    { modelDir: MODEL_CACHE_DIR, jobPollingSeconds: 0.5, ...options },
  );
  container.set(services);
  const app = await buildApp({ config, container, logger: false });
  await app.ready();
  return {
    app,
    config,
    services,
    dataDir,
    async close() {
      await app.close();
      await services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
