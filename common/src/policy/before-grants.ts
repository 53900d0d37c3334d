import { BASES, Caller, CONSENT_CATEGORIES, FieldName, Grant } from './types';
import { decideStatically, StaticDecision } from './plan';
import { callerKey } from './caller-key';

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

/** How many callers' decisions are kept; the longest unused are forgotten first. */
const KEPT_CALLERS = 1000;

/** Decisions made, by caller and policy version in force, then by field. */
const made = new Map<string, Map<FieldName, StaticDecision>>();

function decisionsFor(caller: Caller, at: Date): Map<FieldName, StaticDecision> {
  const key = callerKey(caller, at);
  let decisions = made.get(key);
  if (decisions) {
    made.delete(key);
  } else {
    decisions = new Map();
    if (made.size >= KEPT_CALLERS) made.delete(made.keys().next().value!);
  }
  made.set(key, decisions);
  return decisions;
}

/**
 * What can be decided before the person's grants are read, for each field a caller asks at `at`.
 * Grants only ever open fields, so a field denied even under every basis the caller's institution
 * could hold is denied whatever that person's grants are; one allowed without any record check
 * needs no grant at all. The rest (ON_RECORD) is decided once the record and its person's grants
 * are known.
 *
 * The answer depends on the caller, the field and the policy version in force alone (the grants
 * made up are in force whenever asked), so it is made once for each and kept.
 */
export function beforeGrantsFor(caller: Caller, at: Date): (field: FieldName) => StaticDecision {
  const decisions = decisionsFor(caller, at);
  return (field) => {
    let decision = decisions.get(field);
    if (!decision) decisions.set(field, (decision = decideStatically({ caller, field, at, grants: everyGrantAt(caller, at) })));
    return decision;
  };
}

/** beforeGrantsFor, for one field. */
export function decideBeforeGrants({ caller, field, at }: { readonly caller: Caller; readonly field: FieldName; readonly at: Date }): StaticDecision {
  return beforeGrantsFor(caller, at)(field);
}
