import { SharedCache } from '../../../common/src/cache/create-cache';
import { MemoryCache } from '../../../common/src/cache/memory-cache';
import { RedisCache } from '../../../common/src/cache/redis-cache';
import { CACHE_IMPLEMENTATIONS } from '../../support/caches';

/** One contract, run against every Cache implementation: the process-memory one and Redis (a real server). */
describe.each(CACHE_IMPLEMENTATIONS)('Cache contract: %s', (_name, make) => {
  let cache: SharedCache;
  beforeEach(async () => {
    cache = await make();
  });
  afterEach(async () => {
    await cache.close();
  });

  it('returns undefined for a key never set', async () => {
    expect(await cache.get('missing')).toBeUndefined();
  });

  it('returns what was set, including Japanese text', async () => {
    await cache.set('k', '医療機関コード 1310000010');
    expect(await cache.get('k')).toBe('医療機関コード 1310000010');
  });

  it('overwrites a value', async () => {
    await cache.set('k', 'one');
    await cache.set('k', 'two');
    expect(await cache.get('k')).toBe('two');
  });

  it('forgets a deleted key', async () => {
    await cache.set('k', 'v');
    await cache.delete('k');
    expect(await cache.get('k')).toBeUndefined();
  });

  it('expires an entry after its ttl and keeps one without ttl', async () => {
    await cache.set('short', 'v', { ttl: 1 });
    await cache.set('long', 'v');
    expect(await cache.get('short')).toBe('v');
    await new Promise((r) => setTimeout(r, 1200));
    expect(await cache.get('short')).toBeUndefined();
    expect(await cache.get('long')).toBe('v');
  });

  it('counts: each increment adds one, and a counter ends its window after the ttl of its first increment', async () => {
    expect(await cache.increment('counter', 1)).toBe(1);
    expect(await cache.increment('counter', 1)).toBe(2);
    expect(await cache.increment('other', 1)).toBe(1);
    await new Promise((r) => setTimeout(r, 600));
    // A later increment does not stretch the window.
    expect(await cache.increment('counter', 1)).toBe(3);
    await new Promise((r) => setTimeout(r, 600));
    expect(await cache.increment('counter', 1)).toBe(1);
  });

  it('counts increments made at the same time, none lost', async () => {
    const counts = await Promise.all(Array.from({ length: 20 }, () => cache.increment('busy', 60)));
    expect([...counts].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe('RedisCache counters with Redis unreachable', () => {
  it('answer undefined at once, for their user to count without them', async () => {
    const cache = await RedisCache.connect({ url: 'redis://127.0.0.1:1', onError: () => undefined });
    await expect(cache.increment('k', 10)).resolves.toBeUndefined();
    await cache.close();
  });
});

describe('RedisCache with Redis unreachable', () => {
  it('behaves as an empty cache at once instead of hanging or throwing', async () => {
    const errors: Error[] = [];
    const cache = await RedisCache.connect({ url: 'redis://127.0.0.1:1', onError: (e) => errors.push(e) });
    const started = Date.now();
    await expect(cache.set('k', 'v')).resolves.toBeUndefined();
    await expect(cache.get('k')).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(errors.length).toBeGreaterThan(0);
    await cache.close();
  });
});

describe('MemoryCache eviction', () => {
  it('drops the least recently used entry beyond its size', async () => {
    const cache = new MemoryCache({ maxEntries: 2 });
    await cache.set('a', '1');
    await cache.set('b', '2');
    await cache.get('a');
    await cache.set('c', '3');
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe('1');
    expect(await cache.get('c')).toBe('3');
  });
});
