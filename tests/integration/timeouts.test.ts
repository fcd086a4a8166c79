/**
 * Sockets are closed, not held: a half-sent request, a request or headers trickled in a byte at a time
 * (slowloris), an idle keep-alive socket, and sockets beyond the per-address cap. Real sockets against
 * the listening service with short timeouts; the margins allow for a busy machine, and each case would
 * take far longer than its margin without the setting it checks.
 */
import net from 'node:net';
import { startTestApp, type TestApp } from '../../harness/test-app';

const HEADERS_TIMEOUT_MS = 1000;
const REQUEST_TIMEOUT_MS = 2000;
const KEEP_ALIVE_TIMEOUT_MS = 1000;
/** Node's own checking interval is 30 s: each case below must end well before that. */
const MARGIN_MS = 8000;

interface Closed {
  ms: number;
  /** The first line the server sent, if any. */
  status: string;
}

describe('timeouts and the connection cap, over real sockets', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp({
      HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
      MAX_CONNECTIONS_PER_IP: '16',
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as net.AddressInfo).port;
  });
  afterAll(() => t?.close());

  /** Opens a socket, writes `first`, then `drip` one character at a time every 200 ms; resolves on close. */
  function probe(first: string, drip = '', opts: { from?: string } = {}): Promise<Closed> {
    const t0 = Date.now();
    return new Promise((resolve) => {
      let got = '';
      let timer: NodeJS.Timeout | undefined;
      const s = net.connect({ port, host: '127.0.0.1', localAddress: opts.from }, () => {
        s.write(first);
        let i = 0;
        if (drip) timer = setInterval(() => s.writable && s.write(drip[i++ % drip.length]!), 200);
      });
      // Reading is what lets the close be seen: a socket nobody reads never reports its end.
      s.on('data', (d: Buffer) => (got += d.toString()));
      s.on('close', () => {
        clearInterval(timer);
        resolve({ ms: Date.now() - t0, status: got.split('\r\n')[0] ?? '' });
      });
      s.on('error', () => undefined);
    });
  }

  it('closes a half-sent request (headers, then 1 of 100 body bytes) after REQUEST_TIMEOUT_MS', async () => {
    const closed = await probe(
      'POST /api/v1/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
    );
    expect(closed.ms).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(closed.ms).toBeLessThan(REQUEST_TIMEOUT_MS + MARGIN_MS);
  });

  it('closes a body trickled in a byte at a time once the whole request has taken REQUEST_TIMEOUT_MS', async () => {
    const closed = await probe(
      'POST /api/v1/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n',
      'aaaa',
    );
    expect(closed.status).toBe('HTTP/1.1 408 Request Timeout');
    expect(closed.ms).toBeLessThan(REQUEST_TIMEOUT_MS + MARGIN_MS);
  });

  it('closes headers trickled in a byte at a time (slowloris) after HEADERS_TIMEOUT_MS', async () => {
    const closed = await probe('GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ', 'abcdefgh');
    expect(closed.status).toBe('HTTP/1.1 408 Request Timeout');
    expect(closed.ms).toBeLessThan(HEADERS_TIMEOUT_MS + MARGIN_MS);
  });

  it('answers a request, then closes the idle keep-alive socket after KEEP_ALIVE_TIMEOUT_MS', async () => {
    const closed = await probe('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(closed.status).toBe('HTTP/1.1 200 OK');
    expect(closed.ms).toBeGreaterThanOrEqual(KEEP_ALIVE_TIMEOUT_MS - 100);
    expect(closed.ms).toBeLessThan(KEEP_ALIVE_TIMEOUT_MS + MARGIN_MS);
  });

  it('closes sockets beyond MAX_CONNECTIONS_PER_IP at once; another address still gets in', async () => {
    const from = '127.0.0.9';
    const sockets: net.Socket[] = [];
    const closedAt: number[] = [];
    const t0 = Date.now();
    await Promise.all(
      Array.from(
        { length: 20 },
        () =>
          new Promise<void>((resolve) => {
            const s = net.connect({ port, host: '127.0.0.1', localAddress: from }, () => resolve());
            s.on('close', () => closedAt.push(Date.now() - t0));
            s.on('error', () => resolve());
            s.resume();
            sockets.push(s);
          }),
      ),
    );
    // The cap is counted per address: a request from elsewhere is answered while these are open.
    const other = await probe('GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', '', {
      from: '127.0.0.10',
    });
    expect(other.status).toBe('HTTP/1.1 200 OK');
    const early = closedAt.filter((ms) => ms < REQUEST_TIMEOUT_MS - 100).length;
    for (const s of sockets) s.destroy();
    expect(early).toBe(4);
  });
});

describe('at MAX_CONNECTIONS, silent sockets from many addresses', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    // Timeouts far longer than the test: only the cap decides who gets in.
    t = await startTestApp({
      MAX_CONNECTIONS: '16',
      MAX_CONNECTIONS_PER_IP: '4',
      HEADERS_TIMEOUT_MS: '60000',
      REQUEST_TIMEOUT_MS: '60000',
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as net.AddressInfo).port;
  });
  afterAll(() => t?.close());

  const serverConnections = () =>
    new Promise<number>((resolve, reject) => t.app.server.getConnections((err, n) => (err ? reject(err) : resolve(n))));

  it('let /health in by closing the oldest socket that never sent a byte; sockets that spoke are kept', async () => {
    const sockets: { socket: net.Socket; closed: boolean }[] = [];
    // Four addresses × four sockets fill the cap: the first eight begin a request, the last eight say nothing.
    for (let i = 0; i < 16; i++) {
      const entry = {
        socket: net.connect({ port, host: '127.0.0.1', localAddress: `127.0.0.${21 + (i % 4)}` }),
        closed: false,
      };
      entry.socket.on('close', () => (entry.closed = true));
      entry.socket.on('error', () => undefined);
      entry.socket.resume();
      if (i < 8) entry.socket.write('GET /health HTTP/1.1\r\n');
      sockets.push(entry);
      // In order, so "oldest" is well defined: each accepted before the next is opened.
      while ((await serverConnections()) < i + 1) await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 200));
    const health = await new Promise<string>((resolve) => {
      let got = '';
      const s = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.30' }, () =>
        s.write('GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
      );
      s.on('data', (d: Buffer) => (got += d.toString()));
      s.on('close', () => resolve(got.split('\r\n')[0] ?? ''));
      s.on('error', () => undefined);
    });
    expect(health).toBe('HTTP/1.1 200 OK');
    await new Promise((r) => setTimeout(r, 200));
    expect(sockets.map((s) => s.closed)).toEqual(Array.from({ length: 16 }, (_, i) => i === 8));
    for (const s of sockets) s.socket.destroy();
  });
});
