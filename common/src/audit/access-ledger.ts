import { isPersonId } from '../identifiers';
import { Basis, Decision, DenyReason, FieldName } from '../policy/types';
import { AuditCategory, auditCategoryOf } from './audit-category';

/** One field of a person's data as a request's decisions left it. */
export interface FieldAccess {
  /** `Type.field` of the graph. */
  readonly field: FieldName;
  readonly category: AuditCategory;
  /** Served for at least one record of the person. */
  readonly allowed: boolean;
  /** Why it was withheld, for the records it was; each reason once, in order. */
  readonly denyReasons: readonly DenyReason[];
  /** The basis it was served under; null where it needed none or was not served. */
  readonly basis: Basis | null;
}

/** What one request did with one person's data. */
export interface PersonAccess {
  readonly personId: string;
  /**
   * The response keys of the root fields that reached the person's records directly (an
   * eligibility check, a claim by id): denials the gateway made under them are the person's.
   */
  readonly roots: readonly string[];
  readonly fields: readonly FieldAccess[];
}

interface FieldEntry {
  readonly category: AuditCategory;
  allowed: boolean;
  readonly denyReasons: Set<DenyReason>;
  basis: Basis | null;
}

interface PersonEntry {
  readonly roots: Set<string>;
  readonly fields: Map<FieldName, FieldEntry>;
}

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
    if (!isPersonId(personId)) return;
    const entry = this.entryOf(personId);
    if (root !== undefined) entry.roots.add(root);
  }

  /** The policy decided `field` of a record of the person; `basis` is what it was served under. */
  decided(personId: string, field: FieldName, decision: Decision, basis: Basis | null): void {
    const category = auditCategoryOf(field);
    if (category === null || !isPersonId(personId)) return;
    this.note(this.entryOf(personId), { field, category, allowed: decision.allow, denyReasons: decision.allow ? [] : [decision.reason], basis: decision.allow ? basis : null });
  }

  /** Adds what another part of the request (a subgraph, the gateway's own decisions) did with a person's data. */
  add(access: PersonAccess): void {
    if (!isPersonId(access.personId)) return;
    const entry = this.entryOf(access.personId);
    for (const root of access.roots) entry.roots.add(root);
    for (const field of access.fields) this.note(entry, field);
  }

  /** Every person reached, fields in name order. */
  persons(): PersonAccess[] {
    return [...this.entries].map(([personId, entry]) => ({
      personId,
      roots: [...entry.roots].sort(),
      fields: [...entry.fields]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([field, f]) => ({ field, category: f.category, allowed: f.allowed, denyReasons: [...f.denyReasons], basis: f.basis })),
    }));
  }

  /** The persons whose records were reached directly under the root field `root`. */
  reachedUnder(root: string): string[] {
    return [...this.entries].filter(([, entry]) => entry.roots.has(root)).map(([personId]) => personId);
  }

  private entryOf(personId: string): PersonEntry {
    const id = personId.toLowerCase();
    let entry = this.entries.get(id);
    if (!entry) this.entries.set(id, (entry = { roots: new Set(), fields: new Map() }));
    return entry;
  }

  private note(entry: PersonEntry, access: FieldAccess): void {
    let field = entry.fields.get(access.field);
    if (!field) entry.fields.set(access.field, (field = { category: access.category, allowed: false, denyReasons: new Set(), basis: null }));
    field.allowed ||= access.allowed;
    for (const reason of access.denyReasons) field.denyReasons.add(reason);
    field.basis ??= access.basis;
  }
}
