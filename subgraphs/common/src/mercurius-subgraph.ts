import { mercuriusFederationPlugin } from '@mercuriusjs/federation';
import Fastify, { FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { IResolvers } from 'mercurius';
import { AccessContext } from '../../../common/src/access/access-context';
import { ERRORS } from '../../../common/src/errors';
import { withAccessLedger, withAccessReport } from './access-report';
import { maskError } from './errors';
import { RecordFactsByType } from './field-policy/record-facts';
import { withFieldPolicy } from './field-policy/with-field-policy';
import { SubgraphContext } from './context';
import { RunningService } from './apollo-subgraph';
import { verifiedAccess } from './verified-access';

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
  /** The context of one request, given the access context verified for it. */
  readonly context: (access: AccessContext) => SubgraphContext;
  /** The secret the gateway signs access contexts with (ACCESS_CONTEXT_SECRET). */
  readonly accessContextSecret: string;
  /** Guards every field with the access policy, reading records' facts so; null serves the fields unguarded (resolver tests only). */
  readonly fieldPolicy: RecordFactsByType | null;
  readonly port: number;
  readonly host?: string;
}

/**
 * Serves a subgraph on `mercurius` + `@mercuriusjs/federation` (the receipts and checkups
 * stacks). Every request is checked for a valid signed access context as it arrives: without
 * one it is answered 401 UNAUTHENTICATED and mercurius never sees it.
 */
export async function startMercuriusSubgraph(options: MercuriusSubgraphOptions): Promise<RunningService> {
  const app = Fastify({ logger: false });
  // Mercurius' response schema types error paths as strings, so list positions would leave as
  // "0"; the gateway places a subgraph's errors by numeric positions. Responses are written as they are.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  const verified = new WeakMap<FastifyRequest, AccessContext>();
  app.addHook('onRequest', async (request, reply) => {
    try {
      verified.set(request, verifiedAccess(request.headers, options.accessContextSecret));
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      // The HTTP status goes on the response, not into the error (as Apollo Server does).
      const { extensions: { http: _http, ...extensions } = {}, ...formatted } = maskError(error.toJSON(), error);
      return reply.code(401).send({ errors: [{ ...formatted, extensions }] });
    }
  });
  await app.register(mercuriusFederationPlugin, {
    schema: FEDERATION_2_PRELUDE + options.typeDefs,
    resolvers: options.resolvers,
    context: (request) => {
      const access = verified.get(request);
      if (!access) throw ERRORS.UNAUTHENTICATED('The request carries no verified access context', { reason: 'SIGNED_CONTEXT_MISSING' });
      return withAccessLedger(options.context(access), request.headers);
    },
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
  // Mercurius sends the execution result as the hooks leave it: the access report goes in its extensions.
  app.graphql.addHook('onResolution', async (execution, context) => {
    execution.extensions = withAccessReport(execution.extensions, context as unknown as SubgraphContext);
  });
  const policy = options.fieldPolicy;
  if (policy) app.graphql.replaceSchema(withFieldPolicy(app.graphql.schema, policy));
  const address = await app.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
  return { name: options.name, url: `${address}/graphql`, stop: () => app.close() };
}
