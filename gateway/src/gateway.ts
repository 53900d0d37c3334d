import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ERRORS } from '../../common/src/errors';
import { createCache, SharedCache } from '../../common/src/cache/create-cache';
import { GatewayContext } from './access/access-context';
import { cachedRegistry } from './access/cached-registry';
import { listenedDeclarations } from './access/disaster-declarations';
import { postgresRegistry } from './access/registry';
import { tokenVerifierFor } from './auth/verifier-for-config';
import { AccessLogWriter, WriterStats } from './audit/access-log-writer';
import { GatewayConfig } from './config';
import { GatewayFeature, sendJson } from './features/feature';
import { useAccessBases } from './features/use-access-bases';
import { useAccessLog } from './features/use-access-log';
import { useAuthentication } from './features/use-authentication';
import { useFieldPolicy } from './features/use-field-policy';
import { useHealthCheck } from './features/use-health-check';
import { useIdentificationRateLimit } from './features/use-identification-rate-limit';
import { useLocalIde } from './features/use-local-ide';
import { useOperationLimits } from './features/use-operation-limits';
import { useTrustedDocuments } from './features/use-trusted-documents';
import { GrantStore } from '../../common/src/access/grant-store';
import { graphqlHandler } from './http/graphql-handler';
import { maskGatewayError } from './http/mask-error';
import { requestDecider } from './policy/request-decider';
import { subjectGrantsReader } from './policy/subject-grants';
import { SubgraphDataSource } from './subgraphs/subgraph-data-source';
import { readSupergraph } from './supergraph/read-supergraph';
import { readManifest } from './trusted-documents/manifest';

export interface RunningGateway {
  readonly url: string;
  readonly port: number;
  readonly cache: SharedCache;
  /** What the access log's writer has done (writes, events, failures); null with the log off. */
  readonly accessLogStats: WriterStats | null;
  stop(): Promise<void>;
}

export interface GatewayDependencies {
  /**
   * The cache to use instead of one of the gateway's own (which `REDIS_URL` configures): the
   * stack's, shared with the subgraphs so a consent or revocation is seen by all at once. Its
   * owner closes it.
   */
  readonly cache?: SharedCache;
  /** Whether the gateway applies the field policy. Default true; false for the benchmark's comparison only. */
  readonly fieldPolicy?: boolean;
  /** Whether the gateway writes the access log (and holds answers until it has). Default true; false for the benchmark's comparison only. */
  readonly accessLog?: boolean;
}

/**
 * The request path, top to bottom: HTTP (routes of the features, then `/graphql`) →
 * authentication (bearer token, caller from the registries) → Apollo Server → emergency and
 * disaster access decided, identification searches counted, and field policy (denied fields taken
 * out of the operation) → Apollo Gateway's query plan → the subgraphs over HTTP, each request
 * carrying the signed access context, each subgraph deciding again per record and reporting what
 * it read → the access log, committed before the answer is sent.
 */
