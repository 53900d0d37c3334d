import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { maskError } from './errors';
import { SubgraphContext } from './context';

export interface RunningService {
  readonly name: string;
  readonly url: string;
  stop(): Promise<void>;
}

export interface ApolloSubgraphOptions {
  readonly name: string;
  readonly typeDefs: string;
  readonly resolvers: GraphQLResolverMap<SubgraphContext>;
  readonly context: () => SubgraphContext;
  readonly port: number;
  readonly host?: string;
}

/** Serves a subgraph on `@apollo/server` + `@apollo/subgraph` (the eligibility and prescriptions stacks). */
export async function startApolloSubgraph(options: ApolloSubgraphOptions): Promise<RunningService> {
  const server = new ApolloServer<SubgraphContext>({
    schema: buildSubgraphSchema([{ typeDefs: parse(options.typeDefs), resolvers: options.resolvers }]),
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    // The process decides when to stop (run-standalone.ts); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    // Traces would tell callers how long each field took: nothing for them to know.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host ?? '127.0.0.1' },
    context: async () => options.context(),
  });
  return { name: options.name, url, stop: () => server.stop() };
}
