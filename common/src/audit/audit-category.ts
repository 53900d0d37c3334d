import { FIELD_POLICY_KEYS } from '../policy/field-keys';
import { POLICY_VERSIONS } from '../policy/field-policies';
import { CATEGORIES, FieldName, FieldRule } from '../policy/types';

export const AUDIT_CATEGORIES = [...CATEGORIES, 'ACCESS_LOG', 'ANALYTICS'] as const;
/** What the access log says a field is: the policy's category of a person's data, the access log itself, or an analytics aggregate (no person's). */
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];

/** The rule a key had when it was last defined: a field no longer offered is still logged as what it was. */
function latestRule(key: string): FieldRule | undefined {
  for (let index = POLICY_VERSIONS.length - 1; index >= 0; index -= 1) {
    const rule = POLICY_VERSIONS[index]!.rules[key];
    if (rule) return rule;
  }
  return undefined;
}

function categoryOfRule(rule: FieldRule | undefined): AuditCategory | null {
  if (rule?.kind === 'PERSON') return rule.category;
  if (rule?.kind === 'ACCESS_LOG') return 'ACCESS_LOG';
  if (rule?.kind === 'AGGREGATE') return 'ANALYTICS';
  return null;
}

const BY_FIELD: ReadonlyMap<FieldName, AuditCategory> = new Map(
  [...FIELD_POLICY_KEYS].flatMap(([field, key]) => {
    const category = categoryOfRule(latestRule(key));
    return category === null ? [] : [[field, category] as const];
  }),
);

/**
 * The category of a field, for the access log (DOMAIN.md §6): of a person's data, or ANALYTICS for
 * an aggregate (logged as an event of its own, with no person); null for a field whose reading is
 * not logged (reference data, an institution's roster, ids and plumbing).
 */
export const auditCategoryOf = (field: FieldName): AuditCategory | null => BY_FIELD.get(field) ?? null;
