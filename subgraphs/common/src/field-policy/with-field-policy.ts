import { GraphQLObjectType, GraphQLSchema, isIntrospectionType, isObjectType } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { rule, shield } from 'graphql-shield';
import { forbidden } from '../../../../common/src/errors';
import { Decision, FieldName } from '../../../../common/src/policy';
import { SubgraphContext } from '../context';
import { decideOnRecord } from './decide-field';
import { RecordFactsByType } from './record-facts';

/** Federation's entity resolvers live on the types, outside the field resolvers graphql-middleware rebuilds. */
type EntityType = GraphQLObjectType & { resolveReference?: unknown };

const objectTypesOf = (schema: GraphQLSchema): GraphQLObjectType[] =>
  Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && !isIntrospectionType(type));

/** `Type.field`, as the policy names fields, for every field of the schema: made once, not per field read. */
function policyNames(schema: GraphQLSchema): ReadonlyMap<string, ReadonlyMap<string, FieldName>> {
  return new Map(objectTypesOf(schema).map((type) => [type.name, new Map(Object.keys(type.getFields()).map((field) => [field, `${type.name}.${field}`]))]));
}

const verdict = (decision: Decision, field: FieldName) => (decision.allow ? true : forbidden(decision.reason, field));

/**
 * The subgraph's schema with every field guarded by graphql-shield: one rule for all of them,
 * which asks the access policy about the field on the object it is read from. An object's facts
 * are its own (`facts`, by type) over those of the record it was read from (record-positions.ts).
 * A denied field resolves to null with FORBIDDEN and the policy's reason, and its resolver does
 * not run. Errors of the resolvers themselves pass through unchanged.
 *
 * The decisions are the request's (decide-field.ts): an object's facts are read once, whatever
 * the number of its fields, and a field is decided once per set of facts.
 */
export function withFieldPolicy(schema: GraphQLSchema, facts: RecordFactsByType): GraphQLSchema {
  const names = policyNames(schema);
  const policyRule = rule({ cache: 'no_cache' })((parent: unknown, _args, context: SubgraphContext, info) => {
    const type = info.parentType.name;
    const field = names.get(type)?.get(info.fieldName) ?? `${type}.${info.fieldName}`;
    const decision = decideOnRecord(context, field, context.records.record(info.path.prev, parent, facts[type]));
    return decision instanceof Promise ? decision.then((made) => verdict(made, field)) : verdict(decision, field);
  });
  const guarded = applyMiddleware(schema, shield({}, { fallbackRule: policyRule, allowExternalErrors: true }));
  for (const type of objectTypesOf(schema)) {
    const resolveReference = (type as EntityType).resolveReference;
    const copy = guarded.getType(type.name) as EntityType | undefined;
    if (resolveReference !== undefined && copy) copy.resolveReference = resolveReference;
  }
  return guarded;
}
