import { BASES, Caller, CONSENT_CATEGORIES, FieldName, Grant } from './types';
import { decisionsUnder } from './grant-decisions';
import { StaticDecision } from './plan';

/** Far enough that no grant made here ends before the question is answered. */
const NEVER_MS = 8.64e15;

/**
 * Every grant the caller's institution could hold: each basis but SELF, every category, in force
 * at `at`, opened by the caller, for no person in particular (its person id matches no record).
 */
function everyGrantAt(caller: Caller, at: Date): Grant[] {
  if (caller.institutionCode === undefined) return [];
  return BASES.filter((basis) => basis !== 'SELF').map((basis) => ({
    basis,
    personId: '',
    institutionCode: caller.institutionCode!,
    categories: [...CONSENT_CATEGORIES],
    grantedAt: at,
    expiresAt: new Date(NEVER_MS),
    openedBy: caller.loginId ?? null,
  }));
}

/**
 * What can be decided before the person's grants are read, for each field a caller asks at `at`.
 * Grants only ever open fields, so a field denied even under every basis the caller's institution
 * could hold is denied whatever that person's grants are; one allowed without any record check
 * needs no grant at all. The rest (ON_RECORD) is decided once the record and its person's grants
 * are known.
 *
 * The answer depends on the caller, the field and the policy version in force alone (the grants
 * made up are in force whenever asked), so it is kept with the caller's other decisions
 * (grant-decisions.ts).
 */
export function beforeGrantsFor(caller: Caller, at: Date): (field: FieldName) => StaticDecision {
  return decisionsUnder(caller, everyGrantAt(caller, at), at).statically;
}

/** beforeGrantsFor, for one field. */
export function decideBeforeGrants({ caller, field, at }: { readonly caller: Caller; readonly field: FieldName; readonly at: Date }): StaticDecision {
  return beforeGrantsFor(caller, at)(field);
}
