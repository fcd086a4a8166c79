/**
 * The Bot Framework channel without MICROSOFT_APP_ID, on a bare Fastify with a fake engine: closed
 * (401 to everyone) unless BOT_ANONYMOUS=true, and then conversations scoped by channel and service.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { botChannel, type BotSettings } from '../../../bot';
import type { InboundMessage, Reply } from '../../../core/types';
import { registerErrorHandler } from '../../../server/error-handler';

const reply: Reply = { text: '您好。', lang: 'zh', intent: 'greeting', triage: 'none', ticket: null };

async function channel(settings: Partial<BotSettings>): Promise<{ app: FastifyInstance; heard: InboundMessage[] }> {
  const heard: InboundMessage[] = [];
  const app = Fastify();
  registerErrorHandler(app);
  await app.register(botChannel, {
    engine: {
      handle: async (msg) => {
        heard.push(msg);
        return { reply, duplicate: false };
      },
    },
    ports: () => {
      throw new Error('not used');
    },
    metrics: { turn: () => undefined },
    settings: { anonymous: false, emergencyNumber: '120', maxTextLength: 1000, ...settings },
  });
  await app.ready();
  return { app, heard };
}

function activity(over: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    deliveryMode: 'expectReplies',
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    conversation: { id: 'conv-1' },
    text: '你好',
    ...over,
  };
}

describe('POST /api/messages without MICROSOFT_APP_ID', () => {
  it('is closed unless BOT_ANONYMOUS=true: 401, naming the setting, and the engine hears nothing', async () => {
    const { app, heard } = await channel({});
    const res = await app.inject({ method: 'POST', url: '/api/messages', payload: activity() });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toEqual({ code: 'unauthorized', message: expect.stringMatching(/MICROSOFT_APP_ID/) });
    expect(heard).toEqual([]);
  });

  describe('with BOT_ANONYMOUS=true (the configuration refuses it in production)', () => {
    let app: FastifyInstance;
    let heard: InboundMessage[];
    beforeAll(async () => {
      ({ app, heard } = await channel({ anonymous: true }));
    });

    it('answers without a token, the reply inline', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/messages', payload: activity() });
      expect(res.statusCode).toBe(200);
      expect(res.json().activities).toEqual([expect.objectContaining({ type: 'message', text: '您好。' })]);
    });

    it('still refuses a token it cannot validate', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/messages',
        headers: { authorization: 'Bearer not-a-token' },
        payload: activity(),
      });
      expect(res.statusCode).toBe(401);
    });

    it('keeps two tenants’ conversations with the same id apart (scoped by channel and service)', async () => {
      heard.length = 0;
      const id = `conv-${randomUUID()}`;
      const bodies = [
        activity({ conversation: { id }, serviceUrl: 'https://smba.example.org/amer/' }),
        activity({ conversation: { id }, serviceUrl: 'https://smba.example.org/emea/' }),
        activity({ conversation: { id }, serviceUrl: 'https://smba.example.org/amer', channelId: 'directline' }),
      ];
      for (const payload of bodies)
        expect((await app.inject({ method: 'POST', url: '/api/messages', payload })).statusCode).toBe(200);
      expect(heard.map((m) => m.address)).toEqual([
        `msteams|https://smba.example.org/amer|${id}`,
        `msteams|https://smba.example.org/emea|${id}`,
        `directline|https://smba.example.org/amer|${id}`,
      ]);
      expect(heard.every((m) => m.channel === 'bot')).toBe(true);
    });
  });
});
