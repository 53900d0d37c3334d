import { randomUUID } from 'node:crypto';
import { Cache } from '../cache/cache';
import { isPersonId } from '../identifiers';
import { grantEnds, grantInForce } from '../policy/grants';
import { AccessGrant } from './access-grant';
import { CachedGrants, parseCachedGrants, serializeCachedGrants } from './cached-grants';
import { readOpenGrants } from './open-grants';
import { SqlReader } from './sql-reader';

/** The longest an entry is cached: a bound on staleness should an invalidation be lost (Redis unreachable at that moment). */
const MAX_TTL_MS = 60_000;
/** Entries that would live less than this are not worth writing. */
const MIN_TTL_MS = 1_000;
/** Outlives every entry written by a read that began before the invalidation. */
const GENERATION_TTL_SECONDS = 3_600;

export interface GrantStoreOptions {
  /** The clock (tests move it). Default: the system clock. */
  readonly now?: () => Date;
}

const scope = (personId: string, institutionCode: string | null): string => `${personId.toLowerCase()}:${institutionCode ?? 'self'}`;
const entryKey = (personId: string, institutionCode: string | null): string => `access:grants:${scope(personId, institutionCode)}`;
const generationKey = (personId: string, institutionCode: string | null): string => `access:grants-generation:${scope(personId, institutionCode)}`;

/**
 * The grants a person has given an institution, read from PostgreSQL (the source of truth)
 * through a cache (memory or Redis). Recording or revoking a grant must call `invalidate` after
 * its transaction commits. A cache that fails answers as empty, so answers then come from
 * PostgreSQL; a grant is checked against `at` after every read, so an expired one is never returned.
 */
export class GrantStore {
  private readonly now: () => Date;

  constructor(
    private readonly db: SqlReader,
    private readonly cache: Cache,
    options: GrantStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /**
   * The grants of the person at the institution (null: SELF) in force at `at`, newest first. An id
   * no person can have (a malformed entity representation, say) has none, and PostgreSQL is not asked.
   */
  async activeGrants(personId: string, institutionCode: string | null, at: Date = this.now()): Promise<AccessGrant[]> {
    if (!isPersonId(personId)) return [];
    const [generation = '', text] = await Promise.all([
      this.cache.get(generationKey(personId, institutionCode)),
      this.cache.get(entryKey(personId, institutionCode)),
    ]);
    const cached = text === undefined ? null : parseCachedGrants(text);
    if (cached !== null && cached.generation === generation && at.getTime() >= cached.since.getTime()) return inForceAt(cached.grants, at);
    const grants = await readOpenGrants(this.db, personId, institutionCode, at);
    await this.remember(entryKey(personId, institutionCode), { generation, since: at, grants });
    return inForceAt(grants, at);
  }

  /**
   * Forgets what is cached for the person at the institution. A new generation, not only a
   * delete, so that a read that began before the change cannot cache what it read afterwards.
   */
  async invalidate(personId: string, institutionCode: string | null): Promise<void> {
    await this.cache.set(generationKey(personId, institutionCode), randomUUID(), { ttl: GENERATION_TTL_SECONDS });
    await this.cache.delete(entryKey(personId, institutionCode));
  }

  /** Cached for at most a minute, and no longer than until the earliest grant ends. */
  private async remember(key: string, entry: CachedGrants): Promise<void> {
    const now = this.now().getTime();
    const ttlMs = Math.min(MAX_TTL_MS, ...entry.grants.map((grant) => grantEnds(grant).getTime() - now));
    if (ttlMs < MIN_TTL_MS) return;
    await this.cache.set(key, serializeCachedGrants(entry), { ttl: ttlMs / 1000 });
  }
}

const inForceAt = (grants: readonly AccessGrant[], at: Date): AccessGrant[] => grants.filter((grant) => grantInForce(grant, at));
