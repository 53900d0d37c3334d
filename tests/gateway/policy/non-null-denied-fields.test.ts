import { buildASTSchema, isNonNullType, isObjectType, parse } from 'graphql';
import { isStructuralField, POLICY_VERSIONS } from '../../../common/src/policy';
import { ruleAt, versionStart } from '../../../common/src/policy/rule-lookup';
import { committedSupergraph } from '../../common/policy/supergraph';

/**
 * Whether the policy can deny the field to some caller: unless it is structural, or its rule (found
 * through the field keys) is PUBLIC in every version, some caller or date gets a refusal. No rule
 * at all (NO_POLICY) or none yet (NOT_AVAILABLE) denies too. Rules change only when a version
 * begins, so looking at each start sees every rule there is.
 */
function canBeDenied(field: string): boolean {
  if (isStructuralField(field)) return false;
  return POLICY_VERSIONS.some((version) => {
    const found = ruleAt(field, versionStart(version));
    return 'reason' in found || found.rule.kind !== 'PUBLIC';
  });
}

/** The non-null fields of a supergraph the policy can deny, `Type.field`. */
function nonNullDeniableFields(sdl: string): string[] {
  const schema = buildASTSchema(parse(sdl), { assumeValid: true });
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => `${type.name}.${field.name}`),
    )
    .filter(canBeDenied)
    .sort();
}

/** The committed supergraph with one field definition changed. */
function supergraphWith(from: string, to: string): string {
  const sdl = committedSupergraph();
  if (!sdl.includes(from)) throw new Error(`the supergraph has no \`${from}\``);
  return sdl.replace(from, to);
}

// A denied field is null with a FORBIDDEN error; were it non-null, GraphQL would null its nearest
// nullable parent instead (forbidden-errors.ts), taking the allowed siblings with it.
describe('every field the policy can deny is nullable', () => {
  it('no field of the committed supergraph that a rule can deny is non-null', () => {
    expect(nonNullDeniableFields(committedSupergraph())).toEqual([]);
  });

  it('reference data and structural fields may stay non-null: they are never denied', () => {
    expect(['Drug.name', 'Insurer.name', 'Institution.name', 'Claim.id', 'Institution.code'].filter(canBeDenied)).toEqual([]);
  });

  it('a field of a person made non-null is reported', () => {
    const sdl = supergraphWith('totalPoints: Int @accessPolicy(key: "claim.totalPoints")', 'totalPoints: Int! @accessPolicy(key: "claim.totalPoints")');
    expect(nonNullDeniableFields(sdl)).toEqual(['Claim.totalPoints']);
  });

  it('a roster list made non-null is reported, though its items are non-null already', () => {
    const sdl = supergraphWith('staff: [Staff!] @join__field', 'staff: [Staff!]! @join__field');
    expect(nonNullDeniableFields(sdl)).toEqual(['Institution.staff']);
  });

  it('a new non-null field is reported: until the policy gives it a rule, it is denied (NO_POLICY)', () => {
    const withNewField = committedSupergraph().replace(/^type Claim\b([^{]*)\{/m, 'type Claim$1{\n  referralLetter: String! @accessPolicy(key: "claim.remarks")');
    expect(nonNullDeniableFields(withNewField)).toEqual(['Claim.referralLetter']);
  });
});
