/**
 * The web channel: the channel-neutral chat API (POST /api/v1/chat) for trusted back-ends, and the
 * Direct Line subset (/v3/directline) that the residents' web chat page talks to.
 */
import type { FastifyInstance } from 'fastify';
import type { ChannelContext } from '../conversation/channel';
import { chatRoutes } from './chat.route';
import { directLineRoutes } from './directline/directline.route';
import { DirectLineService } from './directline/directline.service';
import type { WebSettings } from './web.settings';

export type { WebSettings } from './web.settings';

export async function webChannel(app: FastifyInstance, ctx: ChannelContext<WebSettings>): Promise<void> {
  chatRoutes(app, ctx);
  const directLine = new DirectLineService({
    store: () => ctx.ports().directLine,
    engine: ctx.engine,
    metrics: ctx.metrics,
    emergencyNumber: ctx.settings.emergencyNumber,
  });
  await app.register(async (scope) => directLineRoutes(scope, directLine, ctx.settings.maxTextLength), {
    prefix: '/v3/directline',
  });
}
