import { OperationDefinitionNode } from 'graphql';
import { readEndedConsents } from '../../../common/src/access/ended-consents';
import { SqlReader } from '../../../common/src/access/sql-reader';
import { logEvent } from '../../../common/src/log';
import { AccessContext } from '../../../common/src/access/access-context';
import { beforeGrantsFor, callerKey, decisionsUnder, StaticDecision } from '../../../common/src/policy';
import { FieldDecider } from './field-decider';
import { SubjectGrants, SubjectGrantsOf } from './subject-grants';
import { personSubjects } from './subjects';

export interface RequestDeciderInput {
  readonly access: AccessContext;
  readonly operation: OperationDefinitionNode;
  readonly variables: Readonly<Record<string, unknown>>;
  /**
   * The request's subject grants (read once per request, subject-grants.ts) and the consent
   * registry behind them, for ended consents; null when the gateway reads no grants (every consent
   * is then decided by the subgraphs).
   */
  readonly grants: { readonly of: SubjectGrantsOf; readonly reader: SqlReader } | null;
  readonly at: Date;
}

/**
 * The grants of each named person at the caller's institution; without a consent in force, the
 * ended ones too, which tell CONSENT_EXPIRED from CONSENT_REQUIRED. A person whose grants cannot
 * be read is left out.
 */
async function grantsBySubject(input: RequestDeciderInput): Promise<SubjectGrants> {
  if (input.grants === null) return { subjects: personSubjects(input.operation, input.variables), grants: new Map() };
  const { of, reader } = input.grants;
  const { subjects, grants } = await of(input);
  const institutionCode = input.access.caller.institutionCode;
  if (institutionCode === undefined) return { subjects, grants };
  const entries = await Promise.all(
    [...grants].map(async ([key, active]) => {
      if (active.some((grant) => grant.basis === 'CONSENT')) return [[key, active] as const];
      try {
        return [[key, [...active, ...(await readEndedConsents(reader, [subjects.get(key)!], institutionCode, input.at))]] as const];
      } catch (error) {
        logEvent('gateway', 'grants-unavailable', { code: (error as { code?: unknown }).code ?? null });
        return [];
      }
    }),
  );
  return { subjects, grants: new Map(entries.flat()) };
}

/**
 * The policy's decisions for one request before planning. Under a root field that names its
 * person (`person(id:)`) the gateway reads that person's grants at the caller's institution and
 * decides with them, so a field no consent opens is never fetched. Elsewhere the person is known
 * only from the record, so the gateway decides what holds whatever the grants, and leaves the
 * rest to the subgraph that reads the record. A person whose grants cannot be read is decided so
 * too: the subgraph reads them again.
 */
export async function requestDecider(input: RequestDeciderInput): Promise<FieldDecider> {
  const { caller } = input.access;
  const { subjects, grants } = await grantsBySubject(input);
  const beforeGrants = beforeGrantsFor(caller, input.at);
  const underGrants = new Map([...grants].map(([key, known]) => [key, decisionsUnder(caller, known, input.at)]));
  // Decisions depend on the caller, the time (through the policy version and the grants) and, under
  // each root field that names its person, that person and their grants: nothing else.
  const key = [callerKey(caller, input.at), ...[...underGrants].map(([rootKey, decisions]) => `${rootKey}\u0001${subjects.get(rootKey)}\u0001${decisions.key}`).sort()].join('\u0003');
  const decider = (typeName: string, fieldName: string, path: readonly string[]): StaticDecision => {
    const field = `${typeName}.${fieldName}`;
    // What holds whatever the grants holds with the person's own (grants only open fields).
    const before = beforeGrants(field);
    if (before.kind !== 'ON_RECORD') return before;
    const subject = path[0] === undefined ? undefined : subjects.get(path[0]);
    const decisions = path[0] === undefined ? undefined : underGrants.get(path[0]);
    if (subject === undefined || decisions === undefined) return before;
    const decision = decisions.statically(field);
    if (decision.kind !== 'ON_RECORD' || decision.needs.some((fact) => fact !== 'personId')) return decision;
    // What is read under person(id:) is that person's: a field their grants do not open (an
    // expired consent, say) is denied here. One they open is still decided again on the record.
    const onSubject = decisions.decide(field, { personId: subject });
    return onSubject.allow ? decision : { kind: 'DENY', reason: onSubject.reason };
  };
  return Object.assign(decider, { key });
}
