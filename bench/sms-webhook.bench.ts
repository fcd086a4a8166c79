/**
 * POST /twilio/sms throughput and latency through the real app (embedded database, trained model),
 * signed like Twilio signs, distinct senders and MessageSids, beside a bare Fastify route in the
 * same process for the floor.   npx tsx bench/sms-webhook.bench.ts [total=2000] [concurrency=16]
 */
import Fastify, { type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import { startTestApp } from '../harness/test-app';
import { twilioSignature, TWILIO_TEST_ENV } from '../harness/twilio-webhooks';
import { twilioSignatureCheck } from '../telephony/twilio-signature';
import { formatLoad, runLoad, type RequestSpec } from './lib/load';

const TEXTS = [
  '布洛芬一次吃多少',
  '感冒灵和泰诺能一起吃吗',
  '阳了第五天了什么时候能出门',
  '发热门诊周末开吗',
  '一直咳嗽怎么办',
  'How much paracetamol can I take a day?',
];
const TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>ok</Message></Response>';

/** Built before the clock starts: each request a new sender and MessageSid, signed for its URL. */
function signedSms(count: number, offset: number): RequestSpec[] {
  return Array.from({ length: count }, (_, n) => {
    const i = n + offset;
    const params = {
      MessageSid: 'SM' + i.toString(16).padStart(32, '0'),
      From: `+86138${String(i).padStart(8, '0')}`,
      To: TWILIO_TEST_ENV.TWILIO_PHONE_NUMBER,
      Body: TEXTS[i % TEXTS.length]!,
    };
    const body = new URLSearchParams(params).toString();
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(body)),
      'x-twilio-signature': twilioSignature(TWILIO_TEST_ENV.PUBLIC_BASE_URL + '/twilio/sms', params),
    };
    return { method: 'POST', path: '/twilio/sms', headers, body };
  });
}

async function bareApp(withSignature: boolean): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(formbody);
  if (withSignature)
    app.addHook(
      'preValidation',
      twilioSignatureCheck({
        authToken: TWILIO_TEST_ENV.TWILIO_AUTH_TOKEN,
        publicBaseUrl: TWILIO_TEST_ENV.PUBLIC_BASE_URL,
      }),
    );
  app.post('/twilio/sms', async (_req, reply) => reply.type('text/xml').send(TWIML));
  return app;
}

async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as { port: number }).port;
}

async function main() {
  const total = Number(process.argv[2] ?? 2000);
  const concurrency = Number(process.argv[3] ?? 16);
  const warm = 200;
  const specs = signedSms(total + warm, 0);
  const measure = async (name: string, app: FastifyInstance) => {
    const port = await listen(app);
    await runLoad(port, warm, concurrency, (i) => specs[total + i]!);
    console.log(formatLoad(name, await runLoad(port, total, concurrency, (i) => specs[i]!)));
  };
  console.log(`${total} requests, concurrency ${concurrency}, ${warm} warm-up each`);
  for (const [name, signed] of [
    ['bare Fastify route', false],
    ['bare route + signature check', true],
  ] as const) {
    const bare = await bareApp(signed);
    await measure(name, bare);
    await bare.close();
  }
  const hotline = await startTestApp(TWILIO_TEST_ENV);
  await measure(`POST /twilio/sms (${hotline.services.db.kind})`, hotline.app);
  await hotline.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
