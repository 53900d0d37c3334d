/**
 * Dependencies that are ES modules only, or load one with `import()`: of mercurius,
 * content-disposition 3 (through @fastify/static), quick-lru, and mercurius' own index; and jose 6.
 * Jest's CommonJS runtime needs them transpiled; TypeScript does it (allowJs).
 */
const ESM_DEPENDENCIES = ['content-disposition', 'quick-lru', 'mercurius', 'jose'];
const tsJest = { diagnostics: false };

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', tsJest],
    [`^.+/node_modules/(${ESM_DEPENDENCIES.join('|')})/.+\\.js$`]: ['ts-jest', { ...tsJest, tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_DEPENDENCIES.join('|')})/)`],
  testTimeout: 60000,
  maxWorkers: 2,
};
