import { decide, decideBeforeGrants, Decision, FieldName, RecordFacts } from '../../../../common/src/policy';
import { SubgraphContext } from '../context';
import { endedConsents } from './ended-consents';

/**
 * The policy's decision (common/src/policy, the same function the gateway calls) on one field of
 * one record, for the caller of the request. The person's grants are read only when the record
 * decides, and then once per person per request; their ended consent only when no consent opens
 * the field, to tell CONSENT_EXPIRED from CONSENT_REQUIRED.
 */
export async function decideField(context: SubgraphContext, field: FieldName, facts: RecordFacts): Promise<Decision> {
  const { caller } = context.access;
  const { at } = context;
  const before = decideBeforeGrants({ caller, field, at });
  if (before.kind === 'DENY') return { allow: false, reason: before.reason };
  if (before.kind === 'ALLOW') return { allow: true };
  const personId = facts.personId;
  const grants = personId === undefined ? [] : await context.grants.of(personId);
  const decision = decide({ caller, grants, field, facts, at });
  if (decision.allow || decision.reason !== 'CONSENT_REQUIRED' || personId === undefined) return decision;
  const ended = await endedConsents(context, personId);
  return ended.length === 0 ? decision : decide({ caller, grants: [...grants, ...ended], field, facts, at });
}
