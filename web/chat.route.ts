import type { FastifyInstance } from 'fastify';
import type { ChannelContext } from '../conversation/channel';
import { AppError } from '../core/errors';
import type { WebSettings } from './web.settings';
import type { Lang } from '../core/types';
import { renderPlainText } from '../conversation/output';
import { INTENTS, TRIAGE_LEVELS } from '../core/types';

interface ChatBody {
  sessionId: string;
  text: string;
  lang?: Lang;
}

const errorSchema = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
};

export function chatRoutes(app: FastifyInstance, { engine, metrics, settings }: ChannelContext<WebSettings>): void {
  const { maxTextLength } = settings;
  app.post<{ Body: ChatBody }>(
    '/api/v1/chat',
    {
      schema: {
        summary: 'Send one message of a conversation and get the hotline’s reply',
        description:
          'Every message is screened for emergencies before anything else. Later messages with the same sessionId continue the conversation.',
        tags: ['chat'],
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
              intent: { type: 'string', enum: [...INTENTS] },
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
          503: errorSchema,
        },
      },
    },
    async (request) => {
      const { sessionId, text, lang } = request.body;
      if (!text.trim()) throw new AppError(400, 'empty_text', 'text must contain something other than spaces');
      const { reply, conversationId, duplicate } = await engine.handle({
        channel: 'api',
        address: sessionId,
        text,
        lang,
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
