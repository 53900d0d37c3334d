import { randomUUID } from 'node:crypto';
import { Cache } from '../../../common/src/cache/cache';
import { MemoryCache } from '../../../common/src/cache/memory-cache';
import { RedisCache } from '../../../common/src/cache/redis-cache';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The two Cache implementations the grant store runs on: process memory, and a real Redis (own key prefix per cache). */
export const CACHE_IMPLEMENTATIONS: Array<[string, () => Promise<Cache>]> = [
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

/** A real cache that also remembers the ttl of every value written, by key. */
export class TtlRecordingCache implements Cache {
  readonly ttls = new Map<string, number | null | undefined>();

  constructor(private readonly inner: Cache) {}

  get(key: string): Promise<string | undefined> {
    return this.inner.get(key);
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    this.ttls.set(key, options?.ttl);
    await this.inner.set(key, value, options);
  }

  delete(key: string): Promise<boolean | void> {
    return this.inner.delete(key);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
