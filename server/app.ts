/**
 * Composes the HTTP application in a fixed order: error handling, body parsers, documentation,
 * metrics, then the routes of each channel. Nothing here starts or stops the process.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Config } from './config';
import type { ServiceContainer } from './container';
import { Metrics } from './metrics';
import { registerErrorHandler } from './error-handler';
import { registerChannels } from './channels';
import { healthRoutes } from './routes/health.route';
import { metricsRoutes } from './routes/metrics.route';
import { dashboardPlugin } from '../dashboard';
import { serviceCatalog } from '../knowledge/services/catalog';

export interface AppOptions {
  config: Config;
  container: ServiceContainer;
  /** The process's pino logger; false for none (tests). */
  logger: FastifyBaseLogger | false;
}

export async function buildApp({ config, container, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    bodyLimit: 64 * 1024,
    // Wrong types are an error, never silently coerced ("text": 5 is not "5").
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
    genReqId: () => crypto.randomUUID(),
  });
  const metrics = new Metrics();

  registerErrorHandler(app);
  await app.register(formbody);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'District health hotline',
        version: '1',
        description: 'JSON endpoints of the district health hotline.',
      },
      tags: [{ name: 'chat' }, { name: 'directline' }, { name: 'bot' }, { name: 'staff' }, { name: 'operations' }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  healthRoutes(app, container);
  metricsRoutes(app, metrics);
  await registerChannels(app, config, {
    engine: { handle: (msg) => container.get().engine.handle(msg) },
    ports: () => container.get().ports,
    metrics,
  });
  await app.register(dashboardPlugin, {
    services: () => {
      const s = container.get();
      return { auth: s.dashboard.auth, desk: s.dashboard.desk, admin: s.dashboard.admin, clock: s.clock };
    },
    catalog: serviceCatalog,
    settings: { sessionMaxHours: config.staff.sessionMaxHours, loginWindowMinutes: config.staff.loginWindowMinutes },
  });
  return app;
}
