/**
 * Owns the process: reads configuration, listens at once (so /health answers 503 while
 * starting), opens the database and model, then serves until SIGINT/SIGTERM closes it gracefully.
 */
import pino from 'pino';
import { ConfigError, loadConfig, type Config } from './config';
import { buildApp } from './app';
import { ServiceContainer } from './container';
import { loggerOptions } from './logger';
import { startServices } from './services';

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Invalid configuration: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = readConfig();
  const logger = pino(loggerOptions(config));
  const container = new ServiceContainer();
  const app = await buildApp({ config, container, logger });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    await app.close();
    await container.take()?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  try {
    container.set(await startServices(config, logger));
  } catch (err) {
    await app.close();
    const message = (err as Error).message.split('\n')[0];
    process.stderr.write(
      err instanceof ConfigError ? `Invalid configuration: ${message}\n` : `Could not start: ${message}\n`,
    );
    process.exit(1);
  }
  logger.info({ ms: Date.now() - started, database: container.get().db.kind }, 'ready');
}

main().catch((err: Error) => {
  process.stderr.write(`Could not start: ${err.message}\n`);
  process.exit(1);
});
