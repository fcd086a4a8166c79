/**
 * A Direct Line client for tests, speaking to the app through inject() the way Web Chat does:
 * a token from /tokens/generate, a message with a clientActivityID, then the activities by watermark.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export interface Session {
  conversationId: string;
  token: string;
}

export type Activity = Record<string, unknown> & {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role: string };
  channelData?: Record<string, unknown>;
};

const BASE = '/v3/directline';

export function message(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    text,
    from: { id: 'resident', role: 'user' },
    locale: 'zh-CN',
    channelData: { clientActivityID: randomUUID() },
    ...extra,
  };
}

export class DirectLineClient {
  constructor(private readonly app: FastifyInstance) {}

  async start(): Promise<Session> {
    const res = await this.app.inject({ method: 'POST', url: `${BASE}/tokens/generate` });
    if (res.statusCode !== 200) throw new Error(`generate: ${res.statusCode} ${res.body}`);
    return res.json();
  }

  request(method: 'GET' | 'POST', path: string, token?: string, payload?: unknown): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url: `${BASE}${path}`,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  }

  post(s: Session, activity: unknown, conversationId = s.conversationId): Promise<LightMyRequestResponse> {
    return this.request('POST', `/conversations/${conversationId}/activities`, s.token, activity);
  }

  async activities(s: Session, watermark = ''): Promise<{ activities: Activity[]; watermark: string }> {
    const res = await this.request(
      'GET',
      `/conversations/${s.conversationId}/activities?watermark=${watermark}`,
      s.token,
    );
    if (res.statusCode !== 200) throw new Error(`activities: ${res.statusCode} ${res.body}`);
    return res.json();
  }

  /** Sends one message and returns the hotline's replies to it. */
  async say(s: Session, text: string, extra: Record<string, unknown> = {}): Promise<Activity[]> {
    const res = await this.post(s, message(text, extra));
    if (res.statusCode !== 200) throw new Error(`post: ${res.statusCode} ${res.body}`);
    const { id } = res.json();
    const { activities } = await this.activities(s);
    return activities.filter((a) => a.replyToId === id);
  }
}
