import { OperationDefinitionNode, parse } from 'graphql';
import { openedBases } from '../../../gateway/src/policy/opened-accesses';

const bases = (source: string) => {
  const document = parse(source);
  return openedBases(document, document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!);
};

describe('openedBases: what an operation opens, so none escapes the decision or the count', () => {
  it('names the basis of each opening mutation, once per field as written (aliases count apart)', () => {
    expect(bases('mutation { a: openDisasterAccess(input: $i) { notice } b: openDisasterAccess(input: $i) { notice } openEmergencyAccessWithCard(input: $c) { viewer { name } } }')).toEqual([
      'DISASTER',
      'DISASTER',
      'EMERGENCY_WITH_CARD',
    ]);
  });

  it('follows fragments and inline fragments on the mutation root', () => {
    const source = `mutation { ...Search ... on Mutation { openEmergencyAccessWithoutCard(input: $n) { grant { id } } } }
      fragment Search on Mutation { openDisasterAccess(input: $i) { notice } ...More }
      fragment More on Mutation { openEmergencyAccessWithoutCard(input: $n) { grant { id } } }`;
    expect(bases(source)).toEqual(['DISASTER', 'EMERGENCY_NO_CARD', 'EMERGENCY_NO_CARD']);
  });

  it('opens nothing in a query, or in a mutation of anything else', () => {
    expect(bases('query { disasters { name } }')).toEqual([]);
    expect(bases('mutation { recordConsent(input: $i) { id } }')).toEqual([]);
  });
});
