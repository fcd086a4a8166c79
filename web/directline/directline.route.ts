/**
 * /v3/directline: the Direct Line 3.0 subset Web Chat uses with polling (no WebSocket: no
 * streamUrl is given). Each route authorizes its token before its input is validated, so a
 * caller without the conversation's token learns nothing from the answers.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../../core/errors';
import type { IncomingMessage } from './activities';
import {
  activitySet,
  conversationInfo,
  conversationParams,
  errors,
  messageActivitySchema,
  resourceResponse,
  startBodySchema,
  watermarkQuery,
} from './directline.schemas';
import type { DirectLineService, Grant } from './directline.service';

interface ConversationRoute {
  Params: { conversationId: string };
}

const tags = ['directline'];

export function directLineRoutes(app: FastifyInstance, service: DirectLineService, maxTextLength: number): void {
  const grants = new WeakMap<FastifyRequest, Grant>();
  const grantOf = (request: FastifyRequest) => grants.get(request) as Grant;
  const authorize = async (request: FastifyRequest<Partial<ConversationRoute>>) => {
    grants.set(request, await service.authorize(request.headers.authorization, request.params?.conversationId));
  };

  // A body too large for the service is a malformed activity like any other: 400, nothing stored.
  app.setErrorHandler((err: Error & { code?: string }, _request: FastifyRequest, reply: FastifyReply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(400).send(errorBody('payload_too_large', 'The request body is too large'));
    }
    throw err;
  });

  app.post(
    '/tokens/generate',
    {
      schema: {
        tags,
        summary: 'A new conversation and a token for it',
        body: startBodySchema,
        response: { 200: conversationInfo, ...errors },
      },
    },
    async () => service.generate(),
  );

  app.post(
    '/tokens/refresh',
    {
      preValidation: authorize,
      schema: {
        tags,
        summary: 'A new token for the same conversation',
        response: { 200: conversationInfo, ...errors },
      },
    },
    async (request) => service.refresh(grantOf(request)),
  );

  app.post(
    '/conversations',
    {
      preValidation: authorize,
      schema: {
        tags,
        summary: 'Start (open) the token’s conversation',
        body: startBodySchema,
        response: { 200: conversationInfo, ...errors },
      },
    },
    async (request) => service.info(grantOf(request)),
  );

  app.get<ConversationRoute>(
    '/conversations/:conversationId',
    {
      preValidation: authorize,
      schema: {
        tags,
        summary: 'Reconnect to the conversation',
        params: conversationParams,
        querystring: watermarkQuery,
        response: { 200: conversationInfo, ...errors },
      },
    },
    async (request) => service.info(grantOf(request)),
  );

  app.post<ConversationRoute & { Body: IncomingMessage }>(
    '/conversations/:conversationId/activities',
    {
      preValidation: authorize,
      schema: {
        tags,
        summary: 'Send the person’s message; the reply follows in the activities',
        params: conversationParams,
        body: messageActivitySchema(maxTextLength),
        response: { 200: resourceResponse, ...errors },
      },
    },
    async (request) => {
      const { id, turn } = await service.post(grantOf(request), request.body);
      request.log.info(turn, 'direct line turn');
      return { id };
    },
  );

  app.get<ConversationRoute & { Querystring: { watermark?: string } }>(
    '/conversations/:conversationId/activities',
    {
      preValidation: authorize,
      schema: {
        tags,
        summary: 'Activities after the watermark',
        params: conversationParams,
        querystring: watermarkQuery,
        response: { 200: activitySet, ...errors },
      },
    },
    async (request) => service.activities(grantOf(request), request.query.watermark),
  );
}
