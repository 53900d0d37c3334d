import {
  DirectiveNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getOperationAST,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isAbstractType,
  isCompositeType,
  Kind,
  NamedTypeNode,
  SchemaMetaFieldDef,
  SelectionNode,
  SelectionSetNode,
  TypeMetaFieldDef,
} from 'graphql';
import { DenyReason } from '../../../common/src/policy';
import { DeniedField, FieldRemoval, ResponseStep } from './denied-field';
import { FieldDecider } from './field-decider';
import { isIncluded } from './inclusion';
import { outputNullability } from './output-nullability';
import { aliasedTypename, unusedTypenameAlias } from './typename-alias';
import { withoutUnusedVariables } from './unused-variables';

export interface RemovalInput {
  /** The API schema the operation was validated against. */
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName?: string | null;
  /** The coerced variables: a denied field that `@skip`/`@include` leave out of the response gets no error. */
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly decideField: FieldDecider;
  /** The most fields the operation may select once its fragments are inlined. Default 10,000. */
  readonly maxFields?: number;
}

/** The operation selects more fields than `maxFields` once its fragments are inlined. */
export class OperationTooLargeError extends Error {
  constructor(readonly maxFields: number) {
    super(`The operation selects more than ${maxFields} fields once its fragments are expanded.`);
  }
}

const DEFAULT_MAX_FIELDS = 10_000;

interface Walk {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly decideField: FieldDecider;
  readonly maxFields: number;
  /** The alias `__typename` is asked under where the walk adds it: found on first need, as most operations never need one. */
  readonly typenameAlias: () => string;
  readonly denied: Map<string, DeniedField>;
  fields: number;
  typenameAdded: boolean;
  /** Whether any field was taken out, included in the response or not. */
  removed: boolean;
}

/** Where a selection set sits in the response. */
interface Position {
  readonly steps: readonly ResponseStep[];
  /** The type the schema gives the object there. */
  readonly objectType: GraphQLCompositeType;
  /** False where `@skip`/`@include` leave it out of the response. */
  readonly included: boolean;
}

/**
 * The operation without the fields `decideField` denies, so the gateway never plans or fetches
 * them, and the list of what was taken out, for the response step to answer each with FORBIDDEN
 * (DOMAIN.md §5: rules per field). The input document is not changed.
 */
export function removeDeniedFields(input: RemovalInput): FieldRemoval {
  const operation = getOperationAST(input.document, input.operationName);
  if (!operation) throw new Error('The document has no operation of that name.');
  const rootType = input.schema.getRootType(operation.operation);
  if (!rootType) throw new Error(`The schema has no ${operation.operation} type.`);
  const walk: Walk = {
    schema: input.schema,
    fragments: new Map(
      input.document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
    ),
    variables: input.variables ?? {},
    decideField: input.decideField,
    maxFields: input.maxFields ?? DEFAULT_MAX_FIELDS,
    typenameAlias: once(() => unusedTypenameAlias(input.document)),
    denied: new Map(),
    fields: 0,
    typenameAdded: false,
    removed: false,
  };
  const selectionSet = rewriteSelectionSet(walk, operation.selectionSet, rootType, { steps: [], objectType: rootType, included: true }, false);
  const rewritten = { ...operation, selectionSet };
  return {
    document: { kind: Kind.DOCUMENT, definitions: [walk.removed ? withoutUnusedVariables(rewritten) : rewritten] },
    denied: [...walk.denied.values()],
    typenameAlias: walk.typenameAdded ? walk.typenameAlias() : undefined,
    unchanged: !walk.removed && !walk.typenameAdded,
  };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** Rewrites a field's (or the operation's) selections; asks for `__typename` where they came out empty or where a type decides where a denial goes. */
function rewriteSelectionSet(walk: Walk, selectionSet: SelectionSetNode, type: GraphQLCompositeType, at: Position, typeMatters: boolean): SelectionSetNode {
  const deniedBefore = walk.denied.size;
  const selections = rewriteSelections(walk, selectionSet.selections, type, at);
  if (selections.length > 0 && !(typeMatters && walk.denied.size > deniedBefore)) return { kind: Kind.SELECTION_SET, selections };
  walk.typenameAdded = true;
  return { kind: Kind.SELECTION_SET, selections: [...selections, aliasedTypename(walk.typenameAlias())] };
}

function rewriteSelections(walk: Walk, selections: readonly SelectionNode[], parentType: GraphQLCompositeType, at: Position): SelectionNode[] {
  return selections.flatMap((selection): SelectionNode[] => {
    switch (selection.kind) {
      case Kind.FIELD:
        return rewriteField(walk, selection, parentType, at);
      case Kind.INLINE_FRAGMENT:
        return rewriteFragment(walk, selection.typeCondition, selection.directives, selection.selectionSet, parentType, at);
      case Kind.FRAGMENT_SPREAD: {
        // Inlined where it is spread: the same fragment can lose different fields in different places.
        const fragment = walk.fragments.get(selection.name.value);
        if (!fragment) throw new Error(`Unknown fragment ${selection.name.value}.`);
        return rewriteFragment(walk, fragment.typeCondition, selection.directives, fragment.selectionSet, parentType, at);
      }
    }
  });
}

