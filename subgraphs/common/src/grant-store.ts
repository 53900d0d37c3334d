import { GrantStore } from '../../../common/src/access/grant-store';
import { SqlReader } from '../../../common/src/access/sql-reader';
import { Cache } from '../../../common/src/cache/cache';
import { createCache } from '../../../common/src/cache/create-cache';
import { logEvent } from '../../../common/src/log';

export interface SubgraphGrantStore {
  readonly store: GrantStore;
  /** The cache it reads through. */
  readonly cache: Cache;
  /** Closes the cache if the store opened it (a shared one is its owner's to close). */
  close(): Promise<void>;
}

/**
 * The consent registry as a subgraph reads it: eligibility's grants table through a cache. The
 * cache is `shared` when one is given (the processes of one stack share one, so a revocation is
 * seen by all at once), Redis when `REDIS_URL` is set, else process memory.
 */
export async function openGrantStore(service: string, db: SqlReader, shared?: Cache): Promise<SubgraphGrantStore> {
  const cache = shared ?? (await createCache(process.env.REDIS_URL || undefined, (error) => logEvent(service, 'grant-cache-error', { message: error.message })));
  return { store: new GrantStore(db, cache), cache, close: async () => (shared ? undefined : cache.close()) };
}
