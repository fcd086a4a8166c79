/**
 * One person's turns on each channel through the real app, as the channel's client would send them:
 * the chat API with a session id, Twilio SMS from one number, a Twilio call that asks by speech.
 * Used by the pharmacist probe, the reply-length bench and the conversation tests.
 */
import type { FastifyInstance } from 'fastify';
import { actionOf, postTwilio, spokenLines, twilioCall, twilioSid, TWILIO_TEST_ENV } from './twilio-webhooks';

export interface ChatReply {
  reply: string;
  intent: string;
  triage: string;
  lang: 'zh' | 'en';
  choices?: { id: string; label: string }[];
}

export async function chatTurn(app: FastifyInstance, sessionId: string, text: string): Promise<ChatReply> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/chat', payload: { sessionId, text } });
  if (res.statusCode !== 200) throw new Error(`chat answered ${res.statusCode}: ${res.body}`);
  return res.json() as ChatReply;
}

/** What a clarifying menu opens with, in either language: a clear question should never get one. */
export const CLARIFY_MENU = /我想确认一下您想问的是哪一类|Let me check what you would like to ask about/;

/** Every reply of one chat session, turn by turn. */
export async function chatConversation(app: FastifyInstance, sessionId: string, turns: string[]): Promise<ChatReply[]> {
  const replies: ChatReply[] = [];
  for (const text of turns) replies.push(await chatTurn(app, sessionId, text));
  return replies;
}

/** Every SMS reply of one texter, turn by turn, each one reply's messages joined by a line break. */
export async function smsConversation(app: FastifyInstance, from: string, turns: string[]): Promise<string[]> {
  const replies: string[] = [];
  for (const text of turns) replies.push((await smsTurn(app, from, text)).join('\n'));
  return replies;
}

/** The messages a texter receives for one SMS (one <Message> each). */
export async function smsTurn(app: FastifyInstance, from: string, text: string): Promise<string[]> {
  const sid = twilioSid('SM');
  const res = await postTwilio(app, '/twilio/sms', {
    MessageSid: sid,
    SmsSid: sid,
    AccountSid: TWILIO_TEST_ENV.TWILIO_ACCOUNT_SID,
    From: from,
    To: TWILIO_TEST_ENV.TWILIO_PHONE_NUMBER,
    Body: text,
    NumMedia: '0',
  });
  if (res.statusCode !== 200) throw new Error(`SMS webhook answered ${res.statusCode}: ${res.body}`);
  return spokenLines(res.body);
}

/**
 * A call that asks each turn by speech: the menu, "1" (medicine questions) before the first, and
 * "1" (ask another) before each later one. Returns what the caller hears after each question.
 */
export async function voiceConversation(app: FastifyInstance, from: string, turns: string[]): Promise<string[]> {
  const call = twilioCall(app, from);
  let twiml = (await call.post('/twilio/voice')).body;
  const heard: string[] = [];
  for (const text of turns) {
    twiml = (await call.post(actionOf(twiml), { Digits: '1' })).body;
    twiml = (await call.post(actionOf(twiml), { SpeechResult: text, Confidence: '0.93' })).body;
    heard.push(spokenLines(twiml).join(' '));
    // An emergency is dialled: the call does not come back to the menu.
    if (!/<Gather\b/.test(twiml)) break;
  }
  return heard;
}
