import { Kind, OperationDefinitionNode, SelectionSetNode, ValueNode } from 'graphql';

/** Root fields that name the person whose data everything under them is, and the argument that does. */
const PERSON_ROOT_FIELDS: Readonly<Record<string, string>> = { person: 'id' };

function argumentValue(value: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  return value.kind === Kind.STRING ? value.value : undefined;
}

/**
 * The person each root field of a query is about, where its arguments name one (`person(id:)`),
 * by response key (alias or name). Other root fields reach their person only through a record
 * (a claim by id, an eligibility check), so they are not here.
 */
export function personSubjects(operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>>): ReadonlyMap<string, string> {
  const subjects = new Map<string, string>();
  const visit = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      if (selection.kind !== Kind.FIELD) continue;
      const argumentName = PERSON_ROOT_FIELDS[selection.name.value];
      const argument = selection.arguments?.find((a) => a.name.value === argumentName);
      const personId = argument ? argumentValue(argument.value, variables) : undefined;
      if (typeof personId === 'string') subjects.set(selection.alias?.value ?? selection.name.value, personId);
    }
  };
  if (operation.operation === 'query') visit(operation.selectionSet);
  return subjects;
}
