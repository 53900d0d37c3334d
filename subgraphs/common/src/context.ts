import { Database, SqlStats } from './database';
import { Loaders } from './loaders';

/** What every subgraph resolver receives: the database (statement-counted) and request-scoped loaders. */
export interface SubgraphContext {
  readonly db: Database;
  readonly loaders: Loaders;
}

export function newContext(db: Database): SubgraphContext {
  return { db, loaders: new Loaders() };
}

export type { SqlStats };
