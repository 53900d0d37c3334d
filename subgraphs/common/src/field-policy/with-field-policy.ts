import { getNamedType, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, isLeafType, isObjectType } from 'graphql';
import { applyMiddleware, IMiddlewareFunction } from 'graphql-middleware';
import { rule, shield } from 'graphql-shield';
import { forbidden } from '../../../../common/src/errors';
import { RecordFacts } from '../../../../common/src/policy';
import { SubgraphContext } from '../context';
import { decideField } from './decide-field';
import { FactsReader, RecordFactsByType } from './record-facts';

/** The response key of a root field that reads records directly (not Federation's `_entities`, whose records the gateway reached elsewhere). */
function rootKeyOf(info: GraphQLResolveInfo): string | undefined {
  return info.path.prev === undefined && info.fieldName !== '_entities' ? String(info.path.key) : undefined;
}

/**
 * Notes in the request's access ledger the persons whose records a field returned, even if none of
 * their fields is then decided (every one was taken out before planning): the access log records
 * a refused read of a person as well as an allowed one.
 */
function noteReached(context: SubgraphContext, value: unknown, facts: FactsReader | undefined, root: string | undefined): void {
  if (facts === undefined || value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) noteReached(context, item, facts, root);
    return;
  }
  const personId = facts(value).personId;
  if (personId !== undefined) context.accessLedger!.touched(personId, root);
}

/** Federation's entity resolvers live on the types, outside the field resolvers graphql-middleware rebuilds. */
type EntityType = GraphQLObjectType & { resolveReference?: unknown };

/**
 * The subgraph's schema with every field guarded by graphql-shield: one rule for all of them,
 * which asks the access policy about the field on the object it is read from. An object's facts
 * are its own (`facts`, by type) over those it inherits from the record it was read from. A denied
 * field resolves to null with FORBIDDEN and the policy's reason, and its resolver does not run.
 * Errors of the resolvers themselves pass through unchanged.
 */
export function withFieldPolicy(schema: GraphQLSchema, facts: RecordFactsByType): GraphQLSchema {
  const factsOf = (parent: unknown, context: SubgraphContext, info: GraphQLResolveInfo): RecordFacts => {
    const own = facts[info.parentType.name];
    return { ...context.inheritedFacts.of(parent), ...(own ? own(parent) : {}) };
  };
  const policyRule = rule({ cache: 'no_cache' })(async (parent: unknown, _args, context: SubgraphContext, info) => {
    const field = `${info.parentType.name}.${info.fieldName}`;
    const decision = await decideField(context, field, factsOf(parent, context, info));
    return decision.allow ? true : forbidden(decision.reason, field);
  });
  const passFactsDown: IMiddlewareFunction<unknown, SubgraphContext> = async (resolve, parent, args, context, info) => {
    const result: unknown = await resolve(parent, args, context, info);
    const type = getNamedType(info.returnType);
    // A scalar has no fields to decide: nothing to pass down.
    if (isLeafType(type)) return result;
    context.inheritedFacts.inherit(result, factsOf(parent, context, info));
    if (context.accessLedger !== null) noteReached(context, result, facts[type.name], rootKeyOf(info));
    return result;
  };
  const guarded = applyMiddleware(schema, shield({}, { fallbackRule: policyRule, allowExternalErrors: true }), passFactsDown);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const resolveReference = (type as EntityType).resolveReference;
    const copy = guarded.getType(type.name) as EntityType | undefined;
    if (resolveReference !== undefined && copy) copy.resolveReference = resolveReference;
  }
  return guarded;
}
