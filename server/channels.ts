/**
 * Where channels are registered: one line each, handing the channel its slice of the configuration.
 * A channel is a folder exporting a Fastify plugin that takes a ChannelContext (conversation/channel.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { ChannelContext } from '../conversation/channel';
import { botChannel } from '../bot';
import { open311Channel } from '../open311';
import { telephonyChannel } from '../telephony';
import { webChannel } from '../web';
import type { Config } from './config';

export type ChannelBase = Omit<ChannelContext<unknown>, 'settings'>;

export async function registerChannels(app: FastifyInstance, config: Config, base: ChannelBase): Promise<void> {
  const { maxTextLength, emergencyNumber, chatApiKeys } = config;
  const open311 = { apiKeys: config.open311ApiKeys, publicBaseUrl: config.twilio.publicBaseUrl };
  await app.register(telephonyChannel, { ...base, settings: { ...config, twilio: config.twilio } });
  await app.register(webChannel, { ...base, settings: { maxTextLength, emergencyNumber, apiKeys: chatApiKeys } });
  await app.register(botChannel, { ...base, settings: { ...config.bot, maxTextLength, emergencyNumber } });
  await app.register(open311Channel, { ...base, settings: open311, prefix: '/open311/v2' });
}
