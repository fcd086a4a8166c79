/**
 * What the service in front of the routes applies to each of them, in one table a reviewer can read:
 * the body types accepted, what a message says (screened for an emergency before any refusal), which
 * limits count, and whether the route may be shed when the instance is overloaded. A route not named
 * here (e.g. a new channel) gets the default: JSON or form bodies, a `text` field screened, the
 * per-IP limit, and shedding.
 */
import type { FastifyRequest } from 'fastify';

export const JSON_BODY = 'application/json';
export const FORM_BODY = 'application/x-www-form-urlencoded';

export type CallerLimit = 'session' | 'phone';

export interface RoutePolicy {
  /** Body types accepted (415 for any other); empty: the route reads no body. */
  contentTypes: readonly string[];
  /** The words of the message, screened before the route may be refused. */
  text?(request: FastifyRequest): string | undefined;
  /**
   * 'always': every request counts against its address; 'on-refusal': only requests the route refused
   * (Twilio's signed webhooks come from a few shared addresses); 'never'.
   */
  ip: 'always' | 'on-refusal' | 'never';
  /** The person behind the request, counted against their own limit. */
  caller?(request: FastifyRequest): { limit: CallerLimit; id: string } | undefined;
  /** May be answered 503 when the instance is over its in-flight cap (never an emergency). */
  shed: boolean;
  /** How a refusal is said: JSON errors, or TwiML to a texter. */
  answer: 'json' | 'sms';
  /** /metrics and /docs: only with OPS_TOKEN, or from this machine. */
  ops?: boolean;
}

type Fields = Record<string, unknown>;
const field = (body: unknown, name: string): string | undefined => {
  const v = body && typeof body === 'object' ? (body as Fields)[name] : undefined;
  return typeof v === 'string' ? v : undefined;
};

const DEFAULT: RoutePolicy = {
  contentTypes: [JSON_BODY, FORM_BODY],
  text: (r) => field(r.body, 'text'),
  ip: 'always',
  shed: true,
  answer: 'json',
};

const OPS: RoutePolicy = { contentTypes: [], ip: 'always', shed: false, answer: 'json', ops: true };

const TWILIO_VOICE: RoutePolicy = {
  contentTypes: [FORM_BODY],
  text: (r) => field(r.body, 'SpeechResult'),
  ip: 'on-refusal',
  // A caller is on a live line, and Twilio already bounds how many calls reach us at once.
  shed: false,
  answer: 'json',
};

const POLICIES: Record<string, RoutePolicy> = {
  '/health': { contentTypes: [], ip: 'never', shed: false, answer: 'json' },
  '/metrics': OPS,
  '/api/v1/chat': {
    contentTypes: [JSON_BODY],
    text: (r) => field(r.body, 'text'),
    ip: 'always',
    caller: (r) => {
      const session = field(r.body, 'sessionId');
      // Per key and session: someone without the key cannot use up an integrator's session.
      return session ? { limit: 'session', id: `${r.headers.authorization ?? ''}|${session}` } : undefined;
    },
    shed: true,
    answer: 'json',
  },
  '/twilio/sms': {
    contentTypes: [FORM_BODY],
    text: (r) => field(r.body, 'Body'),
    ip: 'on-refusal',
    caller: (r) => {
      const from = field(r.body, 'From');
      return from ? { limit: 'phone', id: from } : undefined;
    },
    shed: true,
    answer: 'sms',
  },
};

export function policyFor(request: FastifyRequest): RoutePolicy {
  const url = request.routeOptions.url;
  if (url === undefined) return { ...DEFAULT, text: undefined };
  if (url === '/docs' || url.startsWith('/docs/')) return OPS;
  if (url.startsWith('/twilio/voice')) return TWILIO_VOICE;
  if (url.startsWith('/open311/')) return { ...DEFAULT, contentTypes: [FORM_BODY], text: undefined };
  return POLICIES[url] ?? DEFAULT;
}
