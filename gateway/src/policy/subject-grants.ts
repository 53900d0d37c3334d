import { OperationDefinitionNode } from 'graphql';
import { AccessContext } from '../../../common/src/access/access-context';
import { GrantStore } from '../../../common/src/access/grant-store';
import { logEvent } from '../../../common/src/log';
import { Grant } from '../../../common/src/policy';
import { personSubjects } from './subjects';

/** The persons an operation names under `person(id:)`, and the grants of those whose grants could be read. */
export interface SubjectGrants {
  /** The person of each root field that names one, by response key. */
  readonly subjects: ReadonlyMap<string, string>;
  /** The grants in force of each subject at the caller's institution, by response key; a person whose grants cannot be read is not here. */
  readonly grants: ReadonlyMap<string, readonly Grant[]>;
}

export interface SubjectGrantsRequest {
  readonly access: AccessContext;
  readonly operation: OperationDefinitionNode;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly at: Date;
}

/** Reads a request's subject grants; every call for the same request (access context) gets the first call's answer. */
export type SubjectGrantsOf = (request: SubjectGrantsRequest) => Promise<SubjectGrants>;

const NONE: ReadonlyMap<string, readonly Grant[]> = new Map();

async function readSubjectGrants(store: GrantStore, { access, operation, variables, at }: SubjectGrantsRequest): Promise<SubjectGrants> {
  const subjects = personSubjects(operation, variables);
  const institutionCode = access.caller.institutionCode;
  // Only institution staff read under grants; a patient reads their own record (SELF).
  if (institutionCode === undefined || subjects.size === 0) return { subjects, grants: NONE };
  const entries = await Promise.all(
    [...subjects].map(async ([key, personId]) => {
      try {
        return [[key, await store.activeGrants(personId, institutionCode, at)] as const];
      } catch (error) {
        logEvent('gateway', 'grants-unavailable', { code: (error as { code?: unknown }).code ?? null });
        return [];
      }
    }),
  );
  return { subjects, grants: new Map(entries.flat()) };
}

/**
 * One read per request of the grants of the persons its operation names, for every feature that
 * needs them before planning (the emergency and disaster notices, the field policy): the same
 * grants, read once, through the store's cache.
 */
export function subjectGrantsReader(store: GrantStore): SubjectGrantsOf {
  const read = new WeakMap<AccessContext, Promise<SubjectGrants>>();
  return (request) => {
    let known = read.get(request.access);
    if (known === undefined) read.set(request.access, (known = readSubjectGrants(store, request)));
    return known;
  };
}
