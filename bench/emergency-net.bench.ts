/**
 * The emergency net's budgets:   npm run bench:net
 *
 * training (both languages, in this process, first run and best of 3), model file size,
 * load from DATA_DIR and retained memory (in a fresh child process, so neither the JIT nor the
 * heap is warmed by training), and per-message `score` latency over every corpus line and over
 * 1,000-character messages (MAX_TEXT_LENGTH).
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadNetCorpus, loadOrTrainEmergencyNet, netPath, trainEmergencyNet, type EmergencyNet } from '../triage/net';
import { percentile } from './lib/load';

const BUDGET = {
  trainMs: 3000,
  fileBytes: 3 * 1024 * 1024,
  loadMs: 60,
  p50Ms: 0.1,
  p99Ms: 0.5,
  heapBytes: 25 * 1024 * 1024,
};

const ok = (pass: boolean) => (pass ? 'ok  ' : 'OVER');
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;

interface ChildReport {
  loadMs: number;
  heapBytes: number;
  externalBytes: number;
}

/** In the child: load the saved net and measure time and retained memory. */
async function child(dataDir: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  const before = process.memoryUsage();
  const started = process.hrtime.bigint();
  const net = await loadOrTrainEmergencyNet({ dataDir });
  const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
  gc();
  const after = process.memoryUsage();
  // Keep the net reachable until after the measurement.
  if (net.score('呼吸困难', 'zh') < 0) throw new Error('unreachable');
  const report: ChildReport = {
    loadMs,
    heapBytes: after.heapUsed - before.heapUsed,
    // `external` already includes ArrayBuffers (the typed arrays of the tables).
    externalBytes: after.external - before.external,
  };
  process.send?.(report);
}

function measureInChild(dataDir: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const proc = fork(__filename, ['--child', dataDir], { execArgv: [...process.execArgv, '--expose-gc'] });
    proc.once('message', (m) => resolve(m as ChildReport));
    proc.once('error', reject);
    proc.once('exit', (code) => code !== 0 && reject(new Error(`child exited ${code}`)));
  });
}

function timeScores(net: EmergencyNet, texts: Array<{ text: string; lang: 'zh' | 'en' }>, rounds: number): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const s = process.hrtime.bigint();
      net.score(t.text, t.lang);
      samples.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
  }
  return samples.sort((a, b) => a - b);
}

async function main() {
  const corpus = loadNetCorpus();
  console.log(
    `corpus: zh ${corpus.zh.length}, en ${corpus.en.length} lines; ${os.cpus().length} CPUs, Node ${process.version}`,
  );

  const trainTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = process.hrtime.bigint();
    trainEmergencyNet(corpus);
    trainTimes.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  const firstTrain = trainTimes[0];
  console.log(
    `training, both languages   first ${firstTrain.toFixed(0)} ms, best of 3 ${Math.min(...trainTimes).toFixed(0)} ms   ${ok(firstTrain < BUDGET.trainMs)} (< ${BUDGET.trainMs} ms)`,
  );

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'emergency-net-bench-'));
  try {
    const net = await loadOrTrainEmergencyNet({ dataDir });
    const size = statSync(netPath(dataDir, corpus)).size;
    console.log(
      `model file                 ${mb(size)} (${size} bytes)   ${ok(size < BUDGET.fileBytes)} (< ${mb(BUDGET.fileBytes)})`,
    );

    const loads: ChildReport[] = [];
    for (let i = 0; i < 3; i++) loads.push(await measureInChild(dataDir));
    const loadMs = loads.map((l) => l.loadMs).sort((a, b) => a - b);
    const median = loads.slice().sort((a, b) => a.loadMs - b.loadMs)[1];
    console.log(
      `load from DATA_DIR         median ${loadMs[1].toFixed(1)} ms (runs ${loadMs.map((m) => m.toFixed(1)).join(', ')}; reads and hashes the corpus too)   ${ok(loadMs[1] < BUDGET.loadMs)} (< ${BUDGET.loadMs} ms)`,
    );
    const retained = median.heapBytes + median.externalBytes;
    console.log(
      `retained memory            ${mb(retained)} (JS heap ${mb(median.heapBytes)} + external, typed arrays, ${mb(median.externalBytes)})   ${ok(retained < BUDGET.heapBytes)} (< ${mb(BUDGET.heapBytes)})`,
    );

    const texts = [...corpus.zh, ...corpus.en].map((e) => ({ text: e.text, lang: e.lang }));
    timeScores(net, texts, 1); // warm-up
    const s = timeScores(net, texts, 5);
    const p50 = percentile(s, 50);
    const p99 = percentile(s, 99);
    console.log(
      `score, corpus messages     p50 ${p50.toFixed(4)} ms   p99 ${p99.toFixed(4)} ms   max ${s[s.length - 1].toFixed(3)} ms   (${s.length} calls)   ${ok(p50 < BUDGET.p50Ms && p99 < BUDGET.p99Ms)} (p50 < ${BUDGET.p50Ms}, p99 < ${BUDGET.p99Ms} ms)`,
    );
    const long = texts
      .slice(0, 200)
      .map((t) => ({ text: t.text.repeat(Math.ceil(1000 / t.text.length)).slice(0, 1000), lang: t.lang }));
    const sl = timeScores(net, long, 5);
    console.log(
      `score, 1,000 characters    p50 ${percentile(sl, 50).toFixed(4)} ms   p99 ${percentile(sl, 99).toFixed(4)} ms   (${sl.length} calls; the longest message accepted)`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
(childAt >= 0 ? child(process.argv[childAt + 1]) : main()).catch((err) => {
  console.error(err);
  process.exit(1);
});
