import { basisOfAllowed, decide, decideBeforeGrants, Decision, FieldName, Grant, RecordFacts } from '../../../../common/src/policy';
import { SubgraphContext } from '../context';
import { endedConsents } from './ended-consents';

/** Decisions made in one request, by field and facts: the caller, the time and the grants are the request's own. */
const decidedIn = new WeakMap<SubgraphContext, Map<string, Promise<Decision>>>();

const keyOf = (field: FieldName, { personId, told, careCategory, remarkKind, institutionCode }: RecordFacts): string =>
  JSON.stringify([field, personId, told, careCategory, remarkKind, institutionCode]);

/**
 * The policy's decision (common/src/policy, the same function the gateway calls) on one field of
 * one record, for the caller of the request; made once per field and facts in a request (a list of
 * a hundred dispensings asks the same question of each). The person's grants are read only when
 * the record decides, and then once per person per request; their ended consent only when no
 * consent opens the field, to tell CONSENT_EXPIRED from CONSENT_REQUIRED.
 */
export function decideField(context: SubgraphContext, field: FieldName, facts: RecordFacts): Promise<Decision> {
  let decided = decidedIn.get(context);
  if (!decided) decidedIn.set(context, (decided = new Map()));
  const key = keyOf(field, facts);
  let decision = decided.get(key);
  if (!decision) decided.set(key, (decision = decideAndRecord(context, field, facts)));
  return decision;
}

/** Decides, and notes the decision in the request's access ledger when it keeps one (for the access log, DOMAIN.md §6). */
async function decideAndRecord(context: SubgraphContext, field: FieldName, facts: RecordFacts): Promise<Decision> {
  const { decision, grants } = await decideAfresh(context, field, facts);
  const { accessLedger } = context;
  if (accessLedger !== null && facts.personId !== undefined) {
    const basis = decision.allow ? basisOfAllowed({ caller: context.access.caller, grants, field, facts, at: context.at }) : null;
    accessLedger.decided(facts.personId, field, decision, basis);
  }
  return decision;
}

async function decideAfresh(context: SubgraphContext, field: FieldName, facts: RecordFacts): Promise<{ decision: Decision; grants: readonly Grant[] }> {
  const { caller } = context.access;
  const { at } = context;
  const before = decideBeforeGrants({ caller, field, at });
  if (before.kind === 'DENY') return { decision: { allow: false, reason: before.reason }, grants: [] };
  if (before.kind === 'ALLOW') return { decision: { allow: true }, grants: [] };
  const personId = facts.personId;
  const grants = personId === undefined ? [] : await context.grants.of(personId);
  const decision = decide({ caller, grants, field, facts, at });
  if (decision.allow || decision.reason !== 'CONSENT_REQUIRED' || personId === undefined) return { decision, grants };
  const ended = await endedConsents(context, personId);
  return ended.length === 0 ? { decision, grants } : { decision: decide({ caller, grants: [...grants, ...ended], field, facts, at }), grants };
}
