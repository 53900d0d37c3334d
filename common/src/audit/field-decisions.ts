import { Basis, DenyReason, FieldName } from '../policy/types';
import { AuditCategory, auditCategoryOf } from './audit-category';

/** What a field was served under: a basis, or NONE where it needed none (eligibility, reference data). */
export type ServedUnder = Basis | 'NONE';

/**
 * The fields of one access as the log stores them: the fields served, grouped by what they were
 * served under, and the fields withheld, grouped by why; each list in name order. A field served
 * for some records and withheld for others (an untold diagnosis) is in both.
 */
export interface FieldDecisions {
  readonly served: Readonly<Partial<Record<ServedUnder, readonly FieldName[]>>>;
  readonly withheld: Readonly<Partial<Record<DenyReason, readonly FieldName[]>>>;
}

/** One field of an access as an auditor reads it; its category is the policy's. */
export interface DecidedField {
  readonly field: FieldName;
  readonly category: AuditCategory | null;
  readonly allowed: boolean;
  readonly denyReasons: readonly DenyReason[];
  readonly basis: Basis | null;
}

/** Every field served or withheld, each once. */
export function fieldsIn(decisions: FieldDecisions): FieldName[] {
  const fields = new Set<FieldName>();
  for (const group of [...Object.values(decisions.served), ...Object.values(decisions.withheld)]) for (const field of group ?? []) fields.add(field);
  return [...fields];
}

/** Each field of an access once, in name order, with what was decided on it. */
export function decidedFields(decisions: FieldDecisions): DecidedField[] {
  const byField = new Map<FieldName, { allowed: boolean; denyReasons: DenyReason[]; basis: Basis | null }>();
  const entry = (field: FieldName) => byField.get(field) ?? byField.set(field, { allowed: false, denyReasons: [], basis: null }).get(field)!;
  for (const [under, fields] of Object.entries(decisions.served)) {
    for (const field of fields ?? []) {
      const decided = entry(field);
      decided.allowed = true;
      if (under !== 'NONE') decided.basis = under as Basis;
    }
  }
  for (const [reason, fields] of Object.entries(decisions.withheld)) for (const field of fields ?? []) entry(field).denyReasons.push(reason as DenyReason);
  return [...byField]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([field, decided]) => ({ field, category: auditCategoryOf(field), ...decided }));
}
