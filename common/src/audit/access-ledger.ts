import { isPersonId } from '../identifiers';
import { Basis, Decision, DenyReason, FieldName } from '../policy/types';
import { auditCategoryOf } from './audit-category';
import { FieldDecisions, ServedUnder } from './field-decisions';

/** What one request did with one person's data. */
export interface PersonAccess {
  readonly personId: string;
  /**
   * The response keys of the root fields that reached the person's records directly (an
   * eligibility check, a claim by id): denials the gateway made under them are the person's.
   */
  readonly roots: readonly string[];
  /** Every field of the person's data asked for: served (by basis) or withheld (by reason). */
  readonly fields: FieldDecisions;
}

interface PersonEntry {
  readonly roots: Set<string>;
  readonly served: Map<ServedUnder, Set<FieldName>>;
  readonly withheld: Map<DenyReason, Set<FieldName>>;
}

const add = <K>(groups: Map<K, Set<FieldName>>, key: K, field: FieldName): void => {
  const fields = groups.get(key);
  if (fields) fields.add(field);
  else groups.set(key, new Set([field]));
};

const sortedGroups = <K extends string>(groups: Map<K, Set<FieldName>>): Partial<Record<K, FieldName[]>> => {
  const sorted: Partial<Record<K, FieldName[]>> = {};
  for (const key of [...groups.keys()].sort()) sorted[key] = [...groups.get(key)!].sort();
  return sorted;
};

/**
 * The persons one request reached and what was decided on each field of their data, allowed or
 * refused: what the access log records (DOMAIN.md §6). Each subgraph keeps one per request and
 * reports it to the gateway, which adds its own denials and writes one event per person.
 * Fields that are nobody's data are not kept, nor what no person can be (a malformed id reaches no one).
 */
export class AccessLedger {
  private readonly entries = new Map<string, PersonEntry>();

  get size(): number {
    return this.entries.size;
  }

  /** The request read a record of the person, under the root field `root` when it was reached from one directly. */
  touched(personId: string, root?: string): void {
    const entry = this.entryOf(personId);
    if (entry && root !== undefined) entry.roots.add(root);
  }

  /** The policy decided `field` of a record of the person; `basis` is what it was served under. */
  decided(personId: string, field: FieldName, decision: Decision, basis: Basis | null): void {
    if (auditCategoryOf(field) === null) return;
    const entry = this.entryOf(personId);
    if (!entry) return;
    if (decision.allow) add(entry.served, basis ?? 'NONE', field);
    else add(entry.withheld, decision.reason, field);
  }

  /**
   * The request opened an emergency or disaster access to the person with `mutation`
   * (`Mutation.<name>`): recorded as served under the basis it opened, whatever its fields were.
   */
  opened(personId: string, mutation: FieldName, basis: Basis): void {
    const entry = this.entryOf(personId);
    if (entry) add(entry.served, basis, mutation);
  }

  /** Adds what another part of the request (a subgraph, the gateway's own decisions) did with a person's data. */
  add(access: PersonAccess): void {
    const entry = this.entryOf(access.personId);
    if (!entry) return;
    for (const root of access.roots) entry.roots.add(root);
    for (const [under, fields] of Object.entries(access.fields.served)) for (const field of fields ?? []) add(entry.served, under as ServedUnder, field);
    for (const [reason, fields] of Object.entries(access.fields.withheld)) for (const field of fields ?? []) add(entry.withheld, reason as DenyReason, field);
  }

  /** Every person reached, each group of fields in name order. */
  persons(): PersonAccess[] {
    return [...this.entries].map(([personId, entry]) => ({
      personId,
      roots: [...entry.roots].sort(),
      fields: { served: sortedGroups(entry.served), withheld: sortedGroups(entry.withheld) },
    }));
  }

  /** The persons whose records were reached directly under the root field `root`. */
  reachedUnder(root: string): string[] {
    return [...this.entries].filter(([, entry]) => entry.roots.has(root)).map(([personId]) => personId);
  }

  private entryOf(personId: string): PersonEntry | undefined {
    const known = this.entries.get(personId);
    if (known) return known;
    if (!isPersonId(personId)) return undefined;
    const id = personId.toLowerCase();
    let entry = this.entries.get(id);
    if (!entry) this.entries.set(id, (entry = { roots: new Set(), served: new Map(), withheld: new Map() }));
    return entry;
  }
}
