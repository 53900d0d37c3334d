import { GraphQLResolveInfo } from 'graphql';
import type { IResolvers } from 'mercurius';
import { SubgraphContext } from '../../common/src/context';
import { Resolvers } from './generated/resolvers';

type ReferenceResolver = (reference: unknown, context: SubgraphContext, info: GraphQLResolveInfo) => unknown;

function withMercuriusReferenceOrder(typeResolvers: unknown): unknown {
  if (typeof typeResolvers !== 'object' || typeResolvers === null || !('__resolveReference' in typeResolvers)) return typeResolvers;
  const resolveReference = typeResolvers.__resolveReference as ReferenceResolver;
  return {
    ...typeResolvers,
    __resolveReference: (reference: unknown, _args: unknown, context: SubgraphContext, info: GraphQLResolveInfo) => resolveReference(reference, context, info),
  };
}

/**
 * The generated resolver types follow Apollo's `__resolveReference(reference, context, info)`;
 * mercurius calls it as `(reference, args, context, info)`. Mercurius merges the context that
 * newContext() made into its own, so every other resolver receives a SubgraphContext as typed.
 */
export function forMercurius(resolvers: Resolvers): IResolvers {
  const adapted: Record<string, unknown> = {};
  for (const [typeName, typeResolvers] of Object.entries(resolvers)) adapted[typeName] = withMercuriusReferenceOrder(typeResolvers);
  return adapted as IResolvers;
}
