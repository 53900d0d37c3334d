import { AccessContext } from '../../../common/src/access/access-context';
import { AccessLedger } from '../../../common/src/audit/access-ledger';
import { GrantStore } from '../../../common/src/access/grant-store';
import { Database, SqlStats } from './database';
import { personGrants, PersonGrants } from './field-policy/person-grants';
import { RecordPositions } from './field-policy/record-positions';
import { Loaders } from './loaders';

/**
 * What every subgraph resolver receives: the database (statement-counted), request-scoped
 * loaders, who is asking as the gateway signed it (verified before anything runs), and for the
 * access policy the time the request is decided at, the grants of the persons it reads and the
 * facts of the records it reads; and, when the gateway asks for it, the ledger of the persons the
 * request reached and what was decided on their data, for the access log.
 */
export interface SubgraphContext {
  readonly db: Database;
  readonly loaders: Loaders;
  readonly access: AccessContext;
  readonly at: Date;
  readonly grants: PersonGrants;
  readonly records: RecordPositions;
  /** Kept when the gateway asks for the request's access report (access-report.ts), else null. */
  readonly accessLedger: AccessLedger | null;
}

export function newContext(db: Database, access: AccessContext, grants: GrantStore, at: Date = new Date()): SubgraphContext {
  return { db, loaders: new Loaders(), access, at, grants: personGrants(grants, access.caller, at), records: new RecordPositions(), accessLedger: null };
}

export type { SqlStats };
