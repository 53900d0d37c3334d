import { Cache } from './cache';
import { Counter } from './counter';
import { MemoryCache } from './memory-cache';
import { RedisCache } from './redis-cache';

/** A cache that also keeps counters (rate limits). */
export type SharedCache = Cache & Counter;

/**
 * Redis when a URL is configured (shared by every instance), process memory otherwise. `prefix`
 * sets Redis keys apart (default the RedisCache's own).
 */
export async function createCache(redisUrl: string | undefined, onError?: (error: Error) => void, prefix?: string): Promise<SharedCache> {
  return redisUrl ? RedisCache.connect({ url: redisUrl, onError, prefix }) : new MemoryCache();
}
