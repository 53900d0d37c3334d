import type * as Jose from 'jose' with { 'resolution-mode': 'import' };

export type { CryptoKey, JSONWebKeySet, JWK, JWTPayload, JWTVerifyGetKey } from 'jose' with { 'resolution-mode': 'import' };

/**
 * jose 6 is an ES module only, and this project compiles to CommonJS (TypeScript `node16`
 * refuses a static import of it). `require` loads it: Node ≥ 20.19 and tsx load ES modules
 * with it, and Jest transpiles jose (jest.config.js). A dynamic `import()` would not run under Jest.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const jose = require('jose') as typeof Jose;
