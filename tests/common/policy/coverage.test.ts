import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_POLICY_KEYS, isStructuralField, POLICY_VERSIONS, versionAt } from '../../../common/src/policy';
import { composeSupergraph } from '../../../tools/compose';
import { fieldsWithoutPolicy, supergraphFields } from './supergraph';

const schemaFile = (name: string) => readFileSync(join(__dirname, '..', '..', '..', 'schema', `${name}.graphql`), 'utf8');

describe('every field of the supergraph has an access rule', () => {
  const fields = supergraphFields();

  it('each field is covered by a rule or exempt as structural', () => {
    expect(fields.length).toBeGreaterThan(200);
    expect(fieldsWithoutPolicy()).toEqual([]);
  });

  it('no field is both', () => {
    expect([...FIELD_POLICY_KEYS.keys()].filter(isStructuralField)).toEqual([]);
  });

  it('the SDL names the same rule as the policy data, and structural fields name none', () => {
    const fromSdl = Object.fromEntries(fields.filter((field) => field.policyKey !== undefined).map((field) => [field.name, field.policyKey]));
    expect(fromSdl).toEqual(Object.fromEntries(FIELD_POLICY_KEYS));
  });

  it('the policy names no field the supergraph lacks', () => {
    const names = new Set(fields.map((field) => field.name));
    expect([...FIELD_POLICY_KEYS.keys()].filter((field) => !names.has(field))).toEqual([]);
  });

  it('a new field without a rule fails the build', () => {
    const withNewField = (name: string) =>
      name === 'receipts' ? schemaFile('receipts').replace('  actualDays: Int', '  referralLetter: String\n  actualDays: Int') : schemaFile(name);
    expect(fieldsWithoutPolicy(composeSupergraph(withNewField))).toEqual(['Claim.referralLetter']);
  });
});

describe('the policy versions', () => {
  const latest = POLICY_VERSIONS[POLICY_VERSIONS.length - 1];

  it('are in date order, with ISO dates and a source each', () => {
    const dates = POLICY_VERSIONS.map((version) => version.effectiveFrom);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    for (const version of POLICY_VERSIONS) {
      expect(version.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(version.source.length).toBeGreaterThan(10);
    }
  });

  it('every key a field names has a rule in the latest version, and every rule is named by a field', () => {
    const keys = new Set(FIELD_POLICY_KEYS.values());
    expect([...keys].filter((key) => !latest?.rules[key])).toEqual([]);
    expect(Object.keys(latest?.rules ?? {}).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('versionAt picks the latest version that has begun, in Japan time', () => {
    expect(versionAt(new Date('2021-02-28T14:59:59Z'))).toBeUndefined();
    expect(versionAt(new Date('2021-02-28T15:00:00Z'))?.effectiveFrom).toBe('2021-03-01');
    expect(versionAt(new Date('2030-01-01T00:00:00Z'))?.effectiveFrom).toBe(latest?.effectiveFrom);
  });
});
