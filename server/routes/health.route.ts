import type { FastifyInstance } from 'fastify';
import type { ServiceContainer } from '../container';

export function healthRoutes(app: FastifyInstance, container: ServiceContainer): void {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Readiness: 200 once the service can answer messages (database reachable, model loaded), 503 before',
        tags: ['operations'],
        response: {
          200: { type: 'object', properties: { status: { type: 'string' }, database: { type: 'string' } } },
          503: { type: 'object', properties: { status: { type: 'string' } } },
        },
      },
    },
    async (_request, reply) => {
      if (!container.ready) return reply.status(503).send({ status: 'starting' });
      const { db } = container.get();
      try {
        await db.prisma.$queryRaw`SELECT 1`;
      } catch (err) {
        reply.log.error({ err }, 'health: database unreachable');
        return reply.status(503).send({ status: 'database_unreachable' });
      }
      return { status: 'ok', database: db.kind };
    },
  );
}
