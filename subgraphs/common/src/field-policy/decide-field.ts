import { beforeGrantsFor, Decision, decisionsUnder, FieldName, Grant, GrantDecisions, RecordFacts, StaticDecision } from '../../../../common/src/policy';
import { SubgraphContext } from '../context';
import { endedConsents } from './ended-consents';
import { KeyedFacts, keyedFacts } from './keyed-facts';

/** A decision made, or being made (while the person's grants are read). */
type PendingDecision = Decision | Promise<Decision>;

/** A decision and the decisions under the grants it was made with (none when it needed none): the access log names its basis from them. */
interface Made {
  readonly decision: Decision;
  readonly under: GrantDecisions;
}

const NO_GRANTS: readonly Grant[] = [];

/**
 * The decisions of one request: the caller, the time and the grants are the request's own, so a
 * field is decided on a record once per set of facts (a list of a hundred dispensings of one
 * person asks the same question of each). Once a person's grants are read, the decisions on their
 * records are made at once (grant-decisions.ts keeps them across requests); only the first field
 * of a person waits for the read.
 */
class RequestDecisions {
  private readonly onRecord = new Map<string, Map<FieldName, PendingDecision>>();

  private readonly beforeGrants: (field: FieldName) => StaticDecision;

  /** The decisions under each person's grants, once read. */
  private readonly underGrants = new Map<string, GrantDecisions>();

  /** The decisions under no grant at all: what needs none, and records of no one. */
  private withoutGrants: GrantDecisions | undefined;

  constructor(private readonly context: SubgraphContext) {
    this.beforeGrants = beforeGrantsFor(context.access.caller, context.at);
  }

  decide(field: FieldName, record: KeyedFacts): PendingDecision {
    let byField = this.onRecord.get(record.key);
    if (!byField) this.onRecord.set(record.key, (byField = new Map()));
    const known = byField.get(field);
    if (known !== undefined) return known;
    const made = this.decideAfresh(field, record.facts);
    if (!(made instanceof Promise)) {
      this.note(field, record.facts, made);
      byField.set(field, made.decision);
      return made.decision;
    }
    const decision = made.then((done) => {
      this.note(field, record.facts, done);
      // Once made, the decision is given as it is: the next field of the same kind does not wait a turn.
      byField.set(field, done.decision);
      return done.decision;
    });
    byField.set(field, decision);
    return decision;
  }

  private decideAfresh(field: FieldName, facts: RecordFacts): Made | Promise<Made> {
    const before = this.beforeGrants(field);
    if (before.kind === 'DENY') return { decision: { allow: false, reason: before.reason }, under: this.noGrants() };
    if (before.kind === 'ALLOW') return { decision: { allow: true }, under: this.noGrants() };
    const personId = facts.personId;
    if (personId === undefined) return this.decideUnder(field, facts, NO_GRANTS);
    const decisions = this.underGrants.get(personId);
    return decisions ? this.decideWith(decisions, field, facts, personId) : this.decideAfterReading(field, facts, personId);
  }

  private async decideAfterReading(field: FieldName, facts: RecordFacts, personId: string): Promise<Made> {
    const { caller } = this.context.access;
    let decisions = this.underGrants.get(personId);
    if (!decisions) {
      decisions = decisionsUnder(caller, await this.context.grants.of(personId), this.context.at);
      this.underGrants.set(personId, decisions);
    }
    return this.decideWith(decisions, field, facts, personId);
  }

  /** Under the person's grants; only when no consent opens the field, their ended consent too, to tell CONSENT_EXPIRED from CONSENT_REQUIRED. */
  private decideWith(decisions: GrantDecisions, field: FieldName, facts: RecordFacts, personId: string): Made | Promise<Made> {
    const decision = decisions.decide(field, facts);
    const made = { decision, under: decisions };
    if (decision.allow || decision.reason !== 'CONSENT_REQUIRED') return made;
    return endedConsents(this.context, personId).then((ended) => (ended.length === 0 ? made : this.decideUnder(field, facts, [...decisions.grants, ...ended])));
  }

  private decideUnder(field: FieldName, facts: RecordFacts, grants: readonly Grant[]): Made {
    const under = grants.length === 0 ? this.noGrants() : decisionsUnder(this.context.access.caller, grants, this.context.at);
    return { decision: under.decide(field, facts), under };
  }

  private noGrants(): GrantDecisions {
    return (this.withoutGrants ??= decisionsUnder(this.context.access.caller, NO_GRANTS, this.context.at));
  }

  /** Notes the decision in the request's access ledger when it keeps one (for the access log, DOMAIN.md §6). */
  private note(field: FieldName, facts: RecordFacts, { decision, under }: Made): void {
    const { accessLedger } = this.context;
    if (accessLedger === null || facts.personId === undefined) return;
    accessLedger.decided(facts.personId, field, decision, decision.allow ? under.basisOf(field, facts) : null);
  }
}

const decisionsIn = new WeakMap<SubgraphContext, RequestDecisions>();

function decisionsOf(context: SubgraphContext): RequestDecisions {
  let decisions = decisionsIn.get(context);
  if (!decisions) decisionsIn.set(context, (decisions = new RequestDecisions(context)));
  return decisions;
}

/**
 * The policy's decision (common/src/policy, the same function the gateway calls) on one field of
 * a record with the facts given, for the caller of the request: at once when it needs no grant or
 * was made before in the request, otherwise once the person's grants are read (once per person
 * per request) and, only when no consent opens the field, their ended consent, to tell
 * CONSENT_EXPIRED from CONSENT_REQUIRED. Each decision is noted once in the request's access ledger.
 */
export function decideOnRecord(context: SubgraphContext, field: FieldName, record: KeyedFacts): PendingDecision {
  return decisionsOf(context).decide(field, record);
}

/** decideOnRecord for facts given as they are. */
export async function decideField(context: SubgraphContext, field: FieldName, facts: RecordFacts): Promise<Decision> {
  return decideOnRecord(context, field, keyedFacts(facts));
}
