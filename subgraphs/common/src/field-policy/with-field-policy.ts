import { getNamedType, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, isIntrospectionType, isObjectType } from 'graphql';
import { applyMiddleware, IMiddlewareFieldMap, IMiddlewareFunction } from 'graphql-middleware';
import { rule, shield } from 'graphql-shield';
import { forbidden } from '../../../../common/src/errors';
import { Decision, FieldName } from '../../../../common/src/policy';
import { SubgraphContext } from '../context';
import { decideOnRecord } from './decide-field';
import { FactsReader, RecordFactsByType } from './record-facts';

/** Federation's entity resolvers live on the types, outside the field resolvers graphql-middleware rebuilds. */
type EntityType = GraphQLObjectType & { resolveReference?: unknown };

const objectTypesOf = (schema: GraphQLSchema): GraphQLObjectType[] =>
  Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && !isIntrospectionType(type));

/** `Type.field`, as the policy names fields, for every field of the schema: made once, not per field read. */
function policyNames(schema: GraphQLSchema): ReadonlyMap<string, ReadonlyMap<string, FieldName>> {
  return new Map(objectTypesOf(schema).map((type) => [type.name, new Map(Object.keys(type.getFields()).map((field) => [field, `${type.name}.${field}`]))]));
}

const verdict = (decision: Decision, field: FieldName) => (decision.allow ? true : forbidden(decision.reason, field));

/** The response key of a root field that reads records directly (not Federation's `_entities`, whose records the gateway reached elsewhere). */
function rootKeyOf(info: GraphQLResolveInfo): string | undefined {
  return info.path.prev === undefined && info.fieldName !== '_entities' ? String(info.path.key) : undefined;
}

/**
 * Notes in the request's access ledger the persons whose records a field returned, even if none of
 * their fields is then decided (every one was taken out before planning): the access log records
 * a refused read of a person as well as an allowed one.
 */
function noteReached(context: SubgraphContext, value: unknown, facts: FactsReader, root: string | undefined): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) noteReached(context, item, facts, root);
    return;
  }
  const personId = facts(value).personId;
  if (personId !== undefined) context.accessLedger!.touched(personId, root);
}

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
  const guarded = applyMiddleware(schema, shield({}, { fallbackRule: policyRule, allowExternalErrors: true }), recordsNotedBy(schema, facts));
  for (const type of objectTypesOf(schema)) {
    const resolveReference = (type as EntityType).resolveReference;
    const copy = guarded.getType(type.name) as EntityType | undefined;
    if (resolveReference !== undefined && copy) copy.resolveReference = resolveReference;
  }
  return guarded;
}

/**
 * On every field that yields records of a type with facts of its own, a middleware noting their
 * persons in the access ledger when the request keeps one; without a ledger it hands the
 * resolver's result on as it is.
 */
function recordsNotedBy(schema: GraphQLSchema, facts: RecordFactsByType): IMiddlewareFieldMap<unknown, SubgraphContext> {
  const map: IMiddlewareFieldMap<unknown, SubgraphContext> = {};
  for (const type of objectTypesOf(schema)) {
    const yielding = Object.values(type.getFields()).flatMap((field) => {
      const reader = facts[getNamedType(field.type).name];
      if (reader === undefined) return [];
      // graphql-middleware types a middleware's result as a promise; it hands on whatever it returns,
      // and a record found at once is handed on at once.
      const note = ((resolve, parent, args, context, info) => {
        const result: unknown = resolve(parent, args, context, info);
        if (context.accessLedger === null) return result;
        const root = rootKeyOf(info);
        if (result instanceof Promise) return result.then((value: unknown) => (noteReached(context, value, reader, root), value));
        noteReached(context, result, reader, root);
        return result;
      }) as IMiddlewareFunction<unknown, SubgraphContext>;
      return [[field.name, note] as const];
    });
    if (yielding.length > 0) map[type.name] = Object.fromEntries(yielding);
  }
  return map;
}
