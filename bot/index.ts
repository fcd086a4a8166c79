/**
 * The Bot Framework channel: POST /api/messages for Azure Bot Service, Teams and Direct Line, on the
 * Microsoft 365 Agents SDK (bot-endpoint.ts). With MICROSOFT_APP_ID set every request's JWT is
 * validated; without it only BOT_ANONYMOUS=true (never in production) lets requests in, and
 * otherwise the endpoint answers 401 without loading the SDK at all (≈ 140 ms and 30 MB at start).
 */
import type { FastifyInstance } from 'fastify';
import type { ChannelContext } from '../conversation/channel';
import { AppError } from '../core/errors';
import type { BotEndpoint } from './bot-endpoint';
import type { TurnDeps } from './bot-turn';
import type { BotSettings } from './bot.settings';

export type { BotSettings } from './bot.settings';

/** Teams sends card payloads and entities; more than a text message needs. */
const BODY_LIMIT = 256 * 1024;

const account = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 1024 } },
};

/** What every channel sends and a reply needs (the SDK addresses replies from these); the rest is the SDK's. */
const activitySchema = {
  type: 'object',
  required: ['type', 'conversation', 'from', 'recipient'],
  properties: {
    type: { type: 'string', minLength: 1 },
    text: { type: 'string' },
    conversation: account,
    from: account,
    recipient: account,
    serviceUrl: { type: 'string', maxLength: 1024 },
    channelId: { type: 'string', maxLength: 100 },
  },
};

const closed: BotEndpoint = {
  async authorize() {
    throw new AppError(401, 'unauthorized', 'This endpoint needs MICROSOFT_APP_ID (anonymous requests are off)');
  },
  handle: async () => {
    throw new AppError(401, 'unauthorized', 'unauthorized');
  },
};

export async function botChannel(app: FastifyInstance, ctx: ChannelContext<BotSettings>): Promise<void> {
  const { settings } = ctx;
  const deps: TurnDeps = {
    engine: ctx.engine,
    metrics: ctx.metrics,
    emergencyNumber: settings.emergencyNumber,
    maxTextLength: settings.maxTextLength,
  };
  // The SDK also refuses to build an adapter without a client id in production.
  const endpoint =
    settings.appId || settings.anonymous
      ? (await import('./bot-endpoint')).createBotEndpoint(settings, deps, app.log)
      : closed;

  app.post(
    '/api/messages',
    {
      bodyLimit: BODY_LIMIT,
      preValidation: endpoint.authorize,
      schema: {
        summary: 'Bot Framework Activity endpoint (Azure Bot Service, Teams, Direct Line)',
        tags: ['bot'],
        body: activitySchema,
      },
    },
    endpoint.handle,
  );
}
