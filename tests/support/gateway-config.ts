import { DEFAULT_SUPERGRAPH_PATH, GatewayConfig } from '../../gateway/src/config';
import { TEST_AS_OF, TestStack } from './stack';

/** The configuration of another gateway in front of a test stack's subgraphs (at `subgraphUrls`), with `overrides`. */
export const gatewayConfigFor = (t: TestStack, subgraphUrls: Record<string, string>, overrides: Partial<GatewayConfig> = {}): GatewayConfig => ({
  port: 0,
  host: '127.0.0.1',
  supergraphPath: DEFAULT_SUPERGRAPH_PATH,
  subgraphUrls,
  ide: false,
  maxBodyBytes: 1 << 20,
  subgraphTimeoutMs: 10_000,
  auth: t.auth,
  registryDatabaseUrl: t.db.url,
  auditDatabaseUrl: t.db.url,
  accessContextSecret: t.stack.accessContextSecret,
  today: () => TEST_AS_OF,
  ...overrides,
});
