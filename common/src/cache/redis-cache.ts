import { createClient } from 'redis';
import { Cache } from './cache';
import { Counter } from './counter';

export interface RedisCacheOptions {
  /** e.g. `redis://127.0.0.1:6379`. */
  readonly url: string;
  /** Prefix of every key, so several deployments can share one Redis. Default `hig:`. */
  readonly prefix?: string;
  /** Called when Redis fails; the operation then behaves as a miss. Default: ignore. */
  readonly onError?: (error: Error) => void;
}

/**
 * The shared cache across gateway instances. Commands are not queued while Redis is
 * unreachable (`disableOfflineQueue`): they fail at once and the caller sees a miss,
 * so a Redis outage slows answers down to PostgreSQL's pace and never hangs them.
 */
export class RedisCache implements Cache, Counter {
  private readonly client;
  private readonly prefix: string;
  private readonly onError: (error: Error) => void;

  private constructor(options: RedisCacheOptions) {
    this.prefix = options.prefix ?? 'hig:';
    this.onError = options.onError ?? (() => undefined);
    this.client = createClient({
      url: options.url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) },
    });
    this.client.on('error', (error: Error) => this.onError(error));
  }

  /**
   * Connects, waiting at most `connectTimeout` (2 s): a Redis that is down at start is
   * reconnected to in the background while the cache answers as empty.
   */
  static async connect(options: RedisCacheOptions): Promise<RedisCache> {
    const cache = new RedisCache(options);
    const connecting = cache.client.connect().catch((error: Error) => cache.onError(error));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([connecting, new Promise<void>((resolve) => (timer = setTimeout(resolve, 2000)))]);
    clearTimeout(timer);
    return cache;
  }

  get ready(): boolean {
    return this.client.isReady;
  }

  async get(key: string): Promise<string | undefined> {
    try {
      const value = await this.client.get(this.prefix + key);
      return value ?? undefined;
    } catch (error) {
      this.onError(error as Error);
      return undefined;
    }
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    try {
      const ttl = options?.ttl;
      if (ttl) await this.client.set(this.prefix + key, value, { expiration: { type: 'PX', value: Math.round(ttl * 1000) } });
      else await this.client.set(this.prefix + key, value);
    } catch (error) {
      this.onError(error as Error);
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.client.del(this.prefix + key)) > 0;
    } catch (error) {
      this.onError(error as Error);
      return false;
    }
  }

  /** INCR and, for a new counter only (NX), its expiry, in one transaction: a counter never outlives its window. */
  async increment(key: string, ttlSeconds: number): Promise<number | undefined> {
    try {
      const [count] = await this.client
        .multi()
        .incr(this.prefix + key)
        .pExpire(this.prefix + key, Math.round(ttlSeconds * 1000), 'NX')
        .exec();
      return typeof count === 'number' ? count : undefined;
    } catch (error) {
      this.onError(error as Error);
      return undefined;
    }
  }

  async close(): Promise<void> {
    // A client still trying to connect would wait for Redis to close gracefully: drop it instead.
    if (this.client.isReady) await this.client.close().catch(() => this.client.destroy());
    else if (this.client.isOpen) this.client.destroy();
  }
}
