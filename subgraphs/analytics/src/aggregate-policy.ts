import { defaultFieldResolver, GraphQLFieldResolver, Kind, parse } from 'graphql';
import { forbidden } from '../../../common/src/errors';
import { decide, Decision } from '../../../common/src/policy';
import { SubgraphContext } from '../../common/src/context';

type ResolverMap = Record<string, Record<string, GraphQLFieldResolver<unknown, SubgraphContext>>>;

/** Decisions made in one request, by field: an aggregate's rule depends on the caller alone. */
const decidedIn = new WeakMap<SubgraphContext, Map<string, Decision>>();

function decisionFor(context: SubgraphContext, field: string): Decision {
  let decided = decidedIn.get(context);
  if (!decided) decidedIn.set(context, (decided = new Map()));
  let decision = decided.get(field);
  if (!decision) decided.set(field, (decision = decide({ caller: context.access.caller, grants: [], field, facts: {}, at: context.at })));
  return decision;
}

/**
 * The resolvers of every field of the SDL's object types, each guarded by the access policy: the
 * one decision function (common/src/policy), with no grants and no record, because no field here
 * holds a person's record (their rules are AGGREGATE, or structural). Each field is decided once per
 * request, however many rows an answer has; a denied field resolves to null with FORBIDDEN and the
 * policy's reason, as in the other subgraphs, and its resolver does not run. The other subgraphs'
 * graphql-shield decides every field of every record; here that costs four times the answer's own
 * time for a table of a few hundred rows, for the same decisions.
 */
export function withAggregatePolicy(typeDefs: string, resolvers: ResolverMap): ResolverMap {
  const guarded: ResolverMap = {};
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = definition.name.value;
    for (const fieldNode of definition.fields ?? []) {
      const field = `${type}.${fieldNode.name.value}`;
      const resolve = resolvers[type]?.[fieldNode.name.value] ?? defaultFieldResolver;
      (guarded[type] ??= {})[fieldNode.name.value] = (parent, args, context, info) => {
        const decision = decisionFor(context, field);
        if (!decision.allow) throw forbidden(decision.reason, field);
        return resolve(parent, args, context, info);
      };
    }
  }
  for (const [type, fields] of Object.entries(resolvers)) guarded[type] = { ...fields, ...guarded[type] };
  return guarded;
}
