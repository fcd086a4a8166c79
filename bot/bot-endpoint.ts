/**
 * POST /api/messages on the Microsoft 365 Agents SDK's CloudAdapter, inside Fastify: the SDK checks
 * the JWT (signature from the authority's published keys, audience, issuer, expiry) and runs the
 * turn; its Express-shaped writes are collected and sent by Fastify in the service's error format.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CloudAdapter, type AuthConfiguration, type Request as SdkRequest } from '@microsoft/agents-hosting';
import { AppError, errorBody } from '../core/errors';
import { faultText } from './bot-texts';
import { botTurn, type TurnDeps, type TurnLog } from './bot-turn';
import type { BotSettings } from './bot.settings';
import { CollectedResponse } from './response-shim';

export interface BotEndpoint {
  /** preValidation: the JWT is checked before anything in the body is looked at. */
  authorize(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined>;
  handle(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply>;
}

function authConfig(settings: BotSettings): AuthConfiguration {
  if (!settings.appId) return {};
  return {
    clientId: settings.appId,
    clientSecret: settings.password,
    certPemFile: settings.certPemFile,
    certKeyFile: settings.certKeyFile,
    tenantId: settings.tenantId,
    ...(settings.authority ? { authority: settings.authority } : {}),
    validateIssuer: true,
  };
}

export function createBotEndpoint(settings: BotSettings, deps: TurnDeps, log: TurnLog): BotEndpoint {
  const adapter = new CloudAdapter(authConfig(settings));
  // The SDK's default tells the person to "fix the source code": say what the hotline says instead.
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error }, 'bot turn error');
    await context.sendActivity(faultText(settings.emergencyNumber));
  };

  // The SDK's request, with the caller's identity the JWT check put on it.
  const authorized = new WeakMap<FastifyRequest, SdkRequest>();

  return {
    async authorize(request, reply) {
      const req: SdkRequest = { method: request.method, headers: request.headers };
      const auth = new CollectedResponse();
      let passed = false;
      await adapter.authorizeRequest(req, auth, () => {
        passed = true;
      });
      if (passed) {
        authorized.set(request, req);
        return undefined;
      }
      const reason = (auth.body as { 'jwt-auth-error'?: string } | undefined)?.['jwt-auth-error'] ?? 'unauthorized';
      return reply.status(auth.statusCode).send(errorBody('unauthorized', reason));
    },

    async handle(request, reply) {
      const req = authorized.get(request);
      if (!req) throw new AppError(401, 'unauthorized', 'unauthorized');
      req.body = request.body as Record<string, unknown>;
      const res = new CollectedResponse();
      try {
        await adapter.process(req, res, botTurn(deps, request.log));
      } catch (err) {
        // Activity.fromObject refuses what is not an Activity (a zod error): the caller's fault.
        if ((err as Error).name === 'ZodError')
          throw new AppError(400, 'invalid_activity', 'The body is not a valid Activity');
        throw err;
      }
      if (res.statusCode >= 400)
        return reply.status(res.statusCode).send(errorBody('invalid_activity', 'The activity was refused'));
      return reply
        .status(res.statusCode)
        .headers(res.headers)
        .send(res.body ?? '');
    },
  };
}
