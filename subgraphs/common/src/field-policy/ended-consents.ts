import { AccessGrant } from '../../../../common/src/access/access-grant';
import { GRANT_COLUMNS, GRANTS_TABLE } from '../../../../common/src/access/open-grants';
import { Grant } from '../../../../common/src/policy';
import { SubgraphContext } from '../context';
import { groupBy } from '../loaders';
import { isPersonId } from './person-id';

/**
 * The person's consent at the caller's institution that has run out (24 hours, DOMAIN.md §4.1)
 * without being revoked: what makes a field CONSENT_EXPIRED rather than CONSENT_REQUIRED. A person
 * has at most one such consent there (a new one supersedes the last), and the grant store returns
 * grants in force only. Read once per request for all the persons it is asked of.
 */
export function endedConsents(context: SubgraphContext, personId: string): Promise<readonly Grant[]> {
  const institutionCode = context.access.caller.institutionCode;
  if (institutionCode === undefined || !isPersonId(personId)) return Promise.resolve([]);
  const loader = context.loaders.get<string, AccessGrant[]>('field-policy.endedConsents', async (personIds) => {
    const rows = await context.db.query<AccessGrant>(
      `SELECT ${GRANT_COLUMNS} FROM ${GRANTS_TABLE} g
        WHERE g.person_id = ANY($1::uuid[]) AND g.institution_code = $2 AND g.basis = 'CONSENT'
          AND g.revoked_at IS NULL AND g.expires_at <= $3`,
      [personIds, institutionCode, context.at],
    );
    return groupBy(personIds, rows, (row) => row.personId);
  });
  return loader.load(personId.toLowerCase());
}
