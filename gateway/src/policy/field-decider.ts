import { isStructuralField, StaticDecision } from '../../../common/src/policy';

/**
 * The policy's answer for one field of the operation, before planning: ALLOW, DENY (the field is
 * taken out of the operation) or ON_RECORD (kept: the subgraph that has the record decides).
 * `path` is the field's response path, aliases as the client wrote them.
 */
export type FieldDecider = ((typeName: string, fieldName: string, path: readonly string[]) => StaticDecision) & {
  /** Deciders with the same key make the same decision on every field and path, so what one took out of an operation holds for the other. */
  readonly key?: string;
};

/**
 * For a request whose caller is not known: only the fields that carry no data of their own
 * (structural.ts) are allowed; every other field is denied.
 */
export const decideForUnknownCaller: FieldDecider = (typeName, fieldName) =>
  isStructuralField(`${typeName}.${fieldName}`) ? { kind: 'ALLOW' } : { kind: 'DENY', reason: 'ROLE_NOT_PERMITTED' };
