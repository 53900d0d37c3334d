import { buildASTSchema, isNonNullType, isObjectType, Kind, parse } from 'graphql';
import { isStructuralField } from '../../../common/src/policy';
import { committedSupergraph } from '../../common/policy/supergraph';
import { NON_NULL_FIELDS_WITH_A_RULE } from './non-null-fields-with-a-rule';

/** The non-null fields of the supergraph that carry an `@accessPolicy` rule (and so can be denied). */
function nonNullFieldsWithARule(sdl: string): string[] {
  const schema = buildASTSchema(parse(sdl), { assumeValid: true });
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .filter((field) => {
          const key = field.astNode?.directives?.find((directive) => directive.name.value === 'accessPolicy')?.arguments?.find((argument) => argument.name.value === 'key');
          return key?.value.kind === Kind.STRING && !isStructuralField(`${type.name}.${field.name}`);
        })
        .map((field) => `${type.name}.${field.name}`),
    )
    .sort();
}

describe('fields the policy can deny are nullable', () => {
  const found = nonNullFieldsWithARule(committedSupergraph());

  // A denied non-null field nulls its parent (forbidden-errors.ts), taking allowed siblings with it:
  // each field listed here is to be made nullable in its subgraph's SDL.
  it('no non-null field with a rule beyond those listed for the schema authors', () => {
    expect(found.filter((field) => !NON_NULL_FIELDS_WITH_A_RULE.includes(field))).toEqual([]);
  });

  it('the list finds them: a new non-null field with a rule is reported', () => {
    const withNewField = committedSupergraph().replace(/^type Claim\b([^{]*)\{/m, 'type Claim$1{\n  referralLetter: String! @accessPolicy(key: "claim.remarks")');
    expect(nonNullFieldsWithARule(withNewField).filter((field) => !NON_NULL_FIELDS_WITH_A_RULE.includes(field))).toEqual(['Claim.referralLetter']);
  });
});
