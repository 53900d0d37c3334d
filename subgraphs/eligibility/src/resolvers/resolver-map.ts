import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { SubgraphContext } from '../../../common/src/context';
import { Resolvers } from '../generated/resolvers';

/**
 * @apollo/subgraph types every function in a resolver map as a field resolver
 * (source, args, context, info), so the generated `__resolveReference(reference, context)` and
 * `__isTypeOf` signatures do not fit it statically, although they are exactly what
 * buildSubgraphSchema calls at run time. Only the static type changes here.
 */
export function asResolverMap(resolvers: Resolvers): GraphQLResolverMap<SubgraphContext> {
  return resolvers as unknown as GraphQLResolverMap<SubgraphContext>;
}
