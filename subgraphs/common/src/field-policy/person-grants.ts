import DataLoader from 'dataloader';
import { GrantStore } from '../../../../common/src/access/grant-store';
import { Caller, Grant } from '../../../../common/src/policy';

/** The grants in force for a person at the caller's institution, read once per person per request. */
export interface PersonGrants {
  of(personId: string): Promise<readonly Grant[]>;
}

/**
 * Only institution staff read under grants; anyone else (the patient reads as SELF) has none,
 * and nothing is read for them.
 */
export function personGrants(store: GrantStore, caller: Caller, at: Date): PersonGrants {
  const institutionCode = caller.institutionCode;
  if (institutionCode === undefined) return { of: async () => [] };
  const loader = new DataLoader<string, readonly Grant[]>((personIds) => Promise.all(personIds.map((personId) => store.activeGrants(personId, institutionCode, at))));
  return { of: (personId) => loader.load(personId) };
}
