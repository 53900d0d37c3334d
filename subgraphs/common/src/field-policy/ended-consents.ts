import { AccessGrant } from '../../../../common/src/access/access-grant';
import { readEndedConsents } from '../../../../common/src/access/ended-consents';
import { Grant } from '../../../../common/src/policy';
import { SubgraphContext } from '../context';
import { groupBy } from '../loaders';

/** The person's ended consent at the caller's institution (readEndedConsents), read once per request for all the persons it is asked of. */
export function endedConsents(context: SubgraphContext, personId: string): Promise<readonly Grant[]> {
  const institutionCode = context.access.caller.institutionCode;
  if (institutionCode === undefined) return Promise.resolve([]);
  const loader = context.loaders.get<string, AccessGrant[]>('field-policy.endedConsents', async (personIds) => {
    const rows = await readEndedConsents(context.db, personIds, institutionCode, context.at);
    return groupBy(personIds, rows, (row) => row.personId);
  });
  return loader.load(personId.toLowerCase());
}
