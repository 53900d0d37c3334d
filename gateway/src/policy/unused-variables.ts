import { OperationDefinitionNode, visit } from 'graphql';

/** The operation without the definitions of variables it no longer uses (graphql's NoUnusedVariables rule). */
export function withoutUnusedVariables(operation: OperationDefinitionNode): OperationDefinitionNode {
  const used = new Set<string>();
  visit({ ...operation, variableDefinitions: [] }, {
    Variable: (node) => {
      used.add(node.name.value);
    },
  });
  return { ...operation, variableDefinitions: operation.variableDefinitions?.filter((definition) => used.has(definition.variable.name.value)) };
}
