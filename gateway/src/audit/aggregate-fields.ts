import { DocumentNode, FragmentDefinitionNode, getNamedType, GraphQLCompositeType, GraphQLSchema, isCompositeType, isInterfaceType, isObjectType, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { auditCategoryOf } from '../../../common/src/audit/audit-category';
import { FieldName } from '../../../common/src/policy';

/** An analytics field the operation asks for, where its answer goes. */
export interface AskedAggregate {
  readonly field: FieldName;
  /** The response keys from the root to the field. */
  readonly path: readonly string[];
}

/**
 * The fields of analytics aggregates (rules of kind AGGREGATE) the operation asks for, fragments
 * followed, each with its response path: what the access log records an analytics query by.
 */
export function aggregateFieldsAsked(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): AskedAggregate[] {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const asked: AskedAggregate[] = [];
  const visiting = new Set<string>();
  const walk = (type: GraphQLCompositeType, selectionSet: SelectionSetNode, path: readonly string[]): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(type) && !isInterfaceType(type)) continue;
        const definition = type.getFields()[selection.name.value];
        if (definition === undefined) continue;
        const key = [...path, selection.alias?.value ?? selection.name.value];
        const field = `${type.name}.${selection.name.value}`;
        if (auditCategoryOf(field) === 'ANALYTICS') asked.push({ field, path: key });
        const child = getNamedType(definition.type);
        if (selection.selectionSet && isCompositeType(child)) walk(child, selection.selectionSet, key);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (condition && isCompositeType(condition)) walk(condition, selection.selectionSet, path);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment === undefined || visiting.has(fragment.name.value)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        if (!condition || !isCompositeType(condition)) continue;
        visiting.add(fragment.name.value);
        walk(condition, fragment.selectionSet, path);
        visiting.delete(fragment.name.value);
      }
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) walk(root, operation.selectionSet, []);
  return asked;
}
