/**
 * autocannon in a process of its own, so the load generator never shares the service's event loop.
 * `cannon(port, plan)` runs this file as a child: it builds every request of the plan first (SMS signed
 * as Twilio signs them, each message distinct), then sends them — closed-loop over `connections`, or at
 * a fixed overall rate — and reports throughput, latency and errors as JSON.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { twilioSignature, TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';

export interface CannonPlan {
  kind: 'sms' | 'chat';
  /** Requests to send. */
  amount: number;
  /** Request i continues conversation i % conversations (sender number or chat session). */
  conversations: number;
  /** Added to every request's index, so two runs never send the same message. */
  offset: number;
  /** The first conversation's number: two runs never share a conversation (nor its rate limits). */
  firstConversation: number;
  connections: number;
  /** Requests per second over all connections; unset: as fast as answers come back. */
  rate?: number;
}

export interface CannonResult {
  amount: number;
  /** First request sent to last response, s. */
  seconds: number;
  /** Responses received (any status). */
  completed: number;
  /** completed / seconds. */
  rps: number;
  p50: number;
  p99: number;
  /** Requests answered with anything but 2xx, plus those not answered at all. */
  errors: number;
  statuses: Record<string, number>;
}

export const SMS_TEXTS = [
  '布洛芬一次吃多少',
  '感冒灵和泰诺能一起吃吗',
  '阳了第五天了什么时候能出门',
  '发热门诊周末开吗',
  '一直咳嗽怎么办',
  'How much paracetamol can I take a day?',
];

export const CHAT_TEXTS = [
  ...SMS_TEXTS,
  'Can I take NyQuil with Tylenol?',
  'Where is the nearest fever clinic?',
  '你好',
  'thanks, bye',
];

interface Built {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

export function buildRequest(plan: CannonPlan, n: number): Built {
  const i = plan.offset + n;
  const who = plan.firstConversation + (i % plan.conversations);
  const kind = plan.kind;
  if (kind === 'chat') {
    const body = JSON.stringify({ sessionId: `bench-${who}`, text: CHAT_TEXTS[i % CHAT_TEXTS.length] });
    return { method: 'POST', path: '/api/v1/chat', headers: { 'content-type': 'application/json' }, body };
  }
  const params = {
    MessageSid: 'SM' + i.toString(16).padStart(32, '0'),
    From: `+86138${String(who).padStart(8, '0')}`,
    To: TWILIO_TEST_ENV.TWILIO_PHONE_NUMBER,
    Body: SMS_TEXTS[i % SMS_TEXTS.length]!,
  };
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    'x-twilio-signature': twilioSignature(TWILIO_TEST_ENV.PUBLIC_BASE_URL + '/twilio/sms', params),
  };
  return { method: 'POST', path: '/twilio/sms', headers, body: new URLSearchParams(params).toString() };
}

export function cannon(port: number, plan: CannonPlan): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'cannon.ts'), String(port)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as CannonResult) : reject(new Error(`load generator exited ${code}`)),
    );
    child.stdin.end(JSON.stringify(plan));
  });
}

async function main(): Promise<void> {
  const port = Number(process.argv[2]);
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  const plan = JSON.parse(input) as CannonPlan;
  const built = Array.from({ length: plan.amount }, (_, n) => buildRequest(plan, n));
  let next = 0;
  const statuses: Record<string, number> = {};
  // Wall time from the first request built for sending to the last response: autocannon ends a run on
  // its next one-second tick, so the time around the call (or its per-second counts) rounds a run up.
  let first: number | undefined;
  let last = 0;
  let completed = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: plan.connections,
    amount: plan.amount,
    ...(plan.rate ? { overallRate: plan.rate } : {}),
    timeout: 30,
    requests: [
      {
        setupRequest: () => {
          first ??= performance.now();
          return built[next++ % built.length]!;
        },
      },
    ],
    setupClient: (client) => {
      client.on('response', (status: number) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
        completed++;
        last = performance.now();
      });
    },
  });
  const seconds = (last - (first ?? last)) / 1000;
  const out: CannonResult = {
    amount: plan.amount,
    seconds,
    completed,
    rps: seconds > 0 ? completed / seconds : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    statuses,
  };
  process.stdout.write(JSON.stringify(out));
}

if (require.main === module) void main();
