import { Cache } from './cache';
import { MemoryCache } from './memory-cache';
import { RedisCache } from './redis-cache';

/** Redis when a URL is configured (shared by every instance), process memory otherwise. */
export async function createCache(redisUrl: string | undefined, onError?: (error: Error) => void): Promise<Cache> {
  return redisUrl ? RedisCache.connect({ url: redisUrl, onError }) : new MemoryCache();
}
