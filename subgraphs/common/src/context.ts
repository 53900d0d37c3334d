import { AccessContext } from '../../../common/src/access/access-context';
import { Database, SqlStats } from './database';
import { Loaders } from './loaders';

/**
 * What every subgraph resolver receives: the database (statement-counted), request-scoped
 * loaders, and who is asking as the gateway signed it (verified before anything runs).
 */
export interface SubgraphContext {
  readonly db: Database;
  readonly loaders: Loaders;
  readonly access: AccessContext;
}

export function newContext(db: Database, access: AccessContext): SubgraphContext {
  return { db, loaders: new Loaders(), access };
}

export type { SqlStats };
