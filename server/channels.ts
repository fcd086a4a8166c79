/**
 * Where channels are registered: one line each, handing the channel its slice of the configuration.
 * A channel is a folder exporting a Fastify plugin that takes a ChannelContext (conversation/channel.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { ChannelContext } from '../conversation/channel';
import { botChannel } from '../bot';
import { telephonyChannel } from '../telephony';
import { webChannel } from '../web';
import type { Config } from './config';

export type ChannelBase = Omit<ChannelContext<unknown>, 'settings'>;

export async function registerChannels(app: FastifyInstance, config: Config, base: ChannelBase): Promise<void> {
  const { maxTextLength, emergencyNumber } = config;
  await app.register(telephonyChannel, { ...base, settings: { ...config, twilio: config.twilio } });
  await app.register(webChannel, { ...base, settings: { maxTextLength, emergencyNumber } });
  await app.register(botChannel, { ...base, settings: { ...config.bot, maxTextLength, emergencyNumber } });
}
