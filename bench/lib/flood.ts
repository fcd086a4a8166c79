/**
 * A flood sent from a separate process, as a real client would: sharing the service's event loop
 * would hand requests to it one at a time and hide any queue. `flood(port, plan)` runs this file as a
 * child process, which sends each planned request at its time and reports status, latency and the
 * markers asked for in each body. At most 200 connections from each address (under the service's
 * per-address cap, 256); `clients` > 1 sends from that many loopback addresses (127.0.0.1, .2, …), so
 * a flood from many clients is not held back by one client's connection pool, which would make the
 * client's own queue the figure.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';

export interface PlannedRequest {
  atMs: number;
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Substrings whose presence in the answer is reported. */
  markers?: string[];
}

export interface FloodResult {
  status: number;
  ms: number;
  /** Of `ms`, the time until the request was written to a connected socket (the client's own queue). */
  queuedMs: number;
  /** When the request was written and its answer fully read, on the machine's clock (epochMs()). */
  writtenAt: number;
  endAt: number;
  found: string[];
  /** The answer's Retry-After header, if any. */
  retryAfter?: string;
}

export function flood(port: number, plan: PlannedRequest[], clients = 1): Promise<FloodResult[]> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', path.join(__dirname, 'flood.ts'), String(port), String(clients)];
    const child = spawn(process.execPath, args, {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as FloodResult[]) : reject(new Error(`flood exited ${code}`)),
    );
    child.stdin.end(JSON.stringify(plan));
  });
}

/**
 * Milliseconds on the wall clock at sub-millisecond resolution, comparable between processes on one
 * machine: the service can stamp a request by its `x-flood-seq` (its index in the plan) and the time
 * a request spent on each side can be told apart.
 */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

function send(port: number, agent: http.Agent, r: PlannedRequest, seq: number): Promise<FloodResult> {
  const t0 = performance.now();
  let queuedMs = NaN;
  let writtenAt = NaN;
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: r.path,
        method: 'POST',
        agent,
        headers: { ...r.headers, 'x-flood-seq': String(seq), 'content-length': Buffer.byteLength(r.body) },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - t0,
            queuedMs,
            writtenAt,
            endAt: epochMs(),
            found: (r.markers ?? []).filter((m) => body.includes(m)),
            retryAfter: res.headers['retry-after'],
          }),
        );
      },
    );
    req.on('socket', (socket) => {
      const written = () => {
        queuedMs = performance.now() - t0;
        writtenAt = epochMs();
      };
      if (socket.connecting) socket.once('connect', written);
      else written();
    });
    req.on('error', () =>
      resolve({ status: 0, ms: performance.now() - t0, queuedMs, writtenAt, endAt: epochMs(), found: [] }),
    );
    req.end(r.body);
  });
}

async function main(): Promise<void> {
  const port = Number(process.argv[2]);
  const clients = Number(process.argv[3] ?? 1);
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  const plan = JSON.parse(input) as PlannedRequest[];
  const agents = Array.from(
    { length: clients },
    (_, i) => new http.Agent({ keepAlive: true, maxSockets: 200, localAddress: `127.0.0.${i + 1}` }),
  );
  const start = performance.now();
  const results = await Promise.all(
    plan.map(async (r, i) => {
      const wait = r.atMs - (performance.now() - start);
      if (wait > 0) await new Promise((ok) => setTimeout(ok, wait));
      return send(port, agents[i % agents.length]!, r, i);
    }),
  );
  for (const agent of agents) agent.destroy();
  process.stdout.write(JSON.stringify(results));
}

if (require.main === module) void main();
