import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TelephonyContext } from '../index';
import type { InboundSms, SmsTurn } from './inbound-sms.service';
import { messagingTwiml } from './sms.twiml';
import { smsErrorHandler } from './sms-error';

interface SmsWebhook {
  MessageSid: string;
  From: string;
  Body?: string;
}

const smsWebhookSchema = {
  hide: true,
  body: {
    type: 'object',
    required: ['MessageSid', 'From'],
    properties: {
      // Twilio's ids are letters and digits; a number never holds a control character (PostgreSQL refuses NUL).
      MessageSid: { type: 'string', pattern: '^[A-Za-z0-9]{1,64}$' },
      From: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[^\\u0000-\\u001f]*$' },
      Body: { type: 'string', maxLength: 1600 },
    },
  },
};

export async function smsRoutes(
  app: FastifyInstance,
  { settings, services, metrics }: TelephonyContext,
): Promise<void> {
  app.setErrorHandler(smsErrorHandler(settings.emergencyNumber));
  app.post<{ Body: SmsWebhook }>('/twilio/sms', { schema: smsWebhookSchema }, async (request, reply) => {
    const turn = await services().sms.handle({ ...inboundSms(request.body), screened: request.screened });
    metrics.turn('sms', turn.reply, turn.duplicate);
    return sendMessages(reply, turn);
  });
}

function inboundSms(body: SmsWebhook): InboundSms {
  return { messageSid: body.MessageSid, from: body.From, body: body.Body ?? '' };
}

function sendMessages(reply: FastifyReply, turn: SmsTurn): FastifyReply {
  // Conversation id and outcome only: the number and the text stay out of the log.
  reply.log.info(
    { conversationId: turn.conversationId, sms: turn.kind, duplicate: turn.duplicate, parts: turn.messages.length },
    'sms answered',
  );
  return reply.type('text/xml').send(messagingTwiml(turn.messages));
}
