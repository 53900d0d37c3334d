import { basisOfAllowed, beforeGrantsFor, decide, Decision, FieldName, Grant, RecordFacts, StaticDecision } from '../../../../common/src/policy';
import { SubgraphContext } from '../context';
import { endedConsents } from './ended-consents';
import { KeyedFacts, keyedFacts } from './keyed-facts';

/** A decision made, or being made (while the person's grants are read). */
type PendingDecision = Decision | Promise<Decision>;

/** A decision and the grants it was made with (none when it needed none). */
interface Made {
  readonly decision: Decision;
  readonly grants: readonly Grant[];
}

const NO_GRANTS: readonly Grant[] = [];

/**
 * The decisions of one request: the caller, the time and the grants are the request's own, so a
 * field is decided on a record once per set of facts (a list of a hundred dispensings of one
 * person asks the same question of each).
 */
class RequestDecisions {
  private readonly onRecord = new Map<string, Map<FieldName, PendingDecision>>();

  private readonly beforeGrants: (field: FieldName) => StaticDecision;

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
    if (before.kind === 'DENY') return { decision: { allow: false, reason: before.reason }, grants: NO_GRANTS };
    if (before.kind === 'ALLOW') return { decision: { allow: true }, grants: NO_GRANTS };
    return this.decideOnRecord(field, facts);
  }

  private async decideOnRecord(field: FieldName, facts: RecordFacts): Promise<Made> {
    const { context } = this;
    const { caller } = context.access;
    const { at } = context;
    const personId = facts.personId;
    const grants = personId === undefined ? NO_GRANTS : await context.grants.of(personId);
    const decision = decide({ caller, grants, field, facts, at });
    if (decision.allow || decision.reason !== 'CONSENT_REQUIRED' || personId === undefined) return { decision, grants };
    const ended = await endedConsents(context, personId);
    return ended.length === 0 ? { decision, grants } : { decision: decide({ caller, grants: [...grants, ...ended], field, facts, at }), grants };
  }

  /** Notes the decision in the request's access ledger when it keeps one (for the access log, DOMAIN.md §6). */
  private note(field: FieldName, facts: RecordFacts, { decision, grants }: Made): void {
    const { accessLedger, access, at } = this.context;
    if (accessLedger === null || facts.personId === undefined) return;
    const basis = decision.allow ? basisOfAllowed({ caller: access.caller, grants, field, facts, at }) : null;
    accessLedger.decided(facts.personId, field, decision, basis);
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
