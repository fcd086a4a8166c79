/**
 * The web channel: the channel-neutral chat API (POST /api/v1/chat) for trusted back-ends, the
 * residents' chat page (GET /chat), and the Direct Line subset (/v3/directline) the page talks to.
 */
import type { FastifyInstance } from 'fastify';
import type { ChannelContext } from '../conversation/channel';
import { chatRoutes } from './chat.route';
import { directLineRoutes } from './directline/directline.route';
import { DirectLineService } from './directline/directline.service';
import { chatPageRoutes } from './page/chat-page.route';
import type { WebSettings } from './web.settings';

export type { WebSettings } from './web.settings';

const DIRECT_LINE_PREFIX = '/v3/directline';

export async function webChannel(app: FastifyInstance, ctx: ChannelContext<WebSettings>): Promise<void> {
  const { emergencyNumber, maxTextLength } = ctx.settings;
  chatRoutes(app, ctx);
  chatPageRoutes(app, { emergencyNumber, maxTextLength, directLinePath: DIRECT_LINE_PREFIX });
  const directLine = new DirectLineService({
    store: () => ctx.ports().directLine,
    engine: ctx.engine,
    metrics: ctx.metrics,
    emergencyNumber,
  });
  await app.register(async (scope) => directLineRoutes(scope, directLine, maxTextLength), {
    prefix: DIRECT_LINE_PREFIX,
  });
}
