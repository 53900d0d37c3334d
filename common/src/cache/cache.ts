/**
 * A string key-value cache with expiry. PostgreSQL stays the source of truth: a cache
 * never holds the only copy of anything, and a failing cache behaves as an empty one.
 * Compatible with Apollo's `KeyValueCache`, so Apollo Server can use it directly.
 */
export interface Cache {
  get(key: string): Promise<string | undefined>;
  /** `ttl` in seconds; without it the entry lives until evicted or deleted. */
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
  /** Releases connections; the cache is unusable afterwards. */
  close(): Promise<void>;
}
