import { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { DocumentNode, GraphQLError, Kind, SelectionSetNode } from 'graphql';

/** The response keys a selection set asks for, fragments flattened, `__typename` left out. */
function responseKeys(selectionSet: SelectionSetNode): string[] {
  const keys: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') keys.push(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      keys.push(...responseKeys(selection.selectionSet));
    }
  }
  return [...new Set(keys)];
}

/**
 * The answer the gateway puts in place of a subgraph's that did not come: `error` at every path
 * the fetch was to fill (each root field it asked for, or each field of each entity it was to
 * resolve), relative to the fetch as a subgraph's own errors are, so the query planner places them
 * where the data is missing. No data: the other subgraphs' answers are served around it.
 */
export function failedFetchResponse(document: DocumentNode | undefined, variables: Record<string, unknown> | undefined, error: GraphQLError): GatewayGraphQLResponse {
  const operation = document?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const paths: Array<Array<string | number>> = [];
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind !== Kind.FIELD) continue;
    if (selection.name.value === '_entities' && selection.selectionSet) {
      const representations = Array.isArray(variables?.representations) ? variables.representations.length : 0;
      const keys = responseKeys(selection.selectionSet);
      for (let index = 0; index < representations; index++) for (const key of keys) paths.push(['_entities', index, key]);
    } else if (selection.name.value !== '__typename') {
      paths.push([selection.alias?.value ?? selection.name.value]);
    }
  }
  const formatted = error.toJSON();
  const errors = paths.length > 0 ? paths.map((path) => ({ ...formatted, path })) : [formatted];
  return { errors };
}
