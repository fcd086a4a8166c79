/**
 * Every /twilio/* webhook is checked here, once, before its body is validated or anything is
 * stored: X-Twilio-Signature must match PUBLIC_BASE_URL + the path and query Twilio called,
 * with the posted form fields, as Twilio's own library computes it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import twilio from 'twilio';
import { errorBody } from '../core/errors';
import type { TwilioSettings } from './telephony.settings';

const verified = new WeakSet<FastifyRequest>();

/** Only a request that passed the check may be answered as if Twilio sent it (e.g. with TwiML). */
export function isVerifiedTwilioRequest(request: FastifyRequest): boolean {
  return verified.has(request);
}

export function twilioSignatureCheck(settings: Pick<TwilioSettings, 'authToken' | 'publicBaseUrl'>) {
  const { authToken, publicBaseUrl } = settings;
  return async function checkTwilioSignature(request: FastifyRequest, reply: FastifyReply) {
    // Without the token nothing can be checked, and an unchecked webhook is never accepted.
    if (!authToken || !publicBaseUrl) {
      return reply
        .status(503)
        .send(
          errorBody('twilio_not_configured', 'Twilio webhooks are not configured on this service (TWILIO_AUTH_TOKEN).'),
        );
    }
    const signature = request.headers['x-twilio-signature'];
    const params = isForm(request) ? (request.body as Record<string, string>) : {};
    if (
      typeof signature !== 'string' ||
      !twilio.validateRequest(authToken, signature, publicBaseUrl + request.url, params)
    ) {
      request.log.warn({ route: request.routeOptions.url }, 'twilio webhook refused: signature does not match');
      return reply.status(403).send(errorBody('invalid_signature', 'X-Twilio-Signature does not match this request.'));
    }
    verified.add(request);
  };
}

/** Twilio posts form fields; any other body (JSON, none) is checked as if no fields were posted. */
function isForm(request: FastifyRequest): boolean {
  const type = request.headers['content-type'] ?? '';
  return (
    type.startsWith('application/x-www-form-urlencoded') && typeof request.body === 'object' && request.body !== null
  );
}
