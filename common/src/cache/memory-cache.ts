import { Cache } from './cache';
import { Counter } from './counter';

export interface MemoryCacheOptions {
  /** Entries kept at most; the least recently used goes first. Default 10,000. */
  readonly maxEntries?: number;
  /** The clock, in milliseconds (tests move it). Default `Date.now`. */
  readonly now?: () => number;
}

/** The process-memory cache used when no Redis is configured. */
export class MemoryCache implements Cache, Counter {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: MemoryCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  async get(key: string): Promise<string | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert to mark it most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    const ttl = options?.ttl;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: ttl ? this.now() + ttl * 1000 : Number.POSITIVE_INFINITY });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }

  async increment(key: string, ttlSeconds: number): Promise<number> {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > this.now()) {
      const value = Number(entry.value) + 1;
      entry.value = String(value);
      return value;
    }
    await this.set(key, '1', { ttl: ttlSeconds });
    return 1;
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}
