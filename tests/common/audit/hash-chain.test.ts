import { canonicalJson, chainEvents, eventHash, GENESIS_HASH, hashedContent } from '../../../common/src/audit/hash-chain';
import { accessEvent } from './fixtures';

const CHAIN = '5481d53a-6643-4e3e-9ccd-5d6493904900';

describe('canonicalJson', () => {
  it('writes the same text for the same value whatever the order of its keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
    expect(canonicalJson({ a: [{ c: 'x', d: null }], b: 1 })).toBe(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] }));
  });
});

describe('the hash chain', () => {
  const events = [accessEvent(), accessEvent(), accessEvent()];
  const chained = chainEvents(events, CHAIN, { sequence: 0, hash: GENESIS_HASH });

  it('numbers the events from 1 and links each to the hash of the one before, the first to 64 zeros', () => {
    expect(chained.map((e) => e.sequence)).toEqual([1, 2, 3]);
    expect(chained[0]!.previousHash).toBe(GENESIS_HASH);
    expect(chained[1]!.previousHash).toBe(chained[0]!.hash);
    expect(chained[2]!.previousHash).toBe(chained[1]!.hash);
    expect(chained.every((e) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
  });

  it('continues a chain from its last event', () => {
    const next = chainEvents([accessEvent()], CHAIN, chained[2]!);
    expect(next[0]).toMatchObject({ sequence: 4, previousHash: chained[2]!.hash });
  });

  it('hashes every recorded part: changing any one changes the hash', () => {
    const event = events[0]!;
    const hash = eventHash(event, CHAIN, 1, GENESIS_HASH);
    expect(eventHash({ ...event }, CHAIN, 1, GENESIS_HASH)).toBe(hash);
    const changes: Array<Partial<typeof event>> = [
      { userId: '0110000007-03' }, { basis: 'EMERGENCY_WITH_CARD' }, { outcome: 'ALLOWED' }, { personId: '0012b410-926b-8896-af6c-00000000050d' },
      { recordedAt: new Date(event.recordedAt.getTime() + 1) }, { categories: ['ELIGIBILITY'] }, { terminalId: '3' },
      { fields: { ...event.fields, withheld: {} } }, { denyReasons: [] }, { requestId: 'another' },
    ];
    for (const change of changes) expect(eventHash({ ...event, ...change }, CHAIN, 1, GENESIS_HASH)).not.toBe(hash);
    expect(eventHash(event, CHAIN, 2, GENESIS_HASH)).not.toBe(hash);
    expect(eventHash(event, CHAIN, 1, 'f'.repeat(64))).not.toBe(hash);
  });

  it('covers the time as an ISO instant with milliseconds', () => {
    expect(hashedContent(events[0]!, CHAIN, 1, GENESIS_HASH)).toContain(`"recordedAt":"${events[0]!.recordedAt.toISOString()}"`);
  });
});
