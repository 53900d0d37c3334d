import { ChainedAccessEvent } from '../../../common/src/audit/access-event';
import { ChainVerifier, Verification } from '../../../common/src/audit/chain-verifier';
import { chainEvents, GENESIS_HASH } from '../../../common/src/audit/hash-chain';
import { accessEvent } from './fixtures';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const STARTED = new Date('2026-11-21T08:00:00Z');

const chainOf = (chainId: string, length: number): ChainedAccessEvent[] =>
  chainEvents(Array.from({ length }, () => accessEvent()), chainId, { sequence: 0, hash: GENESIS_HASH });

function verify(events: readonly ChainedAccessEvent[], registered: readonly string[] = [A, B], since?: Date): Verification {
  const verifier = new ChainVerifier({ registered: new Map(registered.map((id) => [id, STARTED])), since });
  const ordered = [...events].sort((x, y) => (x.chainId === y.chainId ? x.sequence - y.sequence || (x.id < y.id ? -1 : 1) : x.chainId < y.chainId ? -1 : 1));
  for (const event of ordered) verifier.check(event);
  return verifier.result();
}

describe('ChainVerifier', () => {
  const a = chainOf(A, 5);
  const b = chainOf(B, 3);

  it('finds intact chains intact, and gives the head of each', () => {
    const result = verify([...a, ...b]);
    expect(result).toMatchObject({ events: 8, chains: 2, broken: [] });
    expect(result.heads).toEqual([
      { chainId: A, sequence: 5, hash: a[4]!.hash },
      { chainId: B, sequence: 3, hash: b[2]!.hash },
    ]);
  });

  it('names a modified event as the first broken link of its chain', () => {
    const modified = a.map((e) => (e.sequence === 3 ? { ...e, outcome: 'ALLOWED' as const, denyReasons: [] } : e));
    const [link] = verify([...modified, ...b]).broken;
    expect(link).toMatchObject({ chainId: A, kind: 'MODIFIED', sequence: 3, eventId: a[2]!.id });
  });

  it('names the event after a deleted one, saying which is missing', () => {
    const [link, ...others] = verify([...a.filter((e) => e.sequence !== 2), ...b]).broken;
    expect(link).toMatchObject({ chainId: A, kind: 'MISSING', sequence: 3, detail: expect.stringContaining('event 2 is missing') });
    expect(others).toEqual([]);
  });

  it('finds the first events of a chain deleted', () => {
    expect(verify([...a.slice(2), ...b]).broken[0]).toMatchObject({ kind: 'MISSING', sequence: 3, detail: expect.stringContaining('events 1 to 2 are missing') });
  });

  it('finds an event slipped in at the place of another, even with a hash made as the writer makes them', () => {
    const forged = chainEvents([accessEvent({ userId: 'someone-else' })], A, a[1]!)[0]!;
    const [link] = verify([...a, forged, ...b]).broken;
    expect(link).toMatchObject({ chainId: A, kind: 'INSERTED', sequence: 3 });
  });

  it('finds an event appended that does not follow the last one', () => {
    const appended = { ...chainEvents([accessEvent()], A, { sequence: 5, hash: 'e'.repeat(64) })[0]! };
    expect(verify([...a, appended, ...b]).broken[0]).toMatchObject({ kind: 'INSERTED', sequence: 6 });
  });

  it('finds a rewritten event by the link after it, when its own hash was made again', () => {
    const rewritten = chainEvents([{ ...a[1]!, userId: 'someone-else' }], A, a[0]!)[0]!;
    const [link] = verify([...a.map((e) => (e.sequence === 2 ? rewritten : e)), ...b]).broken;
    expect(link).toMatchObject({ kind: 'INSERTED', sequence: 3, detail: expect.stringContaining('previous hash') });
  });

  it('refuses events of a chain no gateway started, and reports a started chain with no event left', () => {
    const stranger = chainOf('33333333-3333-4333-8333-333333333333', 2);
    const result = verify([...a, ...stranger], [A, B]);
    expect(result.broken.map((l) => [l.chainId, l.kind])).toEqual(
      expect.arrayContaining([
        ['33333333-3333-4333-8333-333333333333', 'UNREGISTERED_CHAIN'],
        [B, 'EMPTY_CHAIN'],
      ]),
    );
  });

  it('checks a window from its start when older months were detached: the chain starts at its first event there', () => {
    const since = a[2]!.recordedAt;
    expect(verify([...a.slice(2), ...b], [A, B], since)).toMatchObject({ broken: [] });
    expect(verify([...a.slice(2).filter((e) => e.sequence !== 4), ...b], [A, B], since).broken[0]).toMatchObject({ kind: 'MISSING', sequence: 5 });
  });
});
