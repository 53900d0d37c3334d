import { AccessLedger, PersonAccess } from '../../../common/src/audit/access-ledger';
import { auditCategoryOf } from '../../../common/src/audit/audit-category';
import { FieldDecisions } from '../../../common/src/audit/field-decisions';
import { DenyReason, FieldName, OpenedBasis } from '../../../common/src/policy';
import { DeniedField } from '../policy/denied-field';
import { AskedAggregate } from './aggregate-fields';

/**
 * What one request at the gateway did with persons' data: what each subgraph reported of the
 * records it served, and the fields the field policy took out before planning. Those were never
 * fetched, so no subgraph reports them: each is the person's whom `person(id:)` named under that
 * root field, or else of the persons a subgraph reached directly under it (an eligibility check,
 * a claim by id). A person an opening mutation reached is recorded as served under the basis it opened.
 */
export class RequestAccesses {
  private readonly ledger = new AccessLedger();
  private readonly denied: DeniedField[] = [];
  private subjects: ReadonlyMap<string, string> = new Map();
  private openings: ReadonlyMap<string, { readonly mutation: string; readonly basis: OpenedBasis }> = new Map();
  private aggregatesAsked: readonly AskedAggregate[] = [];
  /** A subgraph answered with a report that is not one: what the request did cannot be known. */
  private unknown = false;

  /** A subgraph's report: the persons it reached and what was decided on their data (null: not a report). */
  reported(persons: readonly PersonAccess[] | null): void {
    if (persons === null) this.unknown = true;
    else for (const person of persons) this.ledger.add(person);
  }

  /** The fields the gateway took out before planning, and the person `person(id:)` names under each root field. */
  removed(denied: readonly DeniedField[], subjects: ReadonlyMap<string, string>): void {
    this.denied.push(...denied);
    this.subjects = subjects;
  }

  /** The root fields that open an emergency or disaster access, by response key. */
  opening(roots: ReadonlyMap<string, { readonly mutation: string; readonly basis: OpenedBasis }>): void {
    this.openings = roots;
  }

  /** The analytics fields the operation asks for. */
  askedAggregates(asked: readonly AskedAggregate[]): void {
    this.aggregatesAsked = asked;
  }

  /**
   * The analytics part of the request, one event of its own (no person): each aggregate field asked
   * for, served (NONE) or withheld with the reason the field policy took it out for; a field under
   * one taken out was never reached and is left out. Null when the request asked for none.
   */
  aggregates(): FieldDecisions | null {
    if (this.aggregatesAsked.length === 0) return null;
    const deniedAt = new Map(this.denied.map((denial) => [denial.path.join('.'), denial]));
    const served = new Set<FieldName>();
    const withheld = new Map<DenyReason, Set<FieldName>>();
    for (const { field, path } of this.aggregatesAsked) {
      const above = path.slice(0, -1).some((_, index) => deniedAt.has(path.slice(0, index + 1).join('.')));
      if (above) continue;
      const denial = deniedAt.get(path.join('.'));
      if (denial === undefined) served.add(field);
      else withheld.set(denial.reason, (withheld.get(denial.reason) ?? new Set()).add(field));
    }
    const sorted = (fields: Set<FieldName>) => [...fields].sort();
    return {
      served: served.size === 0 ? {} : { NONE: sorted(served) },
      withheld: Object.fromEntries([...withheld.keys()].sort().map((reason) => [reason, sorted(withheld.get(reason)!)])),
    };
  }

  /** Whether a subgraph's report could not be read. */
  get incomplete(): boolean {
    return this.unknown;
  }

  /** Every person the request reached, with the gateway's denials added: one access event each. */
  persons(): PersonAccess[] {
    for (const denial of this.denied) {
      const field = `${denial.typeName}.${denial.fieldName}`;
      const root = denial.path[0];
      const category = auditCategoryOf(field);
      if (category === null || category === 'ANALYTICS' || root === undefined) continue;
      const subject = this.subjects.get(root);
      const persons = subject === undefined ? this.ledger.reachedUnder(root) : [subject];
      for (const personId of persons) this.ledger.decided(personId, field, { allow: false, reason: denial.reason }, null);
    }
    this.denied.length = 0;
    // The person an opening mutation identified was reached under the basis it opened (an access event of its own).
    for (const [root, { mutation, basis }] of this.openings) for (const personId of this.ledger.reachedUnder(root)) this.ledger.opened(personId, `Mutation.${mutation}`, basis);
    return this.ledger.persons();
  }
}
