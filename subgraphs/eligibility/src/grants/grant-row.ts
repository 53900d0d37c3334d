import { AccessGrant } from '../../../../common/src/access/access-grant';
import { GRANT_COLUMNS } from '../../../../common/src/access/open-grants';

/** A grant as the subgraph returns it: with when it was revoked (superseded, or withdrawn), if it was. */
export interface GrantRow extends AccessGrant {
  readonly revokedAt: Date | null;
}

/** The columns of GrantRow, from the grants table aliased `g`. */
export const GRANT_ROW_COLUMNS = `${GRANT_COLUMNS}, g.revoked_at AS "revokedAt"`;
