import { beforeGrantsFor, decide, Decision, FieldName, RecordFacts, StaticDecision } from '../../../../common/src/policy';
import { SubgraphContext } from '../context';
import { endedConsents } from './ended-consents';
import { KeyedFacts, keyedFacts } from './keyed-facts';

/** A decision made, or being made (while the person's grants are read). */
type PendingDecision = Decision | Promise<Decision>;

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
    const decision = this.decideAfresh(field, record.facts);
    byField.set(field, decision);
    // Once made, the decision is given as it is: the next field of the same kind does not wait a turn.
    if (decision instanceof Promise) void decision.then((made) => byField.set(field, made), () => undefined);
    return decision;
  }

  private decideAfresh(field: FieldName, facts: RecordFacts): PendingDecision {
    const before = this.beforeGrants(field);
    if (before.kind === 'DENY') return { allow: false, reason: before.reason };
    if (before.kind === 'ALLOW') return { allow: true };
    return this.decideOnRecord(field, facts);
  }

  private async decideOnRecord(field: FieldName, facts: RecordFacts): Promise<Decision> {
    const { context } = this;
    const { caller } = context.access;
    const { at } = context;
    const personId = facts.personId;
    const grants = personId === undefined ? [] : await context.grants.of(personId);
    const decision = decide({ caller, grants, field, facts, at });
    if (decision.allow || decision.reason !== 'CONSENT_REQUIRED' || personId === undefined) return decision;
    const ended = await endedConsents(context, personId);
    return ended.length === 0 ? decision : decide({ caller, grants: [...grants, ...ended], field, facts, at });
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
 * CONSENT_EXPIRED from CONSENT_REQUIRED.
 */
export function decideOnRecord(context: SubgraphContext, field: FieldName, record: KeyedFacts): PendingDecision {
  return decisionsOf(context).decide(field, record);
}

/** decideOnRecord for facts given as they are. */
export async function decideField(context: SubgraphContext, field: FieldName, facts: RecordFacts): Promise<Decision> {
  return decideOnRecord(context, field, keyedFacts(facts));
}
