import DataLoader from 'dataloader';

/**
 * Request-scoped DataLoaders, made on first use. A loader's name includes whatever makes
 * its SQL differ (page size, cursor, filters), so each distinct query is one batch per tick.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>, cacheKey?: (key: K) => unknown): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V, unknown>(batch, cacheKey ? { cacheKeyFn: cacheKey } : {}) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Groups rows by a key, in the order of `keys`, for a loader's batch result. */
export function groupBy<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const row of rows) {
    const k = keyOf(row);
    (map.get(k) ?? map.set(k, []).get(k)!).push(row);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** One row (or null) per key, in the order of `keys`. */
export function indexBy<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): Array<R | null> {
  const map = new Map<K, R>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}
