/**
 * The Twilio channel: POST /twilio/sms and POST /twilio/voice[/…]. Every route here passes the
 * signature check first; voice routes answer faults with TwiML, never with silence.
 */
import type { FastifyInstance } from 'fastify';
import type { ChannelContext } from '../conversation/channel';
import { smsRoutes } from './sms/sms.route';
import { createTelephonyServices, type TelephonyServices } from './telephony.services';
import type { TelephonySettings } from './telephony.settings';
import { twilioSignatureCheck } from './twilio-signature';
import { voiceRoutes, voiceStatusRoute } from './voice/voice.route';

export type { TelephonySettings, TwilioSettings } from './telephony.settings';
export { TwilioSmsSender } from './sms/twilio-sms-sender';

export type TelephonyContext = ChannelContext<TelephonySettings> & {
  /** The channel's services; throws NotReadyError until the service is ready. */
  services(): TelephonyServices;
};

export async function telephonyChannel(app: FastifyInstance, ctx: ChannelContext<TelephonySettings>): Promise<void> {
  let built: TelephonyServices | undefined;
  const services = () => (built ??= createTelephonyServices(ctx.engine, ctx.ports(), ctx.settings));
  const opts: TelephonyContext = { ...ctx, services };
  // preValidation: after the form is parsed, before the body schema or the handler sees it.
  app.addHook('preValidation', twilioSignatureCheck(ctx.settings.twilio));
  // Each part in its own context, so its error handler answers only its own webhooks.
  await app.register(smsRoutes, opts);
  voiceStatusRoute(app, opts);
  await app.register(voiceRoutes, opts);
}
