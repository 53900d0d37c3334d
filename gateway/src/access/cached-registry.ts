import { createHash } from 'node:crypto';
import { Cache } from '../../../common/src/cache/cache';
import { CallerRegistry } from './caller-registry';

export interface CachedRegistryOptions {
  /** How long a registry entry is reused, in seconds. Default 60. */
  readonly ttlSeconds?: number;
}

export const DEFAULT_REGISTRY_TTL_SECONDS = 60;

/**
 * `registry` with its entries kept in `cache` (Redis when configured) for a short while, so a
 * caller is not looked up in PostgreSQL on every request. Only what was found is kept — an
 * unknown caller, or a patient without an active certificate, is looked up again next time —
 * so a registration counts at once and a removal or revocation within the TTL. A cache that
 * fails answers as empty (common/src/cache): the lookup goes to PostgreSQL.
 */
export function cachedRegistry(registry: CallerRegistry, cache: Cache, options: CachedRegistryOptions = {}): CallerRegistry {
  const ttl = options.ttlSeconds ?? DEFAULT_REGISTRY_TTL_SECONDS;

  async function cached<T>(kind: string, key: readonly string[], load: () => Promise<T | null>, keep: (value: T) => boolean): Promise<T | null> {
    // Hashed, so no login or person id is written in the cache's keys.
    const cacheKey = `caller-registry:v2:${kind}:${createHash('sha256').update(JSON.stringify(key)).digest('base64url')}`;
    const hit = await cache.get(cacheKey);
    if (hit !== undefined) {
      try {
        return JSON.parse(hit) as T;
      } catch {
        await cache.delete(cacheKey);
      }
    }
    const value = await load();
    if (value !== null && keep(value)) await cache.set(cacheKey, JSON.stringify(value), { ttl });
    return value;
  }

  const found = (): boolean => true;
  return {
    staff: (loginId, institutionCode) => cached('staff', [loginId, institutionCode], () => registry.staff(loginId, institutionCode), found),
    emergencyIdHolder: (emergencyId, institutionCode) =>
      cached('emergency-id', [emergencyId, institutionCode], () => registry.emergencyIdHolder(emergencyId, institutionCode), found),
    terminal: (id, institutionCode) => cached('terminal', [id, institutionCode], () => registry.terminal(id, institutionCode), found),
    internalUser: (loginId) => cached('internal-user', [loginId], () => registry.internalUser(loginId), found),
    person: (personId, on) => cached('person', [personId, on], () => registry.person(personId, on), (person) => person.activeCertificate),
    institutionLocation: (institutionCode) => cached('institution-location', [institutionCode], () => registry.institutionLocation(institutionCode), found),
  };
}
