import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { AccessContext } from '../../../common/src/access/access-context';
import { withAccessLedger, withAccessReport } from './access-report';
import { maskError } from './errors';
import { RecordFactsByType } from './field-policy/record-facts';
import { withFieldPolicy } from './field-policy/with-field-policy';
import { SubgraphContext } from './context';
import { verifiedAccess } from './verified-access';

export interface RunningService {
  readonly name: string;
  readonly url: string;
  stop(): Promise<void>;
}

export interface ApolloSubgraphOptions {
  readonly name: string;
  readonly typeDefs: string;
  readonly resolvers: GraphQLResolverMap<SubgraphContext>;
  /** The context of one request, given the access context verified for it. */
  readonly context: (access: AccessContext) => SubgraphContext;
  /** The secret the gateway signs access contexts with (ACCESS_CONTEXT_SECRET). */
  readonly accessContextSecret: string;
  /** Guards every field with the access policy, reading records' facts so; null serves the fields unguarded (resolver tests only). */
  readonly fieldPolicy: RecordFactsByType | null;
  readonly port: number;
  readonly host?: string;
}

/** Adds the request's access report to the response the gateway asked it of (access-report.ts). */
const accessReportPlugin: ApolloServerPlugin<SubgraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        result.extensions = withAccessReport(result.extensions, contextValue);
      },
    };
  },
};

/**
 * Serves a subgraph on `@apollo/server` + `@apollo/subgraph` (the eligibility and prescriptions
 * stacks). A request without a valid signed access context is refused while its context is
 * made: 401 UNAUTHENTICATED, before any resolver runs.
 */
export async function startApolloSubgraph(options: ApolloSubgraphOptions): Promise<RunningService> {
  const schema = buildSubgraphSchema([{ typeDefs: parse(options.typeDefs), resolvers: options.resolvers }]);
  const server = new ApolloServer<SubgraphContext>({
    schema: options.fieldPolicy ? withFieldPolicy(schema, options.fieldPolicy) : schema,
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    // The process decides when to stop (run-standalone.ts); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    // Traces would tell callers how long each field took: nothing for them to know. Only the gateway calls a subgraph: no landing page.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled(), accessReportPlugin],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host ?? '127.0.0.1' },
    context: async ({ req }) => withAccessLedger(options.context(verifiedAccess(req.headers, options.accessContextSecret)), req.headers),
  });
  return { name: options.name, url, stop: () => server.stop() };
}
