/**
 * The Twilio channel's HTTP side: POST /twilio/sms and POST /twilio/voice[/…]. Every route here
 * passes the signature check first; voice routes answer faults with TwiML, never with silence.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../server/config';
import type { ServiceContainer } from '../server/container';
import type { Metrics } from '../server/metrics';
import { twilioSignatureCheck } from './twilio-signature';
import { smsRoutes } from './sms/sms.route';
import { voiceRoutes, voiceStatusRoute } from './voice/voice.route';

export interface TelephonyRouteOptions {
  config: Config;
  container: ServiceContainer;
  metrics: Metrics;
}

export async function telephonyRoutes(app: FastifyInstance, opts: TelephonyRouteOptions): Promise<void> {
  // preValidation: after the form is parsed, before the body schema or the handler sees it.
  app.addHook('preValidation', twilioSignatureCheck(opts.config.twilio));
  // Each channel in its own context, so its error handler answers only its own webhooks.
  await app.register(smsRoutes, opts);
  voiceStatusRoute(app, opts);
  await app.register(voiceRoutes, opts);
}
