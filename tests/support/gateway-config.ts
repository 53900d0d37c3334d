import { DEFAULT_SUPERGRAPH_PATH, GatewayConfig } from '../../gateway/src/config';
import { TEST_AS_OF, TestStack } from './stack';

/** Where a test stack's subgraphs are, by name. */
export const stackSubgraphUrls = (t: TestStack): Record<string, string> => Object.fromEntries(Object.entries(t.stack.subgraphs).map(([name, s]) => [name, s.url]));

/** The configuration of another gateway in front of a test stack's subgraphs (or those `overrides.subgraphUrls` names), with `overrides`. */
export const gatewayConfigFor = (t: TestStack, overrides: Partial<GatewayConfig> = {}): GatewayConfig => ({
  port: 0,
  host: '127.0.0.1',
  supergraphPath: DEFAULT_SUPERGRAPH_PATH,
  subgraphUrls: stackSubgraphUrls(t),
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
