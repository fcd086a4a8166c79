/**
 * Composes the HTTP application in a fixed order: error handling, body parsers, documentation,
 * metrics, then the routes of each channel. Nothing here starts or stops the process.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Config } from './config';
import type { ServiceContainer } from './container';
import { Metrics } from './metrics';
import { registerErrorHandler } from './error-handler';
import { registerChannels } from './channels';
import { registerGuard } from './guard';
import { limitConnections } from './connections';
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
  const { http } = config;
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    bodyLimit: 64 * 1024,
    // A hop count trusts that many proxies in front of the service.
    trustProxy:
      typeof http.trustProxy === 'number'
        ? (
            (hops: number) => (_addr: string, i: number) =>
              i < hops
          )(http.trustProxy)
        : http.trustProxy,
    // Half-sent requests and idle sockets are closed instead of held for minutes: a socket silent for
    // REQUEST_TIMEOUT_MS, a request (or its headers) not complete in time however slowly it trickles in.
    connectionTimeout: http.requestTimeoutMs,
    requestTimeout: http.requestTimeoutMs,
    keepAliveTimeout: http.keepAliveTimeoutMs,
    // Node checks the request and headers timeouts only every connectionsCheckingInterval (30 s by
    // default), so a slowloris trickle would outlive them by up to that much.
    http: { headersTimeout: http.headersTimeoutMs, connectionsCheckingInterval: checkingIntervalMs(http) },
    // Prototype keys in JSON bodies are refused (400), not merged.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Wrong types are an error, never silently coerced ("text": 5 is not "5").
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
    genReqId: () => crypto.randomUUID(),
  });
  limitConnections(app.server, http);
  const metrics = new Metrics();

  registerErrorHandler(app);
  await registerSecurityHeaders(app);
  registerGuard(
    app,
    { limits: config.limits, http, opsToken: config.opsToken, emergencyNumber: config.emergencyNumber },
    {
      screen: (text) => container.get().engine.screenFirst({ text }),
      limiter: () => container.get().limiter,
      audit: () => container.get().audit,
      now: () => new Date(),
    },
  );
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
  // staticCSP: the documentation page's own scripts pass the Content-Security-Policy helmet sets.
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });

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
    engine: {
      handle: (msg) => container.get().engine.handle(msg),
      isEmergency: (msg) => container.get().engine.isEmergency(msg),
    },
    ports: () => container.get().ports,
    metrics,
  });
  await app.register(dashboardPlugin, {
    services: () => {
      const s = container.get();
      return {
        auth: s.dashboard.auth,
        desk: s.dashboard.desk,
        admin: s.dashboard.admin,
        clock: s.clock,
        keyPeople: s.dashboard.keyPeople,
      };
    },
    catalog: serviceCatalog,
    settings: { sessionMaxHours: config.staff.sessionMaxHours, loginWindowMinutes: config.staff.loginWindowMinutes },
  });
  return app;
}

/** Often enough that a timeout is enforced within a quarter of itself, at least once a second. */
function checkingIntervalMs(http: Config['http']): number {
  return Math.max(100, Math.min(1000, Math.floor(Math.min(http.headersTimeoutMs, http.requestTimeoutMs) / 4)));
}

/**
 * nosniff, no framing (frame-ancestors 'none'), a CSP for pages, no referrer; HSTS only on requests that
 * came over https (TRUST_PROXY lets a proxy say so). Personal data is never cached: every answer is
 * no-store unless its route says otherwise.
 */
async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    hsts: false,
    frameguard: { action: 'deny' },
    // Plain http stays usable (local development, a private listen address): no upgrade-insecure-requests.
    contentSecurityPolicy: { directives: { frameAncestors: ["'none'"], upgradeInsecureRequests: null } },
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
