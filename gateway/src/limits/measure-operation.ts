import {
  ArgumentNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLType,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  SchemaMetaFieldDef,
  SelectionSetNode,
  TypeMetaFieldDef,
  valueFromASTUntyped,
} from 'graphql';

/** What an operation asks of the gateway, measured before anything is planned. */
export interface OperationMeasure {
  /** The deepest nesting of fields (`{ a { b } }` is 2), introspection aside. */
  readonly depth: number;
  readonly aliases: number;
  /** Directives used in the operation and the fragments it spreads (each time it spreads them). */
  readonly directives: number;
  /** The estimated work: see measureOperation. */
  readonly cost: number;
}

export interface CostWeights {
  /** The size assumed of a list whose field (or connection) has no `first`/`last`/`limit` argument nor a default for it. */
  readonly defaultListSize: number;
  /** What a field of a mutation's root costs, on top of its selection. */
  readonly mutationCost: number;
}

/** The arguments that give a list's size, as the connections' `first` (schema/CONVENTIONS.md). */
const SLICING_ARGUMENTS = ['first', 'last', 'limit'];

function listDepthOf(type: GraphQLType): number {
  let lists = 0;
  for (let t = type; ; ) {
    if (isNonNullType(t)) t = t.ofType;
    else if (isListType(t)) {
      lists++;
      t = t.ofType;
    } else return lists;
  }
}

/**
 * Measures a validated operation against the schema. Cost follows the defaults of Apollo's demand
 * control: a field of an object type costs 1, a scalar or enum 0, a mutation's root field
 * `mutationCost`, and a list multiplies the cost of what it holds by its size: the field's
 * slicing argument (`first`, `last`, `limit`: the value sent, else the schema's default), or, for a
 * connection, the slicing argument of the field returning it, else `defaultListSize`.
 * Introspection (`__schema`, `__type`) counts for neither depth nor cost: it reads the schema, not
 * data, and graphql-js's validation already refuses the nested introspection that would be costly
 * (its MaxIntrospectionDepthRule); its aliases and directives count.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  weights: CostWeights,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  let depth = 0;
  let aliases = 0;
  let directives = operation.directives?.length ?? 0;
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) values[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  Object.assign(values, variables);

  const sliceSize = (field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined => {
    for (const name of SLICING_ARGUMENTS) {
      const definition = field.args.find((a) => a.name === name);
      if (!definition) continue;
      const argument: ArgumentNode | undefined = node.arguments?.find((a) => a.name.value === name);
      const sent = argument ? valueFromASTUntyped(argument.value, values) : undefined;
      const value = sent ?? definition.defaultValue;
      if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
    }
    return undefined;
  };

  const visit = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, level: number, sized: number | undefined, root: boolean, introspecting: boolean): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += visit(selection.selectionSet, isCompositeType(type) ? type : parent, level, sized, root, introspecting);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        directives += fragment.directives?.length ?? 0;
        const type = schema.getType(fragment.typeCondition.name.value);
        cost += visit(fragment.selectionSet, isCompositeType(type) ? type : parent, level, sized, root, introspecting);
        continue;
      }
      if (selection.alias) aliases++;
      const name = selection.name.value;
      const inIntrospection = introspecting || name === '__schema' || name === '__type';
      if (!inIntrospection) depth = Math.max(depth, level);
      const atRoot = parent === schema.getQueryType();
      const field =
        name === '__schema' && atRoot ? SchemaMetaFieldDef
        : name === '__type' && atRoot ? TypeMetaFieldDef
        : 'getFields' in parent ? (parent as GraphQLObjectType).getFields()[name]
        : undefined;
      if (!field) continue;
      const named = getNamedType(field.type);
      const ownSize = sliceSize(field, selection);
      const lists = listDepthOf(field.type);
      const inner = selection.selectionSet && isCompositeType(named) ? visit(selection.selectionSet, named, level + 1, lists === 0 ? ownSize : undefined, false, inIntrospection) : 0;
      if (inIntrospection) continue;
      const own = root && operation.operation === 'mutation' ? weights.mutationCost : isCompositeType(named) ? 1 : 0;
      const size = ownSize ?? sized ?? weights.defaultListSize;
      cost += (own + inner) * (lists === 0 ? 1 : size * weights.defaultListSize ** (lists - 1));
    }
    return cost;
  };

  const rootType = schema.getRootType(operation.operation);
  const cost = rootType ? visit(operation.selectionSet, rootType, 1, undefined, true, false) : 0;
  return { depth, aliases, directives, cost };
}
