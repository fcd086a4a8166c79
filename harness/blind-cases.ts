/**
 * The blind set (tests/fixtures/blind-cases.jsonl) and one way to run it through POST /api/v1/chat,
 * shared by its regression test and scripts/eval-blind.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestApp } from './test-app';
import { MESSAGES } from '../core/messages';

export interface BlindCase {
  lang: 'zh' | 'en';
  text: string;
  intent: string;
  triage: string;
  holdout?: boolean;
  /** Earlier turns of the same conversation, sent first (their replies are not judged). */
  history?: string[];
}

export interface BlindResult {
  c: BlindCase;
  intent: string;
  triage: string;
  /** The answer was a clarifying menu ("which of these did you mean?") rather than an answer. */
  menu: boolean;
}

const MENU_OPENINGS = [MESSAGES.clarify, MESSAGES.clarifyAgain].flatMap((m) => [m.zh, m.en]);

export const BLIND_CASES_FILE = path.join(__dirname, '../tests/fixtures/blind-cases.jsonl');

export function loadBlindCases(file = BLIND_CASES_FILE): BlindCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as BlindCase);
}

/**
 * Each case in a conversation of its own: its `history` first, then the case's message, whose answer
 * is judged. A non-200 answer (to the history or the message) is recorded as the outcome.
 */
export async function runBlindCases(t: TestApp, cases: readonly BlindCase[]): Promise<BlindResult[]> {
  const results: BlindResult[] = [];
  for (const [i, c] of cases.entries()) {
    const sessionId = `blind-${i}`;
    const turn = (text: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/chat', payload: { sessionId, text, lang: c.lang } });
    let failed: number | undefined;
    for (const earlier of c.history ?? []) {
      const r = await turn(earlier);
      if (r.statusCode !== 200) failed = r.statusCode;
    }
    const res = await turn(c.text);
    if (failed !== undefined) {
      results.push({ c, intent: `HTTP ${failed} (history)`, triage: `HTTP ${failed} (history)`, menu: false });
      continue;
    }
    const body =
      res.statusCode === 200
        ? (res.json() as { intent: string; triage: string; reply: string })
        : { intent: `HTTP ${res.statusCode}`, triage: `HTTP ${res.statusCode}`, reply: '' };
    const menu = MENU_OPENINGS.some((opening) => body.reply.includes(opening));
    results.push({ c, intent: body.intent, triage: body.triage, menu });
  }
  return results;
}
