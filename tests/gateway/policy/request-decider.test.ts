import { parse, OperationDefinitionNode } from 'graphql';
import { GrantStore } from '../../../common/src/access/grant-store';
import { MemoryCache } from '../../../common/src/cache/memory-cache';
import { requestDecider } from '../../../gateway/src/policy/request-decider';
import { subjectGrantsReader } from '../../../gateway/src/policy/subject-grants';
import { Database } from '../../../subgraphs/common/src/database';
import { eligibilitySubgraph } from '../../../subgraphs/eligibility/src';
import { testAccessContext } from '../../support/access';
import { hoursAgo, insertConsent } from '../../support/grants';
import { createTestDatabase, TestDatabase } from '../../support/postgres';

const WITH_CONSENT = '0012b410-926b-8896-af6c-000000000001';
const EXPIRED = '0012b410-926b-8896-af6c-000000000002';
const NEVER = '0012b410-926b-8896-af6c-000000000003';

const operationOf = (query: string) => parse(query).definitions[0] as OperationDefinitionNode;

describe('requestDecider: the gateway decides under person(id:) with that person’s grants', () => {
  let database: TestDatabase;
  let store: GrantStore;
  let reader: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.migrate(eligibilitySubgraph);
    const pool = database.pool('eligibility');
    await insertConsent(pool, { personId: WITH_CONSENT, categories: ['MEDICATIONS'] });
    await insertConsent(pool, { personId: EXPIRED, categories: ['MEDICATIONS'], grantedAt: hoursAgo(24.02) });
    reader = new Database(pool);
    store = new GrantStore(reader, new MemoryCache());
  });
  afterAll(async () => database?.drop());

  const decide = async (query: string, variables: Record<string, unknown> = {}) =>
    requestDecider({ access: testAccessContext(), operation: operationOf(query), variables, grants: { of: subjectGrantsReader(store), reader }, at: new Date() });

  it.each([
    [WITH_CONSENT, { kind: 'ON_RECORD', needs: ['personId'] }],
    [EXPIRED, { kind: 'DENY', reason: 'CONSENT_EXPIRED' }],
    [NEVER, { kind: 'DENY', reason: 'CONSENT_REQUIRED' }],
  ])('person %s: medications decided before planning', async (personId, expected) => {
    const decider = await decide('query($id: ID!) { p: person(id: $id) { medications { totalCount } } }', { id: personId });
    expect(decider('Person', 'medications', ['p', 'medications'])).toEqual(expected);
  });

  it('a category the consent does not list is denied at the gateway', async () => {
    const decider = await decide(`{ person(id: "${WITH_CONSENT}") { claims { totalCount } } }`);
    expect(decider('Person', 'claims', ['person', 'claims'])).toEqual({ kind: 'DENY', reason: 'CONSENT_REQUIRED' });
  });

  it('under a root field that does not name its person, consent is left to the subgraph that reads the record', async () => {
    const decider = await decide('{ claim(id: "1") { drugs { name } } }');
    expect(decider('Claim', 'drugs', ['claim', 'drugs'])).toEqual({ kind: 'ON_RECORD', needs: ['personId'] });
    expect(decider('Claim', 'totalPoints', ['claim', 'totalPoints'])).toEqual({ kind: 'DENY', reason: 'NOT_IN_INSTITUTION_VIEW' });
  });

  it('a request reads its subjects\' grants once, however many features ask', async () => {
    const reads = jest.spyOn(store, 'activeGrants');
    const of = subjectGrantsReader(store);
    const access = testAccessContext();
    const request = { access, operation: operationOf('query($id: ID!) { a: person(id: $id) { id } }'), variables: { id: WITH_CONSENT }, at: new Date() };
    const [first, second] = await Promise.all([of(request), of(request)]);
    await requestDecider({ ...request, grants: { of, reader } });
    expect(reads).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    expect(first.grants.get('a')?.map((grant) => grant.basis)).toEqual(['CONSENT']);
    await of({ ...request, access: testAccessContext() });
    expect(reads).toHaveBeenCalledTimes(2);
    reads.mockRestore();
  });

  it('is keyed by what its decisions depend on: the caller, and under person(id:) that person and their grants as they stand', async () => {
    const query = 'query($id: ID!) { p: person(id: $id) { medications { totalCount } } }';
    const keyOf = async (id: string, at = new Date()) =>
      (await requestDecider({ access: testAccessContext(), operation: operationOf(query), variables: { id }, grants: { of: subjectGrantsReader(store), reader }, at })).key;
    expect(await keyOf(WITH_CONSENT)).toBe(await keyOf(WITH_CONSENT));
    expect(await keyOf(WITH_CONSENT)).not.toBe(await keyOf(EXPIRED));
    expect(await keyOf(EXPIRED)).not.toBe(await keyOf(NEVER));
    // The same consent, a day later, when it has ended.
    expect(await keyOf(WITH_CONSENT, new Date(Date.now() + 25 * 3600 * 1000))).not.toBe(await keyOf(WITH_CONSENT));
    const other = await requestDecider({
      access: testAccessContext({ caller: { ...testAccessContext().caller, role: 'CLERK', qualification: 'CLERK' } }),
      operation: operationOf(query),
      variables: { id: WITH_CONSENT },
      grants: { of: subjectGrantsReader(store), reader },
      at: new Date(),
    });
    expect(other.key).not.toBe(await keyOf(WITH_CONSENT));
  });
});
