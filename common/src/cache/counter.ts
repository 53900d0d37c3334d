/**
 * Counters that expire, for rate limits: shared by every instance when they are in Redis. A
 * counter that cannot be reached answers undefined, and its user decides what to do without it.
 */
export interface Counter {
  /**
   * Adds one to the counter `key` and returns its new value; the counter is dropped `ttlSeconds`
   * after it was first added to.
   */
  increment(key: string, ttlSeconds: number): Promise<number | undefined>;
}
