/**
 * A local stand-in for api.twilio.com on 127.0.0.1, and a Twilio httpClient that sends the REST
 * client there: the request is built, authenticated and serialised by the real library.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';

export interface FakeApiRequest {
  method: string;
  path: string;
  /** Basic auth as sent: account SID and auth token. */
  username: string;
  password: string;
  form: Record<string, string>;
}

export interface FakeTwilioApi {
  baseUrl: string;
  requests: FakeApiRequest[];
  httpClient: twilio.RequestClient;
  close(): Promise<void>;
}

/** Rewrites every request to the fake, then lets Twilio's own RequestClient do the rest. */
class LocalRequestClient extends twilio.RequestClient {
  constructor(private readonly baseUrl: string) {
    super({ keepAlive: false });
  }

  override request<T>(opts: RequestClient.RequestOptions<T>) {
    const target = new URL(opts.uri);
    return super.request({ ...opts, uri: this.baseUrl + target.pathname + target.search });
  }
}

export async function startFakeTwilioApi(): Promise<FakeTwilioApi> {
  const requests: FakeApiRequest[] = [];
  const server = http.createServer((req, res) => void handle(req, res, requests));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    requests,
    httpClient: new LocalRequestClient(baseUrl),
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, requests: FakeApiRequest[]): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
  const [username = '', password = ''] = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64')
    .toString('utf8')
    .split(':');
  requests.push({ method: req.method ?? '', path: req.url ?? '', username, password, form });
  const call = /\/Accounts\/(AC\w+)\/Calls\.json$/.exec(req.url ?? '')?.[1];
  if (req.method === 'POST' && call) {
    const sid = 'CA' + requests.length.toString(16).padStart(32, '0');
    return reply(res, 201, { sid, account_sid: call, to: form.To, from: form.From, status: 'queued' });
  }
  const account = /\/Accounts\/(AC\w+)\/Messages\.json$/.exec(req.url ?? '')?.[1];
  if (req.method !== 'POST' || !account) return reply(res, 404, { code: 20404, message: 'not found', status: 404 });
  const sid = 'SM' + requests.length.toString(16).padStart(32, '0');
  reply(res, 201, {
    sid,
    account_sid: account,
    to: form.To,
    from: form.From,
    body: form.Body,
    status: 'queued',
    num_segments: '1',
  });
}

function reply(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
