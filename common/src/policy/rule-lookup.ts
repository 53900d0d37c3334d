import { POLICY_TIME_ZONE_OFFSET } from './bases';
import { FIELD_POLICY_KEYS } from './field-keys';
import { POLICY_VERSIONS } from './field-policies';
import { DenyReason, FieldName, FieldRule, PolicyKey, PolicyVersion } from './types';

export const versionStart = (version: PolicyVersion): Date => new Date(`${version.effectiveFrom}T00:00:00${POLICY_TIME_ZONE_OFFSET}`);

const latestFirst = (versions: readonly PolicyVersion[]) =>
  versions.map((version) => ({ version, start: versionStart(version).getTime() })).sort((a, b) => b.start - a.start);

/** The policy's versions latest first, with the instant each begins, and every key any of them has: each decision looks them up. */
const BY_START = latestFirst(POLICY_VERSIONS);
const EVER_DEFINED = new Set(POLICY_VERSIONS.flatMap((version) => Object.keys(version.rules)));

/** The version in force at `at`: the latest that has begun. */
export function versionAt(at: Date, versions: readonly PolicyVersion[] = POLICY_VERSIONS): PolicyVersion | undefined {
  const time = at.getTime();
  const starts = versions === POLICY_VERSIONS ? BY_START : latestFirst(versions);
  return starts.find(({ start }) => start <= time)?.version;
}

const ruleIn = (version: PolicyVersion | undefined, key: PolicyKey): FieldRule | undefined =>
  version && Object.hasOwn(version.rules, key) ? version.rules[key] : undefined;

/** The rule a field follows at `at`; NO_POLICY when no version has one, NOT_AVAILABLE when the one in force has none. */
export function ruleAt(field: FieldName, at: Date): { readonly rule: FieldRule } | { readonly reason: DenyReason } {
  const key = FIELD_POLICY_KEYS.get(field);
  if (key === undefined || !EVER_DEFINED.has(key)) return { reason: 'NO_POLICY' };
  const rule = ruleIn(versionAt(at), key);
  return rule ? { rule } : { reason: 'NOT_AVAILABLE' };
}
