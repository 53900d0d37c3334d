import { randomUUID } from 'node:crypto';
import { Cache } from '../../../common/src/cache/cache';
import { MemoryCache } from '../../../common/src/cache/memory-cache';
import { RedisCache } from '../../../common/src/cache/redis-cache';
import { cachedRegistry } from '../../../gateway/src/access/cached-registry';
import { CallerRegistry, PersonRecord } from '../../../gateway/src/access/caller-registry';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PERSON_ID = '0012b410-926b-8896-af6c-00000000050d';
const TODAY = '2026-11-01';

/** A registry in memory that counts its lookups: what the cache must spare. */
function countingRegistry(persons: Record<string, PersonRecord> = {}) {
  const lookups: string[] = [];
  const registry: CallerRegistry = {
    staff: async (loginId, institutionCode) => {
      lookups.push(`staff ${loginId}`);
      return loginId === '0110000007-02' ? { loginId, institutionCode, qualification: 'PHYSICIAN', disasterAuthority: false } : null;
    },
    emergencyIdHolder: async (emergencyId, institutionCode) => {
      lookups.push(`emergency ID ${emergencyId}`);
      return emergencyId === '0110000007-E02' ? { loginId: '0110000007-02', institutionCode, qualification: 'PHYSICIAN', disasterAuthority: false } : null;
    },
    terminal: async (id, institutionCode) => {
      lookups.push(`terminal ${id}`);
      return id === '2' ? { id, institutionCode, kind: 'EXAMINATION_ROOM' } : null;
    },
    internalUser: async (loginId) => {
      lookups.push(`internal ${loginId}`);
      return loginId === 'internal-auditor-01' ? { loginId, role: 'AUDITOR' } : null;
    },
    person: async (personId) => {
      lookups.push(`person ${personId}`);
      return persons[personId] ?? null;
    },
    institutionLocation: async (institutionCode) => {
      lookups.push(`institution ${institutionCode}`);
      return institutionCode === '0110000007' ? { prefectureCode: '01', municipalityCode: '01100' } : null;
    },
  };
  return { registry, lookups };
}

/** A cache that records the keys written to it. */
function recording(cache: Cache): { cache: Cache; keys: string[] } {
  const keys: string[] = [];
  return {
    keys,
    cache: {
      get: (key) => cache.get(key),
      set: (key, value, options) => {
        keys.push(key);
        return cache.set(key, value, options);
      },
      delete: (key) => cache.delete(key),
      close: () => cache.close(),
    },
  };
}

describe('cachedRegistry', () => {
  test('looks an entry up once within the TTL (60 s by default), and again after it', async () => {
    let now = 0;
    const { registry, lookups } = countingRegistry();
    const cached = cachedRegistry(registry, new MemoryCache({ now: () => now }));
    expect(await cached.staff('0110000007-02', '0110000007')).toEqual({ loginId: '0110000007-02', institutionCode: '0110000007', qualification: 'PHYSICIAN', disasterAuthority: false });
    now = 59_000;
    expect(await cached.staff('0110000007-02', '0110000007')).toEqual({ loginId: '0110000007-02', institutionCode: '0110000007', qualification: 'PHYSICIAN', disasterAuthority: false });
    expect(lookups).toEqual(['staff 0110000007-02']);
    now = 61_000;
    await cached.staff('0110000007-02', '0110000007');
    expect(lookups).toEqual(['staff 0110000007-02', 'staff 0110000007-02']);
  });

  test('keeps entries apart by what they are looked up by', async () => {
    const { registry, lookups } = countingRegistry();
    const cached = cachedRegistry(registry, new MemoryCache());
    expect(await cached.terminal('2', '0110000007')).toEqual({ id: '2', institutionCode: '0110000007', kind: 'EXAMINATION_ROOM' });
    expect(await cached.terminal('2', '0120000005')).toEqual({ id: '2', institutionCode: '0120000005', kind: 'EXAMINATION_ROOM' });
    expect(lookups).toEqual(['terminal 2', 'terminal 2']);
  });

  test('keeps only what was found: an unknown caller is looked up every time', async () => {
    const { registry, lookups } = countingRegistry();
    const cached = cachedRegistry(registry, new MemoryCache());
    expect(await cached.internalUser('internal-nobody-01')).toBeNull();
    expect(await cached.internalUser('internal-nobody-01')).toBeNull();
    expect(lookups).toEqual(['internal internal-nobody-01', 'internal internal-nobody-01']);
  });

  test('keeps a patient with an active certificate, not one without', async () => {
    const other = '0012b410-926b-8896-af6c-00000000050e';
    const { registry, lookups } = countingRegistry({
      [PERSON_ID]: { personId: PERSON_ID, activeCertificate: true },
      [other]: { personId: other, activeCertificate: false },
    });
    const cached = cachedRegistry(registry, new MemoryCache());
    for (let i = 0; i < 2; i++) {
      expect(await cached.person(PERSON_ID, TODAY)).toEqual({ personId: PERSON_ID, activeCertificate: true });
      expect(await cached.person(other, TODAY)).toEqual({ personId: other, activeCertificate: false });
    }
    expect(lookups).toEqual([`person ${PERSON_ID}`, `person ${other}`, `person ${other}`]);
  });

  test('writes no login or person id into the cache keys', async () => {
    const { registry } = countingRegistry({ [PERSON_ID]: { personId: PERSON_ID, activeCertificate: true } });
    const { cache, keys } = recording(new MemoryCache());
    const cached = cachedRegistry(registry, cache);
    await cached.person(PERSON_ID, TODAY);
    await cached.internalUser('internal-auditor-01');
    expect(keys).toHaveLength(2);
    expect(keys.join(' ')).not.toMatch(/0012b410|auditor/);
  });

  test('shares entries through Redis between gateway instances', async () => {
    const prefix = `test-${randomUUID()}:`;
    const [a, b] = [await RedisCache.connect({ url: REDIS_URL, prefix }), await RedisCache.connect({ url: REDIS_URL, prefix })];
    try {
      const first = countingRegistry();
      const second = countingRegistry();
      expect(await cachedRegistry(first.registry, a).internalUser('internal-auditor-01')).toEqual({ loginId: 'internal-auditor-01', role: 'AUDITOR' });
      expect(await cachedRegistry(second.registry, b).internalUser('internal-auditor-01')).toEqual({ loginId: 'internal-auditor-01', role: 'AUDITOR' });
      expect([first.lookups, second.lookups]).toEqual([['internal internal-auditor-01'], []]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('goes to the registry every time while Redis is down', async () => {
    const down = await RedisCache.connect({ url: 'redis://127.0.0.1:1', onError: () => undefined });
    try {
      const { registry, lookups } = countingRegistry();
      const cached = cachedRegistry(registry, down);
      expect(await cached.internalUser('internal-auditor-01')).toEqual({ loginId: 'internal-auditor-01', role: 'AUDITOR' });
      expect(await cached.internalUser('internal-auditor-01')).toEqual({ loginId: 'internal-auditor-01', role: 'AUDITOR' });
      expect(lookups).toHaveLength(2);
    } finally {
      await down.close();
    }
  });
});
