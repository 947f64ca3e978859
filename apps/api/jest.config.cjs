// Unit tests (src/**/*.spec.ts) run on pure modules; integration tests (test/**/*.test.ts) start the built API as a
// real process against real PostgreSQL and talk HTTP and graphql-ws to it. `pnpm build` must have run.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// A few ESM-only dependencies (sanitize-html's HTML parser) are compiled to CommonJS for jest's module system.
const ESM_DEPENDENCIES = ['htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype', 'entities'];
const transformIgnorePatterns = [`/node_modules/\\.pnpm/(?!(${ESM_DEPENDENCIES.join('|')})@)`];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform: { '^.+\\.(t|j)s$': swc },
      transformIgnorePatterns,
      testEnvironment: 'node',
    },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      transform: { '^.+\\.ts$': swc },
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/global-setup.mjs',
      globalTeardown: '<rootDir>/test/global-teardown.mjs',
      slowTestThreshold: 30,
    },
  ],
  testTimeout: 60_000,
};
