/**
 * Idle sockets held from a separate process (its own file descriptors): `count` connections spread over
 * `addresses` loopback addresses starting at 127.0.0.`first`, none sending a byte, held `holdMs`. Prints
 * how many connected, how many the server closed, and when (ms after connecting). `openIdleSockets`
 * runs this file as a child process.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export interface IdleResult {
  connected: number;
  failed: number;
  /** Closed by the server while held, and after how long (ms from connecting, sorted). */
  closedAfterMs: number[];
}

export function openIdleSockets(
  port: number,
  count: number,
  first: number,
  addresses: number,
  holdMs: number,
): Promise<IdleResult> {
  return new Promise((resolve, reject) => {
    const args = [
      '--import',
      'tsx',
      path.join(__dirname, 'idle-sockets.ts'),
      ...[port, count, first, addresses, holdMs].map(String),
    ];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as IdleResult) : reject(new Error(`idle sockets exited ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  const [port, count, first, addresses, holdMs] = process.argv.slice(2, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const result: IdleResult = { connected: 0, failed: 0, closedAfterMs: [] };
  const sockets: net.Socket[] = [];
  let held = true;
  await Promise.all(
    Array.from(
      { length: count },
      (_, i) =>
        new Promise<void>((resolve) => {
          const s = net.connect({ port, host: '127.0.0.1', localAddress: `127.0.0.${first + (i % addresses)}` });
          sockets.push(s);
          let connectedAt = 0;
          s.on('connect', () => {
            connectedAt = performance.now();
            result.connected++;
            resolve();
          });
          s.on('error', () => undefined);
          s.on('close', () => {
            if (!connectedAt) {
              result.failed++;
              resolve();
            } else if (held) result.closedAfterMs.push(performance.now() - connectedAt);
          });
          s.resume();
          // A handshake the kernel dropped (a full backlog) is retried for minutes: stop waiting for it.
          setTimeout(resolve, 20_000).unref();
        }),
    ),
  );
  await new Promise((r) => setTimeout(r, holdMs));
  held = false;
  for (const s of sockets) s.destroy();
  result.closedAfterMs.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify(result));
}

if (require.main === module) void main();
