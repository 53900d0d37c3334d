import { evaluate } from './evaluate';
import { FIELD_POLICY_KEYS } from './field-keys';
import { Caller, DenyReason, FieldName, FieldRequest, Grant, RecordFact } from './types';

/**
 * What can be decided without the record: ALLOW and DENY hold for every record (the gateway can
 * drop a denied field before planning); ON_RECORD needs these facts of the record, so the subgraph
 * that has it decides.
 */
export type StaticDecision =
  | { readonly kind: 'ALLOW' }
  | { readonly kind: 'DENY'; readonly reason: DenyReason }
  | { readonly kind: 'ON_RECORD'; readonly needs: readonly RecordFact[] };

export function decideStatically(request: FieldRequest): StaticDecision {
  const verdict = evaluate(request);
  if ('deny' in verdict) return { kind: 'DENY', reason: verdict.deny };
  if (verdict.checks.length === 0) return { kind: 'ALLOW' };
  return { kind: 'ON_RECORD', needs: [...new Set(verdict.checks.map((check) => check.fact))] };
}

export interface PlanInput {
  readonly caller: Caller;
  readonly grants: readonly Grant[];
  readonly at: Date;
  /** The fields to plan; by default every field that has a rule. */
  readonly fields?: readonly FieldName[];
}

/** The static decision for each field, for one caller with these grants. */
export function planFields({ caller, grants, at, fields = [...FIELD_POLICY_KEYS.keys()] }: PlanInput): ReadonlyMap<FieldName, StaticDecision> {
  return new Map(fields.map((field) => [field, decideStatically({ caller, grants, field, at })]));
}
