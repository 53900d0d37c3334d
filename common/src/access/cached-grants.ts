import { AccessGrant } from './access-grant';

/**
 * What the cache holds for one (person, institution): the open grants read from PostgreSQL at
 * `since`, tagged with the invalidation generation current before that read. An entry whose
 * generation is no longer current was read before a record or revocation and is never used.
 */
export interface CachedGrants {
  readonly generation: string;
  readonly since: Date;
  readonly grants: readonly AccessGrant[];
}

type Serialized<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };

interface SerializedEntry {
  readonly generation: string;
  readonly since: string;
  readonly grants: ReadonlyArray<Serialized<AccessGrant>>;
}

export function serializeCachedGrants(entry: CachedGrants): string {
  return JSON.stringify(entry);
}

const timeOf = (iso: unknown): Date | null => {
  const date = typeof iso === 'string' ? new Date(iso) : null;
  return date !== null && !Number.isNaN(date.getTime()) ? date : null;
};

function grantOf(serialized: Serialized<AccessGrant>): AccessGrant | null {
  const grantedAt = timeOf(serialized.grantedAt);
  const expiresAt = timeOf(serialized.expiresAt);
  if (grantedAt === null || expiresAt === null || !Array.isArray(serialized.categories)) return null;
  return { ...serialized, grantedAt, expiresAt };
}

/** The entry, or null when the text is not one (a foreign or damaged value counts as a miss). */
export function parseCachedGrants(text: string): CachedGrants | null {
  let parsed: Partial<SerializedEntry>;
  try {
    parsed = JSON.parse(text) as Partial<SerializedEntry>;
  } catch {
    return null;
  }
  const since = timeOf(parsed.since);
  if (typeof parsed.generation !== 'string' || since === null || !Array.isArray(parsed.grants)) return null;
  const grants = parsed.grants.map(grantOf);
  if (grants.some((grant) => grant === null)) return null;
  return { generation: parsed.generation, since, grants: grants as AccessGrant[] };
}
