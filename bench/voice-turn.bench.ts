/**
 * Latency of one spoken turn on the voice line (SpeechResult → engine → TwiML answer) through the
 * real app on the embedded database. Calls are started first; only the speech turns are timed.
 *   npx tsx bench/voice-turn.bench.ts [calls=1000] [concurrency=8]
 */
import { startTestApp } from '../harness/test-app';
import { twilioSignature, TWILIO_TEST_ENV } from '../harness/twilio-webhooks';
import { formatLoad, runLoad, type RequestSpec } from './lib/load';

const QUESTIONS = [
  '布洛芬一天最多吃几次',
  '居家隔离要注意什么',
  '发烧三天了怎么办',
  '我想请社区送药',
  '阳了第七天可以上班吗',
];

function voiceWebhook(path: string, i: number, fields: Record<string, string> = {}): RequestSpec {
  const params = {
    CallSid: 'CA' + i.toString(16).padStart(32, '0'),
    From: `+86139${String(i).padStart(8, '0')}`,
    CallStatus: 'in-progress',
    ...fields,
  };
  const body = new URLSearchParams(params).toString();
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    'content-length': String(Buffer.byteLength(body)),
    'x-twilio-signature': twilioSignature(TWILIO_TEST_ENV.PUBLIC_BASE_URL + path, params),
  };
  return { method: 'POST', path, headers, body };
}

async function main() {
  const calls = Number(process.argv[2] ?? 1000);
  const concurrency = Number(process.argv[3] ?? 8);
  const starts = Array.from({ length: calls }, (_, i) => voiceWebhook('/twilio/voice', i));
  const turns = Array.from({ length: calls }, (_, i) =>
    voiceWebhook('/twilio/voice/menu?turn=1', i, { SpeechResult: QUESTIONS[i % QUESTIONS.length]!, Confidence: '0.9' }),
  );

  const hotline = await startTestApp(TWILIO_TEST_ENV);
  await hotline.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (hotline.app.server.address() as { port: number }).port;
  console.log(`${calls} calls, concurrency ${concurrency}, database ${hotline.services.db.kind}`);
  console.log(formatLoad('new call (greeting)', await runLoad(port, calls, concurrency, (i) => starts[i]!)));
  console.log(formatLoad('speech turn', await runLoad(port, calls, concurrency, (i) => turns[i]!)));
  await hotline.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
