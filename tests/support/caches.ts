import { randomUUID } from 'node:crypto';
import { SharedCache } from '../../common/src/cache/create-cache';
import { MemoryCache } from '../../common/src/cache/memory-cache';
import { RedisCache } from '../../common/src/cache/redis-cache';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Every Cache implementation, for contract suites: process memory, and a real Redis (its own
 * key prefix per cache). A Redis that does not answer fails the test; it is never skipped.
 */
export const CACHE_IMPLEMENTATIONS: Array<[string, () => Promise<SharedCache>]> = [
  ['MemoryCache', async () => new MemoryCache()],
  [
    'RedisCache',
    async () => {
      const cache = await RedisCache.connect({ url: REDIS_URL, prefix: `test:${randomUUID()}:` });
      if (!cache.ready) throw new Error(`Redis is required for this test (REDIS_URL=${REDIS_URL})`);
      return cache;
    },
  ],
];
