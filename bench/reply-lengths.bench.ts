/**
 * How long the replies are on each channel, through the real app: chat characters, SMS characters and
 * segments per reply (all the <Message>s of one turn together), voice characters spoken per answer.
 * Median, p95 and max. Two sets: the pharmacist's whole conversations (harness/pharmacist-conversations.ts,
 * the default) and, with --blind, every message of blind set 2 (tests/fixtures/blind-cases-2.jsonl) as a
 * one-turn conversation: written by another author, never used to tune answers or their length.
 *
 *   npm run bench:reply-lengths [-- --blind] [-- --json]
 */
import path from 'node:path';
import { startTestApp } from '../harness/test-app';
import { TWILIO_TEST_ENV } from '../harness/twilio-webhooks';
import { chatTurn, smsTurn, voiceConversation } from '../harness/channel-turns';
import { PHARMACIST_CONVERSATIONS } from '../harness/pharmacist-conversations';
import { segmentCount } from '../telephony/sms/sms-encoding';
import { loadBlindCases } from '../harness/blind-cases';

interface Figures {
  n: number;
  median: number;
  p95: number;
  max: number;
}

function figures(values: number[]): Figures {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

interface Conversation {
  id: string;
  turns: string[];
}

function conversations(): Conversation[] {
  if (!process.argv.includes('--blind')) return PHARMACIST_CONVERSATIONS;
  const file = path.join(__dirname, '../tests/fixtures/blind-cases-2.jsonl');
  return loadBlindCases(file).map((c, i) => ({ id: `blind-${i}`, turns: [c.text] }));
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const set = conversations();
  const t = await startTestApp(TWILIO_TEST_ENV);
  const chat: number[] = [];
  const smsChars: number[] = [];
  const smsSegments: number[] = [];
  const smsMessages: number[] = [];
  const voice: number[] = [];
  try {
    for (const [n, c] of set.entries()) {
      const session = `lengths-${c.id}-${Date.now()}`;
      const phone = `+8613980${String(n).padStart(6, '0')}`;
      for (const text of c.turns) {
        chat.push([...(await chatTurn(t.app, session, text)).reply].length);
        const messages = await smsTurn(t.app, phone, text);
        smsMessages.push(messages.length);
        smsChars.push(messages.reduce((sum, m) => sum + [...m].length, 0));
        smsSegments.push(messages.reduce((sum, m) => sum + segmentCount(m), 0));
      }
      const heard = await voiceConversation(t.app, `+8613970${String(n).padStart(6, '0')}`, c.turns);
      voice.push(...heard.map((h) => [...h].length));
    }
  } finally {
    await t.close();
  }
  const result = {
    conversations: set.length,
    chatChars: figures(chat),
    smsChars: figures(smsChars),
    smsSegments: figures(smsSegments),
    smsMessages: figures(smsMessages),
    voiceChars: figures(voice),
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(`${result.conversations} conversations`);
  for (const [name, f] of Object.entries(result)) {
    if (typeof f === 'number') continue;
    console.log(`${name.padEnd(12)} n=${f.n}  median ${f.median}  p95 ${f.p95}  max ${f.max}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
