import { Cache } from '../../../common/src/cache/cache';

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
