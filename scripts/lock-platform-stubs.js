#!/usr/bin/env node
// The npm mirror these machines use serves only the Linux builds of packages that ship one
// binary package per platform (@swc/core-*, @unrs/resolver-binding-*): npm cannot record the
// others in package-lock.json, and `npm ci` then refuses the lock as out of sync. This adds
// the missing optional entries with their os/cpu, which every install skips on Linux x64.
// Run after `npm install` changes the lock:  node scripts/lock-platform-stubs.js
const fs = require('node:fs');
const path = require('node:path');

const LOCK = path.join(__dirname, '..', 'package-lock.json');
const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32', 'mips64el'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  if (!os && !cpu) return undefined;
  const libc = parts.includes('musl')
    ? ['musl']
    : parts.includes('gnu') || parts.includes('gnueabihf')
      ? ['glibc']
      : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc && os === 'linux' ? { libc } : {}) };
}

const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8'));
let added = 0;
for (const [key, pkg] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const entry = `node_modules/${dep}`;
    if (lock.packages[entry] || lock.packages[`${key}/${entry}`]) continue;
    const platform = platformOf(dep);
    if (!platform || /[\^~><=* ]/.test(version)) continue;
    lock.packages[entry] = { version, optional: true, ...platform };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
fs.writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
process.stdout.write(`lock-platform-stubs: ${added} platform entries added\n`);
