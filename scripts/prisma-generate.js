#!/usr/bin/env node
// Generates the Prisma client after `npm ci`. Generation is WebAssembly; the CLI still insists on
// a native schema engine path, which cannot be downloaded offline, so it gets a stub that is never run.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const result = spawnSync(
  process.execPath,
  [require.resolve('prisma/build/index.js'), 'generate', '--schema', 'db/schema.prisma'],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      CHECKPOINT_DISABLE: '1',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, 'db', 'schema-engine-stub.sh'),
    },
  },
);
process.exit(result.status ?? 1);
