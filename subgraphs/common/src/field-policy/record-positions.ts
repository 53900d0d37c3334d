import type { Path } from 'graphql/jsutils/Path';
import { KeyedFacts, keyedFacts } from './keyed-facts';
import { FactsReader } from './record-facts';

const NO_FACTS = keyedFacts({});

/**
 * The facts of each object a request reads, by where it stands in the response: its own (read by
 * its type's reader) over those of the object it was read from, so a claim's diagnoses belong to
 * the claim's person and a drug read from a dispensing to the dispensing's person. An object
 * taken from a list is told by its index; the same object reached from two records (a master
 * entry under two persons' dispensings) is judged in each place by the record it stands under.
 *
 * GraphQL execution gives each field the path of the object it is read from (`info.path.prev`),
 * the same path for every field of that object: facts are made once per object, not per field.
 */
export class RecordPositions {
  private readonly byPosition = new WeakMap<Path, KeyedFacts>();

  /** The facts a field of `object`, standing at `position` (its fields' `info.path.prev`), is decided with. */
  record(position: Path | undefined, object: unknown, own: FactsReader | undefined): KeyedFacts {
    if (position === undefined) return own ? keyedFacts(own(object)) : NO_FACTS;
    let record = this.byPosition.get(position);
    if (!record) {
      const inherited = this.inheritedAt(position);
      record = own ? keyedFacts({ ...inherited, ...own(object) }) : inherited === NO_FACTS.facts ? NO_FACTS : keyedFacts(inherited);
      this.byPosition.set(position, record);
    }
    return record;
  }

  /** The facts of the object whose field yielded the object at `position` (through any lists). */
  private inheritedAt(position: Path) {
    let field: Path | undefined = position;
    while (field !== undefined && typeof field.key === 'number') field = field.prev;
    const from = field?.prev;
    return from === undefined ? NO_FACTS.facts : (this.byPosition.get(from) ?? NO_FACTS).facts;
  }
}
