/**
 * What stands in front of every route: strict body types, the operations endpoints' gate, the
 * in-flight cap and the rate limits. A message is screened for an emergency before it can be refused
 * for any of the last two: an emergency is never shed and never rate limited.
 *
 * "Overloaded" is over MAX_IN_FLIGHT requests at once or the event loop running later than
 * MAX_EVENT_LOOP_DELAY_MS (server/load-meter.ts), decided when the request arrives.
 *
 * Order per request: onRequest (count it in flight; refuse a wrong body type; gate /metrics and
 * /docs; routes that carry no message are shed or limited here, before their body is read) →
 * preHandler (body parsed and, on Twilio routes, the signature checked: screen, then shed, then limit).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditEntry, AuditLog } from '../core/audit';
import { errorBody } from '../core/errors';
import { MESSAGES, say } from '../core/messages';
import { hashKey, type LimitHit, type LimitVerdict, type RateLimiter } from '../core/rate-limit';
import type { FirstScreen } from '../core/understanding';
import { messagingTwiml } from '../telephony/sms/sms.twiml';
import type { HttpLimits, RateLimits } from './config';
import { LoadMeter } from './load-meter';
import { policyFor, type RoutePolicy } from './route-policy';

export interface GuardSettings {
  limits: RateLimits;
  http: Pick<HttpLimits, 'maxInFlight' | 'maxEventLoopDelayMs'>;
  opsToken?: string;
  emergencyNumber: string;
}

/** What the guard needs of the running service; each throws NotReadyError until it is ready. */
export interface GuardDeps {
  /** The emergency screen on a message alone (the engine's first screen), kept on the request for its route. */
  screen(text: string): FirstScreen;
  limiter(): RateLimiter;
  audit(): AuditLog;
  now(): Date;
}

/** A shed request may try again as soon as the burst passes. */
const SHED_RETRY_AFTER_SECONDS = 2;

interface RequestState {
  policy: RoutePolicy;
  overloaded: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The emergency screen on this request's message alone, computed once in front of its route. */
    screened?: FirstScreen;
  }
}

