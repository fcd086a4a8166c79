/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
  },
  // ESM-only packages under light-my-request and friends must be transformed for jest on Node 20.
  transformIgnorePatterns: ['/node_modules/(?!(cookie|content-disposition|jose|@prisma/schema-engine-wasm)/)'],
  globalSetup: '<rootDir>/tests/global-setup.ts',
  testTimeout: 60000,
};
