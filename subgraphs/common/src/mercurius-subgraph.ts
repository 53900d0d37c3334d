import { mercuriusFederationPlugin } from '@mercuriusjs/federation';
import Fastify from 'fastify';
import { GraphQLError } from 'graphql';
import { IResolvers } from 'mercurius';
import { maskError } from './errors';
import { SubgraphContext } from './context';
import { RunningService } from './apollo-subgraph';

/**
 * `@mercuriusjs/federation` knows the Federation 1 directives only; our SDL files are
 * Federation 2 (`@link`, `@shareable`). Declaring those two lets mercurius build the same
 * schema, and the gateway composes from the SDL files, not from this prelude.
 */
const FEDERATION_2_PRELUDE = `
directive @link(url: String!, import: [String!]) repeatable on SCHEMA
directive @shareable repeatable on OBJECT | FIELD_DEFINITION
`;

export interface MercuriusSubgraphOptions {
  readonly name: string;
  readonly typeDefs: string;
  readonly resolvers: IResolvers;
  readonly context: () => SubgraphContext;
  readonly port: number;
  readonly host?: string;
}

/** Serves a subgraph on `mercurius` + `@mercuriusjs/federation` (the receipts and checkups stacks). */
export async function startMercuriusSubgraph(options: MercuriusSubgraphOptions): Promise<RunningService> {
  const app = Fastify({ logger: false });
  await app.register(mercuriusFederationPlugin, {
    schema: FEDERATION_2_PRELUDE + options.typeDefs,
    resolvers: options.resolvers,
    context: () => options.context(),
    graphiql: false,
    errorFormatter: (execution) => {
      // Mercurius wraps validation failures in one error that lists the GraphQL errors.
      const errors = (execution.errors ?? [])
        .flatMap((error: GraphQLError): Array<[GraphQLError, GraphQLError | null]> => {
          const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
          return Array.isArray(inner) ? inner.map((e: GraphQLError) => [e, null]) : [[error, error]];
        })
        .map(([error, original]) => maskError(error instanceof GraphQLError ? error.toJSON() : { message: String((error as Error).message) }, original));
      return { statusCode: 200, response: { data: execution.data ?? null, errors } };
    },
  });
  const address = await app.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
  return { name: options.name, url: `${address}/graphql`, stop: () => app.close() };
}
