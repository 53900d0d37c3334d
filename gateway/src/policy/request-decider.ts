import { OperationDefinitionNode } from 'graphql';
import { GrantStore } from '../../../common/src/access/grant-store';
import { logEvent } from '../../../common/src/log';
import { AccessContext } from '../../../common/src/access/access-context';
import { decideBeforeGrants, decideStatically, Grant } from '../../../common/src/policy';
import { FieldDecider } from './field-decider';
import { personSubjects } from './subjects';

export interface RequestDeciderInput {
  readonly access: AccessContext;
  readonly operation: OperationDefinitionNode;
  readonly variables: Readonly<Record<string, unknown>>;
  /** The consent registry; null when the gateway reads no grants (every consent is then decided by the subgraphs). */
  readonly grants: GrantStore | null;
  readonly at: Date;
}

/** The grants of each named person at the caller's institution; a person whose grants cannot be read is left out. */
async function grantsBySubject(input: RequestDeciderInput, subjects: ReadonlyMap<string, string>): Promise<ReadonlyMap<string, readonly Grant[]>> {
  const { grants, access, at } = input;
  const institutionCode = access.caller.institutionCode;
  // Only institution staff read under grants; a patient reads their own record (SELF).
  if (grants === null || institutionCode === undefined) return new Map();
  const entries = await Promise.all(
    [...subjects].map(async ([key, personId]) => {
      try {
        return [[key, await grants.activeGrants(personId, institutionCode, at)] as const];
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
  return (typeName, fieldName, path) => {
    const field = `${typeName}.${fieldName}`;
    const known = path[0] === undefined ? undefined : grants.get(path[0]);
    return known ? decideStatically({ caller, grants: known, field, at: input.at }) : decideBeforeGrants({ caller, field, at: input.at });
  };
}
