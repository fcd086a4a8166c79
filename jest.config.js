/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  testTimeout: 60000,
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
    ],
  },
  // ESM-only packages under light-my-request and friends must be transformed for jest on Node 20.
  transformIgnorePatterns: ['/node_modules/(?!(cookie|content-disposition|jose|@prisma/schema-engine-wasm)/)'],
};

module.exports = {
  testTimeout: 60000,
  globalSetup: '<rootDir>/tests/global-setup.ts',
  projects: [
    // Pure logic: engine with an in-memory store, entities, screen, knowledge, TwiML builders.
    { ...shared, displayName: 'unit', roots: ['<rootDir>/tests/unit'], testMatch: ['**/*.test.ts'] },
    // Through HTTP on the real app and a real database (embedded, and PostgreSQL the test starts).
    {
      ...shared,
      displayName: 'integration',
      // Starting a real app (embedded database, migrations) takes well over 10 s on a loaded 2-core machine.
      testTimeout: 180000,
      roots: ['<rootDir>/tests/integration'],
      testMatch: ['**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/close-leftovers.ts'],
    },
    // Pages in real headless Chromium against the real service on loopback; screenshots in test-artifacts/.
    {
      ...shared,
      displayName: 'browser',
      testTimeout: 180000,
      roots: ['<rootDir>/tests/browser'],
      testMatch: ['**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/close-leftovers.ts'],
    },
  ],
};
