/** POST /twilio/voice and the later steps of a call; each route hands the webhook to a service and sends its TwiML. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ChannelMetrics } from '../../conversation/channel';
import type { TelephonyContext } from '../index';
import type { VoiceResult } from './voice-call.service';
import { voiceErrorHandler } from './voice-error';
import { VOICE_PATHS } from './voice-paths';
import {
  answerStep,
  durationOf,
  stepOf,
  voiceParams,
  voiceWebhookSchema as schema,
  type VoiceRequest,
} from './voice-webhook';
import { emptyVoiceTwiml } from './speech.twiml';
import { AppError } from '../../core/errors';

export async function voiceRoutes(
  app: FastifyInstance,
  { settings, services, metrics }: TelephonyContext,
): Promise<void> {
  app.setErrorHandler(voiceErrorHandler({ emergency: settings.emergencyNumber, operator: settings.operatorNumber }));
  const voice = () => services().voice;
  const handoff = () => services().handoff;
  const send = (reply: FastifyReply, result: VoiceResult | string) => sendTwiml(reply, result, metrics);

  app.post<VoiceRequest>(VOICE_PATHS.start, { schema }, async (req, reply) =>
    send(reply, await voice().start(voiceParams(req.body))),
  );
  app.post<VoiceRequest>(VOICE_PATHS.menu, { schema }, async (req, reply) =>
    send(reply, await voice().gather('menu', voiceParams(req.body), stepOf(req.query))),
  );
  app.post<VoiceRequest>(VOICE_PATHS.ask, { schema }, async (req, reply) =>
    send(reply, await voice().gather('ask', voiceParams(req.body), stepOf(req.query))),
  );
  app.post<VoiceRequest>(VOICE_PATHS.answer, { schema }, async (req, reply) =>
    send(reply, await voice().gather(answerStep(req.query), voiceParams(req.body), stepOf(req.query))),
  );
  app.post<VoiceRequest>(VOICE_PATHS.dialed, { schema }, async (req, reply) =>
    send(
      reply,
      await handoff().dialed(
        voiceParams(req.body),
        req.query.to ?? 'operator',
        req.body.DialCallStatus,
        stepOf(req.query),
      ),
    ),
  );
  app.post<VoiceRequest>(VOICE_PATHS.callback, { schema }, async (req, reply) =>
    send(reply, await handoff().recorded(voiceParams(req.body), req.body.RecordingUrl, stepOf(req.query))),
  );
  // Automated check-in calls of key people (placed with calls.create, never dialled in by a caller).
  app.post<VoiceRequest>(VOICE_PATHS.checkIn, { schema }, async (req, reply) =>
    send(reply, services().checkIn.start(checkInOf(req.query))),
  );
  app.post<VoiceRequest>(VOICE_PATHS.checkInAnswer, { schema }, async (req, reply) => {
    checkInOf(req.query);
    const { CallSid: callSid, To: to, Digits: digits, SpeechResult: speech } = req.body;
    if (!to) throw new AppError(400, 'invalid_request', 'To is required on a check-in call');
    return send(reply, await services().checkIn.answer({ callSid, to, digits, speech }));
  });
}

function checkInOf(query: VoiceRequest['Querystring']): string {
  if (!query.c) throw new AppError(400, 'invalid_request', 'c (the check-in) is required');
  return query.c;
}

/** Status callbacks are Twilio's, not the caller's: a fault there is an ordinary 500 for Twilio to retry. */
export function voiceStatusRoute(app: FastifyInstance, { services }: TelephonyContext): void {
  app.post<VoiceRequest>(VOICE_PATHS.status, { schema }, async (req, reply) => {
    await services().handoff.status(voiceParams(req.body), req.body.CallStatus ?? 'unknown', durationOf(req.body));
    return reply.type('text/xml').send(emptyVoiceTwiml());
  });
  app.post<VoiceRequest>(VOICE_PATHS.checkInStatus, { schema }, async (req, reply) => {
    await services().checkIn.status(req.body.CallSid, req.body.CallStatus ?? 'unknown');
    return reply.type('text/xml').send(emptyVoiceTwiml());
  });
}

function sendTwiml(reply: FastifyReply, result: VoiceResult | string, metrics: ChannelMetrics): FastifyReply {
  const { twiml, reply: turn, duplicate } = typeof result === 'string' ? ({ twiml: result } as VoiceResult) : result;
  metrics.turn('voice', turn, duplicate);
  return reply.type('text/xml').send(twiml);
}
