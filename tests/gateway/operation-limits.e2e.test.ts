import { ERRORS } from '../../common/src/errors';
import { RunningGateway, startGateway } from '../../gateway/src/gateway';
import { DEFAULT_OPERATION_LIMITS } from '../../gateway/src/features/use-operation-limits';
import { countingProxies } from '../support/counting-proxy';
import { gatewayConfigFor } from '../support/gateway-config';
import { GraphQLResponse, postGraphQL } from '../support/graphql';
import { startTestStack, TestStack } from '../support/stack';

const NAME = 'query($id: ID!) { person(id: $id) { name { kanji } } }';

/** `{ person { checkups { nodes { person { … } } } } }` nested `rounds` times: depth 2 + 3 × rounds. */
const deep = (rounds: number): string => {
  let inner = 'id';
  for (let i = 0; i < rounds; i++) inner = `checkups(first: 1) { nodes { person { ${inner} } } }`;
  return `query($id: ID!) { person(id: $id) { ${inner} } }`;
};

describe('operation limits at the gateway', () => {
  let t: TestStack;
  let proxies: Awaited<ReturnType<typeof countingProxies>>;
  let gateway: RunningGateway;
  let physician: Record<string, string>;
  let personId: string;

  /** The request's answer, and how many requests the subgraphs were sent meanwhile. */
  const counted = async <T>(request: () => Promise<T>): Promise<{ answer: T; subgraphRequests: number }> => {
    const before = proxies.requests();
    const answer = await request();
    return { answer, subgraphRequests: proxies.requests() - before };
  };
  const refusal = (response: GraphQLResponse) => ({
    status: response.status,
    code: response.errors?.[0]?.extensions?.code,
    limit: response.errors?.[0]?.extensions?.limit,
    data: response.data,
  });

  beforeAll(async () => {
    t = await startTestStack({ people: 30 });
    proxies = await countingProxies(t.stack.subgraphs);
    gateway = await startGateway(gatewayConfigFor(t, { subgraphUrls: proxies.urls }));
    physician = await t.authorization('physician');
    const [row] = await t.sql<{ person_id: string }>('SELECT person_id FROM receipts.claims ORDER BY person_id LIMIT 1');
    personId = row!.person_id;
    await t.grantConsent(personId);
  });
  afterAll(async () => {
    await gateway?.stop();
    await proxies?.stop();
    await t?.stop();
  });

  it('an operation within the limits reaches the subgraphs (the counter moves)', async () => {
    const { answer, subgraphRequests } = await counted(() => postGraphQL(gateway.url, NAME, { id: personId }, physician));
    expect(answer.errors).toBeUndefined();
    expect(subgraphRequests).toBeGreaterThan(0);
  });

  it('a nesting within the depth limit runs; a deeper one is refused as DEPTH', async () => {
    // 2 + 3 × 3 = 11 levels, within the default of 12; 14 over it.
    const within = await counted(() => postGraphQL(gateway.url, deep(3), { id: personId }, physician));
    expect(within.answer.errors?.filter((e) => e.extensions?.code === ERRORS.OPERATION_LIMIT_EXCEEDED.code)).toBeUndefined();
    const { answer, subgraphRequests } = await counted(() => postGraphQL(gateway.url, deep(4), { id: personId }, physician));
    expect(refusal(answer)).toEqual({ status: 400, code: 'OPERATION_LIMIT_EXCEEDED', limit: 'DEPTH', data: undefined });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ max: DEFAULT_OPERATION_LIMITS.maxDepth, actual: 14 });
    expect(subgraphRequests).toBe(0);
  });

  it.each([
    ['ALIASES', `{ ${Array.from({ length: DEFAULT_OPERATION_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ')} }`],
    ['DIRECTIVES', `{ ${Array.from({ length: DEFAULT_OPERATION_LIMITS.maxDirectives + 1 }, () => '__typename @include(if: true)').join(' ')} }`],
    ['TOKENS', `{ ${'__typename '.repeat(DEFAULT_OPERATION_LIMITS.maxTokens)}}`],
  ])('refuses an operation over the %s limit with OPERATION_LIMIT_EXCEEDED and no subgraph request', async (limit, query) => {
    const { answer, subgraphRequests } = await counted(() => postGraphQL(gateway.url, query, undefined, physician));
    expect(refusal(answer)).toEqual({ status: 400, code: 'OPERATION_LIMIT_EXCEEDED', limit, data: undefined });
    expect(subgraphRequests).toBe(0);
  });

  it('one alias, directive and token fewer than the limits run', async () => {
    const ok = [
      `{ ${Array.from({ length: DEFAULT_OPERATION_LIMITS.maxAliases }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      `{ ${Array.from({ length: DEFAULT_OPERATION_LIMITS.maxDirectives }, () => '__typename @include(if: true)').join(' ')} }`,
      `{ ${'__typename '.repeat(DEFAULT_OPERATION_LIMITS.maxTokens - 2)}}`,
    ];
    for (const query of ok) {
      const response = await postGraphQL(gateway.url, query, undefined, physician);
      expect([response.status, response.errors]).toEqual([200, undefined]);
    }
  });

  it('counts list sizes from `first` (variables too): two pages of 100 claims with their lists are refused as COST, of 20 they run', async () => {
    const CLAIMS = 'query($id: ID!, $n: Int) { person(id: $id) { a: claims(first: $n) { nodes { diagnoses { name } procedures { name } drugs { name } } } b: claims(first: $n) { nodes { diagnoses { name } procedures { name } drugs { name } } } } }';
    const { answer, subgraphRequests } = await counted(() => postGraphQL(gateway.url, CLAIMS, { id: personId, n: 100 }, physician));
    expect(refusal(answer)).toEqual({ status: 400, code: 'OPERATION_LIMIT_EXCEEDED', limit: 'COST', data: undefined });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ max: DEFAULT_OPERATION_LIMITS.maxCost, actual: 1 + 2 * (1 + 100 * (1 + 3 * DEFAULT_OPERATION_LIMITS.defaultListSize)) });
    expect(subgraphRequests).toBe(0);
    const small = await counted(() => postGraphQL(gateway.url, CLAIMS, { id: personId, n: 20 }, physician));
    expect(small.answer.errors?.find((e) => e.extensions?.code === 'OPERATION_LIMIT_EXCEEDED')).toBeUndefined();
    expect(small.subgraphRequests).toBeGreaterThan(0);
  });

  it('refuses a batch (a JSON array of operations) with OPERATION_LIMIT_EXCEEDED BATCH and no subgraph request', async () => {
    const { answer, subgraphRequests } = await counted(async () => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...physician },
        body: JSON.stringify([{ query: NAME, variables: { id: personId } }, { query: NAME, variables: { id: personId } }]),
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
    });
    expect(refusal(answer)).toEqual({ status: 400, code: 'OPERATION_LIMIT_EXCEEDED', limit: 'BATCH', data: undefined });
    expect(subgraphRequests).toBe(0);
  });

  it('applies limits from the configuration: a gateway with a depth of 2 refuses what the default runs', async () => {
    const strict = await startGateway(gatewayConfigFor(t, { subgraphUrls: proxies.urls, operationLimits: { maxDepth: 2 } }));
    try {
      const { answer, subgraphRequests } = await counted(() => postGraphQL(strict.url, NAME, { id: personId }, physician));
      expect(refusal(answer)).toEqual({ status: 400, code: 'OPERATION_LIMIT_EXCEEDED', limit: 'DEPTH', data: undefined });
      expect(subgraphRequests).toBe(0);
    } finally {
      await strict.stop();
    }
  });
});
