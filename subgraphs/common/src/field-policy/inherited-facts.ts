import { RecordFacts } from '../../../../common/src/policy';

/** A person id no record has: what an object reached from two persons' records is taken to belong to. */
const NOBODY = '';

/**
 * The facts objects inherit from the record they were read from, for one request: a claim's
 * diagnoses belong to the claim's person, a person's name to the person. An object reached from
 * records of two different persons belongs to nobody (every check on it fails) rather than to
 * whichever came last.
 */
export class InheritedFacts {
  private readonly byObject = new WeakMap<object, RecordFacts>();

  of(object: unknown): RecordFacts {
    return isObject(object) ? (this.byObject.get(object) ?? {}) : {};
  }

  /** Records that `value` (an object, or a list of them at any depth) was read from a record with `facts`. */
  inherit(value: unknown, facts: RecordFacts): void {
    if (Array.isArray(value)) {
      for (const item of value) this.inherit(item, facts);
      return;
    }
    if (!isObject(value)) return;
    const known = this.byObject.get(value);
    const conflicting = known?.personId !== undefined && facts.personId !== undefined && known.personId !== facts.personId;
    this.byObject.set(value, conflicting ? { ...known, ...facts, personId: NOBODY } : { ...known, ...facts });
  }
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