function rewriteFragment(
  walk: Walk,
  typeCondition: NamedTypeNode | undefined,
  directives: readonly DirectiveNode[] | undefined,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  at: Position,
): SelectionNode[] {
  const type = typeCondition ? compositeType(walk.schema, typeCondition.name.value) : parentType;
  const selections = rewriteSelections(walk, selectionSet.selections, type, { ...at, included: at.included && isIncluded(directives, walk.variables) });
  if (selections.length === 0) return [];
  return [{ kind: Kind.INLINE_FRAGMENT, typeCondition, directives, selectionSet: { kind: Kind.SELECTION_SET, selections } }];
}

function rewriteField(walk: Walk, field: FieldNode, parentType: GraphQLCompositeType, at: Position): SelectionNode[] {
  const name = field.name.value;
  if (name === '__typename') return [field];
  walk.fields += 1;
  if (walk.fields > walk.maxFields) throw new OperationTooLargeError(walk.maxFields);
  const key = field.alias?.value ?? name;
  const path = [...at.steps.map((step) => step.key), key];
  const included = at.included && isIncluded(field.directives, walk.variables);
  // A field selected on an interface is decided for each object type that can be there.
  const candidates = isAbstractType(parentType) ? walk.schema.getPossibleTypes(parentType) : [parentType];
  const kept: GraphQLCompositeType[] = [];
  for (const type of candidates) {
    const decision = walk.decideField(type.name, name, path);
    if (decision.kind !== 'DENY') {
      kept.push(type);
      continue;
    }
    walk.removed = true;
    if (included) recordDenial(walk, { key, type, name, reason: decision.reason, at });
  }
  if (kept.length === candidates.length) return [keepField(walk, field, parentType, at, included)];
  return kept.map((type) => ({
    kind: Kind.INLINE_FRAGMENT,
    typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: type.name } },
    selectionSet: { kind: Kind.SELECTION_SET, selections: [keepField(walk, field, type, at, included)] },
  }));
}

function keepField(walk: Walk, field: FieldNode, parentType: GraphQLCompositeType, at: Position, included: boolean): FieldNode {
  const definition = fieldDefinition(walk.schema, parentType, field.name.value);
  const type = getNamedType(definition.type);
  // Introspection carries no one's data: its fields are not decided one by one.
  if (!field.selectionSet || !isCompositeType(type) || definition === SchemaMetaFieldDef || definition === TypeMetaFieldDef) return field;
  const step: ResponseStep = { key: field.alias?.value ?? field.name.value, ...typeTest(walk.schema, at.objectType, parentType), nullable: outputNullability(definition.type) };
  const selectionSet = rewriteSelectionSet(walk, field.selectionSet, type, { steps: [...at.steps, step], objectType: type, included }, isAbstractType(type));
  return { ...field, selectionSet };
}

function recordDenial(walk: Walk, denial: { key: string; type: GraphQLCompositeType; name: string; reason: DenyReason; at: Position }): void {
  const { key, type, name, reason, at } = denial;
  const definition = fieldDefinition(walk.schema, type, name);
  const steps = [...at.steps, { key, ...typeTest(walk.schema, at.objectType, type), nullable: outputNullability(definition.type) }];
  const id = JSON.stringify([steps, type.name, name]);
  if (walk.denied.has(id)) return;
  walk.denied.set(id, { path: steps.map((step) => step.key), steps, typeName: type.name, fieldName: name, reason });
}

/** The types the object must have for a selection made on `selectedOn` to apply, where the schema's type for it does not say. */
function typeTest(schema: GraphQLSchema, objectType: GraphQLCompositeType, selectedOn: GraphQLCompositeType): { onTypes?: readonly string[] } {
  if (!isAbstractType(objectType) || selectedOn === objectType) return {};
  const types = isAbstractType(selectedOn) ? schema.getPossibleTypes(selectedOn) : [selectedOn];
  return { onTypes: types.map((type) => type.name) };
}

function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> {
  if (parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  const definition = 'getFields' in parentType ? parentType.getFields()[name] : undefined;
  if (!definition) throw new Error(`${parentType.name}.${name} is not in the schema: validate the operation first.`);
  return definition;
}

function compositeType(schema: GraphQLSchema, name: string): GraphQLCompositeType {
  const type = schema.getType(name);
  if (!isCompositeType(type)) throw new Error(`${name} is not an object, interface or union type of the schema.`);
  return type;
}