export async function startGateway(
  config: GatewayConfig,
  log: (message: string) => void = () => undefined,
  dependencies: GatewayDependencies = {},
): Promise<RunningGateway> {
  const supergraph = readSupergraph(config.supergraphPath);
  const writer = dependencies.accessLog === false ? null : new AccessLogWriter({ databaseUrl: config.auditDatabaseUrl });
  const accessLog = writer === null ? null : useAccessLog({ sink: writer });
  // Apollo Gateway otherwise sends anonymous usage metrics to Apollo and probes cloud metadata
  // addresses; a gateway in front of medical data talks to its subgraphs and nothing else.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.sdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: config.subgraphUrls[name] ?? url ?? '',
        timeoutMs: config.subgraphTimeouts?.[name] ?? config.subgraphTimeoutMs,
        circuitBreaker: config.circuitBreaker,
        accessContextSecret: config.accessContextSecret,
        onAccessReport: accessLog?.subgraphReported,
      }),
  });
  let ready = false;
  const verifier = await tokenVerifierFor(config.auth);
  const cache = dependencies.cache ?? (await createCache(config.redisUrl, (error) => log(`cache: ${error.message}`)));
  const closeCache = async () => (dependencies.cache ? undefined : cache.close());
  const closeWriter = async () => writer?.close();
  const registry = postgresRegistry({ databaseUrl: config.registryDatabaseUrl, timeoutMs: config.registryTimeoutMs });
  const subjectGrants = subjectGrantsReader(new GrantStore(registry.reader, cache));
  const declarations = await listenedDeclarations({ databaseUrl: config.registryDatabaseUrl, reader: registry.reader });
  const closeAll = () => Promise.all([registry.close(), declarations.close(), closeCache(), closeWriter()]);
  const authentication = useAuthentication({ verifier, registry, cache, today: config.today });
  const accessBases = useAccessBases({
    declarations,
    locate: cachedRegistry(registry, cache).institutionLocation,
    subjectGrants,
    reauthenticationWindowSeconds: config.reauthenticationWindowSeconds,
  });
  const rateLimit = useIdentificationRateLimit({ counter: cache, limit: config.identificationRateLimit });
  const fieldPolicy = useFieldPolicy<GatewayContext>({
    decideField: ({ contextValue, operation, variables }) => requestDecider({ access: contextValue.access, operation, variables, grants: { of: subjectGrants, reader: registry.reader }, at: new Date() }),
    onRemoval: accessLog ? ({ contextValue, operation, variables }, removal) => accessLog.fieldsRemoved(contextValue, operation, variables, removal) : undefined,
  });
  const trustedDocuments = config.trustedDocuments
    ? useTrustedDocuments({ documents: readManifest(config.trustedDocuments.manifestPath), adHocRoles: config.trustedDocuments.adHocRoles })
    : null;
  const operationLimits = useOperationLimits({ limits: config.operationLimits });
  const features: GatewayFeature[] = [
    useHealthCheck({ isReady: () => ready, subgraphs: supergraph.subgraphNames }),
    ...(config.ide ? [useLocalIde()] : []),
    authentication,
    ...(trustedDocuments ? [trustedDocuments] : []),
    // Before every feature that acts on an operation: one over a limit is refused before they run.
    operationLimits,
    accessBases,
    rateLimit,
    ...(dependencies.fieldPolicy === false ? [] : [fieldPolicy]),
    ...(accessLog ? [accessLog] : []),
  ];
  const server = new ApolloServer<GatewayContext>({
    gateway,
    // Automatic persisted queries are kept in this cache (Redis when configured, shared by every
    // instance); with trusted documents they are off, as they would let anyone register an operation.
    cache,
    ...(trustedDocuments ? { persistedQueries: false as const } : {}),
    introspection: config.introspection ?? process.env.NODE_ENV !== 'production',
    parseOptions: operationLimits.parseOptions,
    formatError: maskGatewayError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ...features.flatMap((f) => f.plugins ?? []),
    ],
  });
  try {
    await server.start();
  } catch (error) {
    await closeAll();
    throw error;
  }
  ready = true;

  const handleGraphQL = graphqlHandler({
    server,
    maxBodyBytes: config.maxBodyBytes,
    authenticate: authentication.authenticate,
    admissions: features.flatMap((f) => (f.admit ? [f.admit] : [])),
  });
  const http: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://gateway.invalid');
    void (async () => {
      for (const feature of features) {
        if (feature.route && (await feature.route(request, response, url))) return;
      }
      if (url.pathname === '/graphql') return handleGraphQL(request, response, url);
      sendJson(response, 404, { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
    })().catch((error: unknown) => {
      log(`http: ${(error as Error).message}`);
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: ERRORS.INTERNAL_SERVER_ERROR.code } }] });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  return {
    url: `http://${config.host}:${port}/graphql`,
    port,
    cache,
    accessLogStats: writer?.stats ?? null,
    stop: async () => {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await server.stop();
      await closeAll();
    },
  };
}
