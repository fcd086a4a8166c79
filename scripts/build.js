#!/usr/bin/env node
// Compiles the service's TypeScript to dist/ with swc (type-checking is `npm run typecheck`)
// and copies the data it reads next to the code: knowledge JSON, the corpus, migrations, schema,
// and the files pages serve as they are (anything under an assets/ folder, JavaScript included).
// Running compiled JavaScript keeps a TypeScript loader out of the service's memory and start time.
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'dist');
const SOURCE_DIRS = [
  'bot',
  'conversation',
  'core',
  'dashboard',
  'db',
  'domains',
  'jobs',
  'knowledge',
  'nlp',
  'open311',
  'server',
  'telephony',
  'triage',
  'web',
];
const DATA = /\.(json|jsonl|sql|prisma|toml)$/;
const ASSET = /(^|[\\/])assets[\\/]/;
const SWC = {
  jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
  module: { type: 'commonjs' },
  sourceMaps: false,
};

function* files(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

function outdated(src, dest) {
  return !fs.existsSync(dest) || fs.statSync(dest).mtimeMs < fs.statSync(src).mtimeMs;
}

let compiled = 0;
let copied = 0;
for (const dir of SOURCE_DIRS) {
  for (const src of files(path.join(ROOT, dir))) {
    const rel = path.relative(ROOT, src);
    if (/\.ts$/.test(src) && !/\.d\.ts$/.test(src) && !ASSET.test(rel)) {
      const dest = path.join(OUT, rel.replace(/\.ts$/, '.js'));
      if (!outdated(src, dest)) continue;
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.writeFileSync(dest, swc.transformFileSync(src, SWC).code);
      compiled++;
    } else if (DATA.test(src) || ASSET.test(rel)) {
      const dest = path.join(OUT, rel);
      if (!outdated(src, dest)) continue;
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.copyFileSync(src, dest);
      copied++;
    }
  }
}
// Output whose source is gone (a moved or deleted file) must not linger and be loaded instead.
let removed = 0;
const wanted = new Set(SOURCE_DIRS.map((d) => path.join(OUT, d)));
for (const out of files(OUT)) {
  const rel = path.relative(OUT, out);
  const top = path.join(OUT, rel.split(path.sep)[0]);
  const src = path.join(ROOT, /\.js$/.test(rel) && !ASSET.test(rel) ? rel.replace(/\.js$/, '.ts') : rel);
  if (!wanted.has(top) || !fs.existsSync(src)) {
    fs.rmSync(out);
    removed++;
  }
}
if (process.argv.includes('--verbose'))
  process.stdout.write(`build: ${compiled} compiled, ${copied} copied, ${removed} removed\n`);
