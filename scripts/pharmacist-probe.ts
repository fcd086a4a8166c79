/**
 * Prints every answer of the pharmacist's whole conversations (harness/pharmacist-conversations.ts)
 * for review, through the real application (embedded database in a temp dir, model cached as the
 * tests do): the chat API and, with --sms, what a texter receives too.
 *
 *   npx tsx scripts/pharmacist-probe.ts              # every conversation, chat
 *   npx tsx scripts/pharmacist-probe.ts statin       # only conversations whose id contains "statin"
 *   npx tsx scripts/pharmacist-probe.ts --sms        # chat and SMS side by side
 */
import { startTestApp } from '../harness/test-app';
import { TWILIO_TEST_ENV } from '../harness/twilio-webhooks';
import { chatTurn, smsTurn } from '../harness/channel-turns';
import { LATER_CONVERSATIONS, PHARMACIST_CONVERSATIONS } from '../harness/pharmacist-conversations';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withSms = args.includes('--sms');
  const filter = args.find((a) => !a.startsWith('--'));
  const conversations = [...PHARMACIST_CONVERSATIONS, ...LATER_CONVERSATIONS].filter(
    (c) => !filter || c.id.includes(filter),
  );
  const t = await startTestApp(TWILIO_TEST_ENV);
  try {
    for (const [n, conversation] of conversations.entries()) {
      console.log(`\n=== ${conversation.id}  (check: ${conversation.check})`);
      const sessionId = `probe-${conversation.id}-${Date.now()}`;
      const phone = `+8613990${String(n).padStart(6, '0')}`;
      for (const text of conversation.turns) {
        const chat = await chatTurn(t.app, sessionId, text);
        console.log(`\n  > ${text}`);
        console.log(`  [chat ${chat.intent} / ${chat.triage}, ${chat.reply.length} chars]`);
        console.log(indent(chat.reply));
        if (withSms) {
          const messages = await smsTurn(t.app, phone, text);
          console.log(`  [sms: ${messages.length} message(s)]`);
          for (const m of messages) console.log(indent(m, '    # '));
        }
      }
    }
  } finally {
    await t.close();
  }
}

function indent(text: string, prefix = '    | '): string {
  return text
    .split('\n')
    .map((l) => `${prefix}${l}`)
    .join('\n');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
