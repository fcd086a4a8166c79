import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isVerifiedTwilioRequest } from '../twilio-signature';
import { apologyTwiml, type Numbers } from './connect.twiml';

/**
 * A fault in a voice step (database down, engine error, service still starting) must not leave a
 * caller in silence or with Twilio's "application error": apologise and put a person on, or say
 * to dial 120. 200, because Twilio plays only TwiML that comes with a success status.
 */
export function voiceErrorHandler(numbers: Numbers) {
  return function answerVoiceFault(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    // A body that failed to parse never reached the signature check: not a caller, the usual JSON error.
    if (!isVerifiedTwilioRequest(request)) throw err;
    const callSid = (request.body as { CallSid?: unknown } | undefined)?.CallSid;
    request.log.error({ err, callSid }, 'voice step failed: caller gets the apology');
    return reply.status(200).type('text/xml').send(apologyTwiml('zh', numbers));
  };
}
