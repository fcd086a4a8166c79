import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isVerifiedTwilioRequest } from '../twilio-signature';
import { SMS_TEXTS } from './sms-texts';
import { messagingTwiml } from './sms.twiml';

/**
 * A fault while answering a text (database down, service starting) would otherwise reach the
 * texter as silence. They get a reply that says plainly the message was NOT processed — so it
 * is not mistaken for an acknowledgement — and to call 120 in an emergency.
 */
export function smsErrorHandler(emergencyNumber: string) {
  return function answerSmsFault(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    if (!isVerifiedTwilioRequest(request) || (err.statusCode && err.statusCode < 500)) throw err;
    const body = (request.body as { Body?: unknown } | undefined)?.Body;
    const lang = typeof body === 'string' && !/\p{Script=Han}/u.test(body) && /[A-Za-z]/.test(body) ? 'en' : 'zh';
    request.log.error({ err }, 'sms failed: texter told to resend');
    return reply
      .status(200)
      .type('text/xml')
      .send(messagingTwiml([SMS_TEXTS.failed[lang].replace('{emergency}', emergencyNumber)]));
  };
}
