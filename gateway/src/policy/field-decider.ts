import { Caller, decideStatically, Grant, isStructuralField, StaticDecision } from '../../../common/src/policy';

/**
 * The policy's answer for one field of the operation, before planning: ALLOW, DENY (the field is
 * taken out of the operation) or ON_RECORD (kept: the subgraph that has the record decides).
 * `path` is the field's response path, aliases as the client wrote them.
 */
export type FieldDecider = (typeName: string, fieldName: string, path: readonly string[]) => StaticDecision;

export interface PolicyCaller {
  readonly caller: Caller;
  readonly grants: readonly Grant[];
  /** The time the request is decided at. */
  readonly at: Date;
}

/** The access policy's static decisions (common/src/policy) for one caller with these grants. */
export const decideByPolicy =
  ({ caller, grants, at }: PolicyCaller): FieldDecider =>
  (typeName, fieldName) =>
    decideStatically({ caller, grants, field: `${typeName}.${fieldName}`, at });

/**
 * For a request whose caller is not known: only the fields that carry no data of their own
 * (structural.ts) are allowed; every other field is denied.
 */
export const decideForUnknownCaller: FieldDecider = (typeName, fieldName) =>
  isStructuralField(`${typeName}.${fieldName}`) ? { kind: 'ALLOW' } : { kind: 'DENY', reason: 'ROLE_NOT_PERMITTED' };
