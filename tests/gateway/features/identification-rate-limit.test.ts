import { GraphQLError, OperationDefinitionNode, parse } from 'graphql';
import { Counter } from '../../../common/src/cache/counter';
import { MemoryCache } from '../../../common/src/cache/memory-cache';
import { useIdentificationRateLimit } from '../../../gateway/src/features/use-identification-rate-limit';
import { testAccessContext } from '../../support/access';

const SEARCH = parse('mutation { openDisasterAccess(input: $i) { notice } }');
const TWO_SEARCHES = parse('mutation { a: openDisasterAccess(input: $i) { notice } b: openEmergencyAccessWithoutCard(input: $n) { grant { id } } }');
const WITH_CARD = parse('mutation { openEmergencyAccessWithCard(input: $c) { grant { id } } }');
const LIMIT = { perUser: 2, perInstitution: 3, windowSeconds: 60 };

let clock = new Date('2026-11-21T10:00:10Z');

/** A gateway's feature counting with `counter`: each call runs its hook for one request, as Apollo Server does before planning, and gives the error it throws, if any. */
function gateway(counter: Counter) {
  const [plugin] = useIdentificationRateLimit({ counter, limit: LIMIT, now: () => clock }).plugins!;
  return (document = SEARCH, loginId = '0110000007-02') => request(plugin!, document, loginId);
}

async function request(plugin: NonNullable<ReturnType<typeof useIdentificationRateLimit>['plugins']>[number], document: ReturnType<typeof parse>, loginId: string) {
  const listener = await plugin.requestDidStart!({} as never);
  const access = testAccessContext({ caller: { ...testAccessContext().caller, loginId } });
  const operation = document.definitions[0] as OperationDefinitionNode;
  try {
    await (listener as { didResolveOperation: (context: unknown) => Promise<void> }).didResolveOperation({ contextValue: { access }, operation, document });
    return undefined;
  } catch (error) {
    return (error as GraphQLError).extensions;
  }
}

describe('useIdentificationRateLimit', () => {
  beforeEach(() => {
    clock = new Date('2026-11-21T10:00:10Z');
  });

  it('counts each search per user and per institution, refusing beyond a limit with when to retry', async () => {
    const search = gateway(new MemoryCache());
    expect(await search()).toBeUndefined();
    expect(await search()).toBeUndefined();
    expect(await search()).toEqual({ code: 'RATE_LIMITED', limit: 'USER', retryAfterSeconds: 50, http: { status: 429, headers: new Map([['retry-after', '50']]) } });
    // The institution's fourth search (the one refused above counted too).
    expect(await search(SEARCH, '0110000007-03')).toMatchObject({ code: 'RATE_LIMITED', limit: 'INSTITUTION' });
  });

  it('counts every search of an operation, and no opening that does not search', async () => {
    const search = gateway(new MemoryCache());
    for (let i = 0; i < 3; i++) expect(await search(WITH_CARD)).toBeUndefined();
    expect(await search(TWO_SEARCHES)).toBeUndefined();
    expect(await search(SEARCH)).toMatchObject({ limit: 'USER' });
  });

  it('counts with every instance sharing the counter', async () => {
    const shared = new MemoryCache();
    const [first, second] = [gateway(shared), gateway(shared)];
    expect(await first()).toBeUndefined();
    expect(await second()).toBeUndefined();
    expect(await first()).toMatchObject({ limit: 'USER' });
  });

  it('starts afresh in the next window', async () => {
    const search = gateway(new MemoryCache());
    for (let i = 0; i < 2; i++) await search();
    expect(await search()).toMatchObject({ limit: 'USER' });
    clock = new Date('2026-11-21T10:01:00Z');
    expect(await search()).toBeUndefined();
  });

  it('refuses every search while the shared counter cannot count: the limit fails closed', async () => {
    const search = gateway({ increment: async () => undefined });
    expect(await search()).toEqual({ code: 'RATE_LIMIT_UNAVAILABLE', http: { status: 503 } });
    expect(await search(TWO_SEARCHES)).toMatchObject({ code: 'RATE_LIMIT_UNAVAILABLE' });
    expect(await search(WITH_CARD)).toBeUndefined();
  });
});
