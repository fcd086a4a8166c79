import type { FastifyInstance } from 'fastify';
import type { ChannelContext } from '../conversation/channel';
import { AppError } from '../core/errors';
import { hashKey } from '../core/rate-limit';
import { chatAddress, integratorOf, UnauthorizedError } from './chat-auth';
import type { WebSettings } from './web.settings';
import type { Lang } from '../core/types';
import { renderPlainText } from '../conversation/output';
import { FOLLOW_UP_INTENTS, INTENTS, TRIAGE_LEVELS } from '../core/types';

interface ChatBody {
  sessionId: string;
  text: string;
  lang?: Lang;
}

const errorSchema = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
};

/** Idempotency-Key: a client's own id for one turn, so a retried post is answered, not stored twice. */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;

export function chatRoutes(
  app: FastifyInstance,
  { engine, metrics, settings, ports }: ChannelContext<WebSettings>,
): void {
  const { maxTextLength, apiKeys } = settings;
  const integrator = (request: Parameters<typeof integratorOf>[0]) => {
    try {
      return integratorOf(request, apiKeys);
    } catch (err) {
      if (err instanceof UnauthorizedError) {
        ports()
          .audit.record({ kind: 'chat.key_refused', actor: hashKey('ip', request.ip) })
          .catch((e: Error) => request.log.warn({ err: e.message }, 'audit event not stored'));
      }
      throw err;
    }
  };
  app.post<{ Body: ChatBody }>(
    '/api/v1/chat',
    {
      schema: {
        summary: 'Send one message of a conversation and get the hotline’s reply',
        description:
          'Every message is screened for emergencies before anything else. Later messages with the same sessionId continue the conversation.',
        tags: ['chat'],
        headers: {
          type: 'object',
          properties: { 'idempotency-key': { type: 'string', pattern: IDEMPOTENCY_KEY.source } },
        },
        body: {
          type: 'object',
          required: ['sessionId', 'text'],
          additionalProperties: false,
          properties: {
            sessionId: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9._:-]+$' },
            text: { type: 'string', minLength: 1, maxLength: maxTextLength },
            lang: { type: 'string', enum: ['zh', 'en'] },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['sessionId', 'reply', 'lang', 'intent', 'triage', 'ticket'],
            properties: {
              sessionId: { type: 'string' },
              reply: { type: 'string' },
              lang: { type: 'string', enum: ['zh', 'en'] },
              intent: { type: 'string', enum: [...INTENTS, ...FOLLOW_UP_INTENTS] },
              triage: { type: 'string', enum: [...TRIAGE_LEVELS] },
              ticket: {
                type: ['object', 'null'],
                properties: { id: { type: 'string' }, status: { type: 'string' }, service: { type: 'string' } },
              },
              choices: {
                type: 'array',
                items: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' } } },
              },
              action: { type: 'string', enum: ['call_emergency', 'handoff_human'] },
            },
          },
          400: errorSchema,
          401: errorSchema,
          415: errorSchema,
          429: errorSchema,
          503: errorSchema,
        },
      },
    },
    async (request) => {
      const label = integrator(request);
      const { sessionId, text, lang } = request.body;
      if (!text.trim()) throw new AppError(400, 'empty_text', 'text must contain something other than spaces');
      const address = chatAddress(label, sessionId);
      const idempotencyKey = request.headers['idempotency-key'];
      const { reply, conversationId, duplicate } = await engine.handle({
        channel: 'api',
        address,
        text,
        lang,
        screened: request.screened,
        // Scoped to the conversation: one client's key never answers with another's stored reply.
        ...(typeof idempotencyKey === 'string' ? { externalId: `${address}#${idempotencyKey}` } : {}),
      });
      metrics.turn('api', reply, duplicate);
      // The conversation id and the outcome only: the text and the session address stay out of the log.
      request.log.info({ conversationId, intent: reply.intent, triage: reply.triage, duplicate }, 'chat turn');
      return {
        sessionId,
        reply: renderPlainText(reply),
        lang: reply.lang,
        intent: reply.intent,
        triage: reply.triage,
        ticket: reply.ticket ?? null,
        ...(reply.choices?.length ? { choices: reply.choices.map(({ id, label }) => ({ id, label })) } : {}),
        ...(reply.action ? { action: reply.action } : {}),
      };
    },
  );
}
