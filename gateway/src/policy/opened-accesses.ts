import { DocumentNode, FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { OpenedBasis } from '../../../common/src/policy';

/** The mutations that open an emergency or disaster access (eligibility), and the basis each opens. */
export const OPENING_MUTATIONS: Readonly<Record<string, OpenedBasis>> = {
  openEmergencyAccessWithCard: 'EMERGENCY_WITH_CARD',
  openEmergencyAccessWithoutCard: 'EMERGENCY_NO_CARD',
  openDisasterAccess: 'DISASTER',
};

/** The bases whose opening searches for the patient by the four attributes: identification searches, rate limited. */
export const IDENTIFICATION_SEARCHES: readonly OpenedBasis[] = ['EMERGENCY_NO_CARD', 'DISASTER'];

/** Each root field of a mutation that opens an access, with the basis it opens, fragments followed. */
function openingFields(document: DocumentNode, operation: OperationDefinitionNode): Array<{ readonly field: FieldNode; readonly basis: OpenedBasis }> {
  if (operation.operation !== 'mutation') return [];
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const found: Array<{ field: FieldNode; basis: OpenedBasis }> = [];
  const visited = new Set<string>();
  const visit = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const basis = OPENING_MUTATIONS[selection.name.value];
        if (basis !== undefined) found.push({ field: selection, basis });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment === undefined || visited.has(fragment.name.value)) continue;
        visited.add(fragment.name.value);
        visit(fragment.selectionSet);
        visited.delete(fragment.name.value);
      }
    }
  };
  visit(operation.selectionSet);
  return found;
}

/**
 * The basis each root field of a mutation opens, once per field as the client wrote it (aliases
 * count apart), fragments followed: nothing an operation opens escapes being decided or counted.
 */
export function openedBases(document: DocumentNode, operation: OperationDefinitionNode): OpenedBasis[] {
  return openingFields(document, operation).map(({ basis }) => basis);
}

/** The opening root fields by response key (the alias, else the name), with the mutation's name and the basis it opens: what the access log records an opening under. */
export function openingRoots(document: DocumentNode, operation: OperationDefinitionNode): Map<string, { readonly mutation: string; readonly basis: OpenedBasis }> {
  return new Map(openingFields(document, operation).map(({ field, basis }) => [field.alias?.value ?? field.name.value, { mutation: field.name.value, basis }]));
}
