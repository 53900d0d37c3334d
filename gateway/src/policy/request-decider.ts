import { OperationDefinitionNode } from 'graphql';
import { readEndedConsents } from '../../../common/src/access/ended-consents';
import { GrantStore } from '../../../common/src/access/grant-store';
import { SqlReader } from '../../../common/src/access/sql-reader';
import { logEvent } from '../../../common/src/log';
import { AccessContext } from '../../../common/src/access/access-context';
import { beforeGrantsFor, decide, decideStatically, Grant } from '../../../common/src/policy';
import { FieldDecider } from './field-decider';
import { personSubjects } from './subjects';

export interface RequestDeciderInput {
  readonly access: AccessContext;
  readonly operation: OperationDefinitionNode;
  readonly variables: Readonly<Record<string, unknown>>;
  /** The consent registry (through its cache, and the reader behind it); null when the gateway reads no grants (every consent is then decided by the subgraphs). */
  readonly grants: { readonly store: GrantStore; readonly reader: SqlReader } | null;
  readonly at: Date;
}

/** The grants of each named person at the caller's institution; a person whose grants cannot be read is left out. */
async function grantsBySubject(input: RequestDeciderInput, subjects: ReadonlyMap<string, string>): Promise<ReadonlyMap<string, readonly Grant[]>> {
  const { access, at } = input;
  const institutionCode = access.caller.institutionCode;
  // Only institution staff read under grants; a patient reads their own record (SELF).
  if (input.grants === null || institutionCode === undefined) return new Map();
  const { store: grants, reader } = input.grants;
  const entries = await Promise.all(
    [...subjects].map(async ([key, personId]) => {
      try {
        const active = await grants.activeGrants(personId, institutionCode, at);
        // Without a consent in force, an ended one tells CONSENT_EXPIRED from CONSENT_REQUIRED.
        const ended = active.some((grant) => grant.basis === 'CONSENT') ? [] : await readEndedConsents(reader, [personId], institutionCode, at);
        return [[key, [...active, ...ended]] as const];
      } catch (error) {
        logEvent('gateway', 'grants-unavailable', { code: (error as { code?: unknown }).code ?? null });
        return [];
      }
    }),
  );
  return new Map(entries.flat());
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
  const subjects = personSubjects(input.operation, input.variables);
  const grants = await grantsBySubject(input, subjects);
  const beforeGrants = beforeGrantsFor(caller, input.at);
  return (typeName, fieldName, path) => {
    const field = `${typeName}.${fieldName}`;
    // What holds whatever the grants holds with the person's own (grants only open fields).
    const before = beforeGrants(field);
    if (before.kind !== 'ON_RECORD') return before;
    const subject = path[0] === undefined ? undefined : subjects.get(path[0]);
    const known = path[0] === undefined ? undefined : grants.get(path[0]);
    if (subject === undefined || known === undefined) return before;
    const decision = decideStatically({ caller, grants: known, field, at: input.at });
    if (decision.kind !== 'ON_RECORD' || decision.needs.some((fact) => fact !== 'personId')) return decision;
    // What is read under person(id:) is that person's: a field their grants do not open (an
    // expired consent, say) is denied here. One they open is still decided again on the record.
    const onSubject = decide({ caller, grants: known, field, facts: { personId: subject }, at: input.at });
    return onSubject.allow ? decision : { kind: 'DENY', reason: onSubject.reason };
  };
}
