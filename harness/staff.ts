/** Staff accounts and signed-in requests for the dashboard's tests, through the real API. */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { AccountAdmin, type AccountInput } from '../domains/staff';
import { loadCommunityDirectory } from '../domains/tickets';
import type { StaffAccount } from '../core/staff';
import type { TestApp } from './test-app';
import { postTwilio, spokenLines, twilioSid } from './twilio-webhooks';

export const STAFF_PASSWORD = 'correct horse battery staple';

export async function addStaff(t: TestApp, input: AccountInput, password = STAFF_PASSWORD): Promise<StaffAccount> {
  const admin = new AccountAdmin(t.services.dashboard.accounts, loadCommunityDirectory(t.config.communitiesFile));
  const result = await admin.add(input, password);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.account;
}

export interface SignedIn {
  cookie: string;
  csrf: string;
  /** A request with this session's cookie (and its CSRF token unless `csrf: false`). */
  inject(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

export async function signIn(app: FastifyInstance, username: string, password = STAFF_PASSWORD): Promise<SignedIn> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username}: ${res.statusCode} ${res.body}`);
  const cookie = sessionCookie(res.headers['set-cookie']);
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return {
    cookie,
    csrf,
    inject: ({ csrf: withCsrf = true, headers, ...options }) =>
      app.inject({
        ...options,
        headers: { ...headers, cookie, ...(withCsrf ? { 'x-csrf-token': csrf } : {}) },
      }),
  };
}

/** "hotline_staff=…" from a Set-Cookie header. */
export function sessionCookie(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = all.find((c) => c.startsWith('hotline_staff='));
  if (!found) throw new Error('no session cookie set');
  return found.split(';')[0]!;
}

/** A resident's SMS conversation, one signed Twilio webhook per message; returns the replies. */
export async function smsConversation(app: FastifyInstance, from: string, messages: string[]): Promise<string[]> {
  const replies: string[] = [];
  for (const body of messages) {
    const res = await postTwilio(app, '/twilio/sms', { MessageSid: twilioSid('SM'), From: from, Body: body });
    if (res.statusCode !== 200) throw new Error(`SMS webhook: ${res.statusCode}`);
    replies.push(spokenLines(res.body).join('\n'));
  }
  return replies;
}

/** The ticket number in the last reply of a confirmed request. */
export function ticketIdIn(reply: string | undefined): string {
  const id = /T-\d{5}/.exec(reply ?? '')?.[0];
  if (!id) throw new Error(`no ticket number in: ${reply}`);
  return id;
}

/** Texted in Chinese: an 88-year-old mother living alone, fever, no antipyretic, in 西一社区 (red). */
export const RED_DELIVERY_XIYI = [
  '我妈妈88岁了，一个人住，发烧了，家里没有退烧药，能请社区送点药吗？',
  '没有',
  '西一社区3幢2单元301',
  '1',
];
/** Antigen kits for a 30-year-old in 东一社区 (green). */
export const GREEN_KITS_DONGYI = ['请社区送两盒抗原试剂到东一社区5幢1单元202，我自己用，我30岁', '没有', '1'];
