import { RecordFacts } from '../../../../common/src/policy';

/** What the policy needs to know of an object a field is read from (whose it is, whether told, ...). */
export type FactsReader = (parent: unknown) => RecordFacts;

/**
 * The facts of the objects of each type a subgraph serves, by type name. A type absent from it
 * has no facts, so every check on its record fails: whatever a subgraph does not describe is denied.
 */
export type RecordFactsByType = Readonly<Record<string, FactsReader>>;

/** A reader for objects the subgraph knows the shape of. */
export const factsOf =
  <T>(read: (parent: T) => RecordFacts): FactsReader =>
  (parent) =>
    read(parent as T);

/** The person entity itself, and every object that names its person as `personId`. */
export const personFacts = factsOf<{ id: string }>((person) => ({ personId: person.id }));
export const ownedFacts = factsOf<{ personId: string }>((record) => ({ personId: record.personId }));
