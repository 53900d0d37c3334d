import { POLICY_TIME_ZONE_OFFSET } from './bases';
import { FIELD_POLICY_KEYS } from './field-keys';
import { POLICY_VERSIONS } from './field-policies';
import { DenyReason, FieldName, FieldRule, PolicyKey, PolicyVersion } from './types';

export const versionStart = (version: PolicyVersion): Date => new Date(`${version.effectiveFrom}T00:00:00${POLICY_TIME_ZONE_OFFSET}`);

/** The version in force at `at`: the latest that has begun. */
export function versionAt(at: Date, versions: readonly PolicyVersion[] = POLICY_VERSIONS): PolicyVersion | undefined {
  return versions
    .filter((version) => versionStart(version).getTime() <= at.getTime())
    .reduce<PolicyVersion | undefined>((latest, version) => (!latest || versionStart(version) > versionStart(latest) ? version : latest), undefined);
}

const ruleIn = (version: PolicyVersion | undefined, key: PolicyKey): FieldRule | undefined =>
  version && Object.hasOwn(version.rules, key) ? version.rules[key] : undefined;

/** The rule a field follows at `at`; NO_POLICY when no version has one, NOT_AVAILABLE when the one in force has none. */
export function ruleAt(field: FieldName, at: Date): { readonly rule: FieldRule } | { readonly reason: DenyReason } {
  const key = FIELD_POLICY_KEYS.get(field);
  if (key === undefined || !POLICY_VERSIONS.some((version) => ruleIn(version, key))) return { reason: 'NO_POLICY' };
  const rule = ruleIn(versionAt(at), key);
  return rule ? { rule } : { reason: 'NOT_AVAILABLE' };
}
