import { Pool } from 'pg';
import { GrantStore } from '../../../../common/src/access/grant-store';
import { Cache } from '../../../../common/src/cache/cache';
import { createCache } from '../../../../common/src/cache/create-cache';
import { logEvent } from '../../../../common/src/log';
import { Database } from '../../../common/src/database';
import { Consents } from './consents';

export interface ConsentService {
  readonly consents: Consents;
  /** The cache the grant store reads through; closed when the subgraph stops. */
  readonly cache: Cache;
}

/**
 * Consent with its grant store, cached in Redis when `REDIS_URL` is set (shared by every
 * instance, so a revocation is seen by all at once) and in process memory otherwise.
 */
export async function startConsentService(pool: Pool, db: Database): Promise<ConsentService> {
  const cache = await createCache(process.env.REDIS_URL || undefined, (error) => logEvent('eligibility', 'grant-cache-error', { message: error.message }));
  return { consents: new Consents(pool, db, new GrantStore(db, cache)), cache };
}
