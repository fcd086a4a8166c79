/** Signed Twilio webhooks for tests, signed by Twilio's own library as Twilio would sign them. */
import type { FastifyInstance } from 'fastify';
import twilio from 'twilio';

export const TWILIO_TEST_ENV = {
  TWILIO_AUTH_TOKEN: 'test-token',
  TWILIO_ACCOUNT_SID: 'AC' + '0123456789abcdef'.repeat(2),
  TWILIO_PHONE_NUMBER: '+15005550006',
  PUBLIC_BASE_URL: 'https://hotline.example.org',
  OPERATOR_NUMBER: '+8657100000000',
};

export interface SignOptions {
  /** Sign with another token (a forgery). */
  token?: string;
  /** Sign for another URL than the one posted to. */
  signedUrl?: string;
  /** Send no X-Twilio-Signature at all. */
  unsigned?: boolean;
}

export function twilioSignature(
  url: string,
  params: Record<string, string>,
  token = TWILIO_TEST_ENV.TWILIO_AUTH_TOKEN,
): string {
  return twilio.getExpectedTwilioSignature(token, url, params);
}

export function postTwilio(
  app: FastifyInstance,
  path: string,
  params: Record<string, string>,
  options: SignOptions = {},
) {
  const url = options.signedUrl ?? TWILIO_TEST_ENV.PUBLIC_BASE_URL + path;
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (!options.unsigned) headers['x-twilio-signature'] = twilioSignature(url, params, options.token);
  return app.inject({ method: 'POST', url: path, headers, payload: new URLSearchParams(params).toString() });
}

let counter = 0;
/** A fresh Twilio-style id: "SM" + 32 hex for messages, "CA" for calls. */
export function twilioSid(prefix: 'SM' | 'CA'): string {
  counter += 1;
  return prefix + (Date.now().toString(16) + counter.toString(16).padStart(8, '0')).padStart(32, '0');
}

/** The text of every <Say> (and <Message>) in a TwiML document, in order. */
export function spokenLines(twiml: string): string[] {
  return [...twiml.matchAll(/<(?:Say|Message)\b[^>]*>(.*?)<\/(?:Say|Message)>/gs)].map((m) =>
    decode(m[1]!.replace(/<[^>]+>/g, '')),
  );
}

export function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Where Twilio would post next: the action of the <Gather>, <Dial> or <Record> in the TwiML. */
export function actionOf(twiml: string, verb: 'Gather' | 'Dial' | 'Record' = 'Gather'): string {
  const match = new RegExp(`<${verb}\\b[^>]*\\baction="([^"]*)"`).exec(twiml);
  if (!match) throw new Error(`no <${verb} action> in ${twiml}`);
  return decode(match[1]!);
}

/** The number a <Dial> connects to, if any. */
export function dialedNumber(twiml: string): string | undefined {
  return /<Dial\b[^>]*>([^<]*)<\/Dial>/.exec(twiml)?.[1];
}

/** One simulated call: posts the fields Twilio would send for this CallSid and caller. */
export function twilioCall(app: FastifyInstance, from: string, callSid = twilioSid('CA')) {
  const base = {
    CallSid: callSid,
    From: from,
    To: TWILIO_TEST_ENV.TWILIO_PHONE_NUMBER,
    AccountSid: TWILIO_TEST_ENV.TWILIO_ACCOUNT_SID,
  };
  return {
    callSid,
    post: (path: string, fields: Record<string, string> = {}) =>
      postTwilio(app, path, { ...base, CallStatus: 'in-progress', ...fields }),
  };
}
