import { AuthConfig } from '../gateway/src/auth/config';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/src/config';
import { RunningGateway, startGateway } from '../gateway/src/gateway';
import { RunningStack } from '../tools/stack';

export interface NoLogGatewayOptions {
  readonly databaseUrl: string;
  readonly auth: AuthConfig;
  readonly accessContextSecret: string;
}

/**
 * A second gateway in front of a stack's subgraphs, sharing its cache, the field policy on and the
 * access log off: what the access log costs is the stack's own gateway against this one.
 */
export function startGatewayWithoutLog(stack: RunningStack, options: NoLogGatewayOptions): Promise<RunningGateway> {
  return startGateway(
    {
      port: 0,
      host: '127.0.0.1',
      supergraphPath: DEFAULT_SUPERGRAPH_PATH,
      subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
      ide: false,
      maxBodyBytes: 1 << 20,
      subgraphTimeoutMs: 10_000,
      auth: options.auth,
      registryDatabaseUrl: options.databaseUrl,
      auditDatabaseUrl: options.databaseUrl,
      accessContextSecret: options.accessContextSecret,
    },
    () => undefined,
    { cache: stack.gateway.cache, accessLog: false },
  );
}
