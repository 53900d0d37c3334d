import DataLoader from 'dataloader';
import { GrantStore } from '../../../../common/src/access/grant-store';
import { Caller, Grant } from '../../../../common/src/policy';
import { isPersonId } from './person-id';

/** The grants in force for a person at the caller's institution, read once per person per request. */
export interface PersonGrants {
  of(personId: string): Promise<readonly Grant[]>;
}

/**
 * Only institution staff read under grants; anyone else (the patient reads as SELF) has none,
 * and nothing is read for them. Nor for an id no person can have (a malformed entity
 * representation): the registry is never asked about it, and its fields are denied as ungranted.
 */
export function personGrants(store: GrantStore, caller: Caller, at: Date): PersonGrants {
  const institutionCode = caller.institutionCode;
  if (institutionCode === undefined) return { of: async () => [] };
  const loader = new DataLoader<string, readonly Grant[]>((personIds) => Promise.all(personIds.map((personId) => store.activeGrants(personId, institutionCode, at))));
  return { of: async (personId) => (isPersonId(personId) ? loader.load(personId) : []) };
}