export function registerGuard(app: FastifyInstance, settings: GuardSettings, deps: GuardDeps): void {
  app.decorateRequest('screened', undefined);
  const state = new WeakMap<FastifyRequest, RequestState>();
  /** Addresses over their limit on a route counted 'on-refusal', until their window ends (per instance). */
  const blocked = new Map<string, number>();
  let inFlight = 0;
  const maxDelay = settings.http.maxEventLoopDelayMs;
  const meter = maxDelay > 0 ? new LoadMeter() : undefined;
  if (meter) app.addHook('onClose', async () => meter.stop());
  const overloaded = () => inFlight > settings.http.maxInFlight || (meter !== undefined && meter.delayMs() > maxDelay);

  const ipHit = (request: FastifyRequest): LimitHit[] =>
    settings.limits.ip ? [{ key: hashKey('ip', request.ip), limit: settings.limits.ip }] : [];

  const count = async (request: FastifyRequest, hits: LimitHit[]): Promise<LimitVerdict | undefined> => {
    if (hits.length === 0) return undefined;
    try {
      return await deps.limiter().hit(hits, deps.now());
    } catch (err) {
      // No counts without the database: let the request through, the route answers the outage itself.
      request.log.warn({ err: (err as Error).message }, 'rate limits not counted');
      return undefined;
    }
  };

  const audit = (request: FastifyRequest, entry: AuditEntry) => {
    try {
      deps
        .audit()
        .record(entry)
        .catch((err: Error) => request.log.warn({ err: err.message, kind: entry.kind }, 'audit event not stored'));
    } catch {
      // Not ready: nothing to record into.
    }
  };

  app.addHook('onRequest', async (request, reply) => {
    inFlight++;
    reply.raw.once('close', () => inFlight--);
    const policy = policyFor(request);
    const busy = overloaded();
    state.set(request, { policy, overloaded: busy });
    // Let the event loop read what else has arrived before this request's work starts. Without it, work
    // that never waits on I/O (the embedded database runs in this thread) takes requests one at a time
    // off the socket queue, the in-flight count never rises and the queue grows unseen in the kernel.
    // Already overloaded, the request goes on at once: a busy loop would make even its 503 wait a turn.
    if (!busy) await new Promise((resolve) => setImmediate(resolve));

    // Refused before its body is read: close the connection after the answer, or a half-sent body would
    // hold the socket open (the request counts as answered, so no request timeout applies to it any more).
    if (hasBody(request)) reply.header('connection', 'close');
    if (hasBody(request) && !policy.contentTypes.includes(mediaType(request))) {
      return reply
        .status(415)
        .send(errorBody('unsupported_media_type', `This endpoint accepts ${accepted(policy)} bodies only.`));
    }
    if (policy.ops && !opsAllowed(request, settings.opsToken)) {
      const verdict = await count(request, ipHit(request));
      if (verdict?.allowed !== false)
        audit(request, { kind: 'ops.refused', actor: hashKey('ip', request.ip), details: { route: routeOf(request) } });
      // Indistinguishable from a path that does not exist.
      return reply.status(404).send(errorBody('not_found', `No route for ${request.method} ${pathOf(request)}`));
    }
    if (policy.ip === 'on-refusal' && (blocked.get(request.ip) ?? 0) > Date.now()) {
      return refuseLimited(request, reply, policy, { seconds: secondsUntil(blocked.get(request.ip)!), repeated: true });
    }
    if (policy.text) return keepAlive(reply); // screened in preHandler, once the body is read
    if (state.get(request)!.overloaded && policy.shed) return shed(reply, policy);
    if (policy.ip === 'always') {
      const verdict = await count(request, ipHit(request));
      if (verdict && !verdict.allowed) return limited(request, reply, policy, verdict);
    }
    keepAlive(reply);
  });

  app.addHook('preHandler', async (request, reply) => {
    const s = state.get(request);
    if (!s?.policy.text) return;
    const text = s.policy.text(request);
    if (text !== undefined) {
      try {
        // Screened once: the route hands this verdict to the engine with the message.
        request.screened = deps.screen(text);
      } catch {
        return; // not ready: the route answers 503 itself
      }
      if (request.screened.screening.triage === 'emergency') return;
    }
    if (s.overloaded && s.policy.shed) return shed(reply, s.policy);
    const hits = s.policy.ip === 'always' ? ipHit(request) : [];
    const caller = s.policy.caller?.(request);
    const limit = caller && settings.limits[caller.limit];
    if (caller && limit) hits.push({ key: hashKey(caller.limit, caller.id), limit });
    const verdict = await count(request, hits);
    if (verdict && !verdict.allowed) return limited(request, reply, s.policy, verdict, text);
  });

  // A refused Twilio webhook counts against its address; Twilio's own signed requests never do.
  app.addHook('onResponse', async (request, reply) => {
    const s = state.get(request);
    if (s?.policy.ip !== 'on-refusal' || reply.statusCode !== 403) return;
    const verdict = await count(request, ipHit(request));
    if (verdict?.allowed !== false) {
      audit(request, {
        kind: 'twilio.signature_refused',
        actor: hashKey('ip', request.ip),
        details: { route: routeOf(request) },
      });
      return;
    }
    blocked.set(request.ip, Date.now() + verdict.retryAfterSeconds * 1000);
    if (verdict.firstRefusal) auditLimit(request, verdict);
    if (blocked.size > 10_000) for (const [ip, until] of blocked) if (until <= Date.now()) blocked.delete(ip);
  });

  const auditLimit = (request: FastifyRequest, verdict: LimitVerdict) =>
    audit(request, {
      kind: 'limit.reached',
      actor: verdict.refusedKey ?? hashKey('ip', request.ip),
      details: { route: routeOf(request), retryAfterSeconds: verdict.retryAfterSeconds },
    });

  const limited = (
    request: FastifyRequest,
    reply: FastifyReply,
    policy: RoutePolicy,
    verdict: LimitVerdict,
    text?: string,
  ) => {
    if (verdict.firstRefusal) auditLimit(request, verdict);
    const how = { seconds: verdict.retryAfterSeconds, repeated: !verdict.firstRefusal, verified: true, text };
    return refuseLimited(request, reply, policy, how);
  };

  /** `verified`: the body was read and, on a Twilio route, its signature checked (only then TwiML). */
  const refuseLimited = (
    request: FastifyRequest,
    reply: FastifyReply,
    policy: RoutePolicy,
    how: { seconds: number; repeated: boolean; verified?: boolean; text?: string },
  ) => {
    const { seconds: retryAfterSeconds, repeated, text } = how;
    reply.header('retry-after', String(retryAfterSeconds));
    if (policy.answer === 'sms' && how.verified) {
      // A texter hears why once per window; after that nothing more is sent back to them.
      const lang = text && /\p{Script=Han}/u.test(text) ? 'zh' : /[A-Za-z]/.test(text ?? '') ? 'en' : 'zh';
      const minutes = String(Math.max(1, Math.ceil(retryAfterSeconds / 60)));
      const parts = repeated
        ? []
        : [say(MESSAGES.tooManyMessages, lang, { minutes, emergency: settings.emergencyNumber })];
      request.log.info({ sms: 'rate_limited', repeated }, 'sms refused: over its limit');
      return reply.status(200).type('text/xml').send(messagingTwiml(parts));
    }
    return reply
      .status(429)
      .send(errorBody('rate_limited', `Too many requests; try again in ${retryAfterSeconds} seconds.`));
  };
}

/** Not refused early after all: the connection may be kept. */
function keepAlive(reply: FastifyReply): void {
  reply.removeHeader('connection');
}

function shed(reply: FastifyReply, policy: RoutePolicy) {
  reply.header('retry-after', String(SHED_RETRY_AFTER_SECONDS));
  return reply
    .status(503)
    .send(
      errorBody(
        'overloaded',
        policy.answer === 'sms'
          ? 'The hotline is very busy; the message was not processed, please retry.'
          : 'The service is very busy right now; try again in a few seconds. In an emergency call 120.',
      ),
    );
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function mediaType(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function accepted(policy: RoutePolicy): string {
  return policy.contentTypes.length ? policy.contentTypes.join(' or ') : 'no';
}

function secondsUntil(epochMs: number): number {
  return Math.max(1, Math.ceil((epochMs - Date.now()) / 1000));
}

function routeOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0]!;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * With OPS_TOKEN: `Authorization: Bearer <token>` from anywhere. Without: only this machine, asked
 * directly (a request a proxy forwarded carries X-Forwarded-For and is refused).
 */
export function opsAllowed(request: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    return timingSafeEqual(digest(given), digest(token));
  }
  return LOOPBACK.has(request.socket.remoteAddress ?? '') && request.headers['x-forwarded-for'] === undefined;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
