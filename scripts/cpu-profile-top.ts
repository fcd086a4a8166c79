/**
 * The functions with the most self time in a V8 CPU profile (`node --cpu-prof`), and the share of
 * the samples by where the code lives (our code, Prisma, PGlite, Fastify, Node internals, idle).
 *   npx tsx scripts/cpu-profile-top.ts FILE.cpuprofile [top=25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function area(url: string, name: string): string {
  if (name === '(idle)') return 'idle';
  if (name === '(garbage collector)') return 'garbage collector';
  if (name === '(program)') return 'program (native, unattributed)';
  if (url.startsWith('wasm://')) return "WebAssembly (PGlite's PostgreSQL, Prisma's query compiler)";
  if (/@prisma|\.prisma|generated\/client|adapter-pg/.test(url)) return 'Prisma';
  if (/pglite/.test(url)) return 'PGlite';
  if (/node_modules\/pg(-[a-z]+)?\//.test(url)) return 'pg driver';
  if (/fastify|find-my-way|avvio|light-my-request/.test(url)) return 'Fastify';
  if (/pino|sonic-boom/.test(url)) return 'pino';
  if (/twilio|scmp/.test(url)) return 'twilio';
  if (/@nlpjs/.test(url)) return 'NLP.js';
  if (/node_modules/.test(url)) return 'other dependencies';
  if (url.startsWith('node:') || url === '') return 'Node internals';
  const folder = /dist\/([a-z0-9-]+)\//.exec(url)?.[1];
  return `service code${folder ? ` (${folder}/)` : ''}`;
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: cpu-profile-top.ts FILE.cpuprofile [top]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const functions = new Map<string, number>();
  const areas = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(dist\/)?/, '');
    const key = `${functionName || '(anonymous)'}  ${where}${where ? `:${lineNumber + 1}` : ''}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
    const a = area(url, functionName);
    areas.set(a, (areas.get(a) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
  console.log(`${(total / 1e6).toFixed(1)} s sampled`);
  console.log('\nby area:');
  for (const [a, us] of [...areas].sort((x, y) => y[1] - x[1])) console.log(`  ${pct(us)}  ${a}`);
  console.log('\ntop self time:');
  for (const [k, us] of [...functions].sort((x, y) => y[1] - x[1]).slice(0, Number(topArg ?? 25)))
    console.log(`  ${pct(us)}  ${k}`);
}

main();
