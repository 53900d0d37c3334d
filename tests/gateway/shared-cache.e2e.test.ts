import { createHash, randomUUID } from 'node:crypto';
import { startGateway, RunningGateway } from '../../gateway/src/gateway';
import { gatewayConfigFor } from '../support/gateway-config';
import { postGraphQL } from '../support/graphql';
import { startTestStack, TestStack } from '../support/stack';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * The gateway's cache holds automatic persisted queries. With REDIS_URL it is shared: a
 * query registered through one gateway instance runs by its hash through another.
 */
describe('the gateway cache across two instances', () => {
  let t: TestStack;
  let physician: Record<string, string>;

  beforeAll(async () => {
    t = await startTestStack({ people: 20 });
    physician = await t.authorization('physician');
  });
  afterAll(async () => t.stop());

  const second = (redisUrl: string | undefined): Promise<RunningGateway> =>
    startGateway(gatewayConfigFor(t, { redisUrl, subgraphTimeoutMs: 5000, today: undefined }));

  async function persisted(url: string, hash: string, query?: string) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...physician },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    return (await response.json()) as { data?: unknown; errors?: Array<{ extensions: { code: string } }> };
  }

  it('shares persisted queries through Redis', async () => {
    const [a, b] = [await second(REDIS_URL), await second(REDIS_URL)];
    try {
      // A query unique to this run, so an earlier run's entry in Redis cannot make it pass.
      const query = `{ __typename } # ${randomUUID()}`;
      const hash = createHash('sha256').update(query).digest('hex');
      expect((await persisted(b.url, hash)).errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await persisted(a.url, hash, query)).data).toEqual({ __typename: 'Query' });
      expect((await persisted(b.url, hash)).data).toEqual({ __typename: 'Query' });
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it('keeps them per process without Redis', async () => {
    const [a, b] = [await second(undefined), await second(undefined)];
    try {
      const query = `{ __typename } # ${randomUUID()}`;
      const hash = createHash('sha256').update(query).digest('hex');
      expect((await persisted(a.url, hash, query)).data).toEqual({ __typename: 'Query' });
      expect((await persisted(a.url, hash)).data).toEqual({ __typename: 'Query' });
      expect((await persisted(b.url, hash)).errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it('still answers when Redis is unreachable', async () => {
    const gateway = await second('redis://127.0.0.1:1');
    try {
      expect((await postGraphQL(gateway.url, '{ __typename }', undefined, physician)).data).toEqual({ __typename: 'Query' });
    } finally {
      await gateway.stop();
    }
  });
});
