import { decide, decideBeforeGrants, Decision, FieldName, RecordFacts } from '../../../../common/src/policy';
import { SubgraphContext } from '../context';

/**
 * The policy's decision (common/src/policy, the same function the gateway calls) on one field of
 * one record, for the caller of the request. The person's grants are read only when the record
 * decides, and then once per person per request.
 */
export async function decideField(context: SubgraphContext, field: FieldName, facts: RecordFacts): Promise<Decision> {
  const { caller } = context.access;
  const { at } = context;
  const before = decideBeforeGrants({ caller, field, at });
  if (before.kind === 'DENY') return { allow: false, reason: before.reason };
  if (before.kind === 'ALLOW') return { allow: true };
  const grants = facts.personId === undefined ? [] : await context.grants.of(facts.personId);
  return decide({ caller, grants, field, facts, at });
}
