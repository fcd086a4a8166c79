/** The web channel: the channel-neutral chat API (POST /api/v1/chat) for trusted back-ends. */
import type { FastifyInstance } from 'fastify';
import type { ChannelContext } from '../conversation/channel';
import { chatRoutes } from './chat.route';
import type { WebSettings } from './web.settings';

export type { WebSettings } from './web.settings';

export async function webChannel(app: FastifyInstance, ctx: ChannelContext<WebSettings>): Promise<void> {
  chatRoutes(app, ctx);
}
