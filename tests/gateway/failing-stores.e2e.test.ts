import { gatewayConfigFor } from '../support/gateway-config';
import { RunningGateway, startGateway } from '../../gateway/src/gateway';
import { GraphQLResponse, postGraphQL } from '../support/graphql';
import { startTcpProxy, TcpProxy } from '../support/tcp-proxy';
import { startTestStack, TestStack } from '../support/stack';

/**
 * PostgreSQL down, through the gateway: the stack reaches its database through a loopback proxy
 * that the test cuts (every connection dropped, new ones refused) and restores. Meanwhile the
 * answer is a clear SERVICE_UNAVAILABLE, from the gateway (its registries) and from the subgraphs
 * (their data), never an internal error or a hang; once the database is back every part answers
 * again, with nothing restarted. The access log's database alone lost: AUDIT_UNAVAILABLE, no data.
 */
const PERSON = 'query($id: ID!) { person(id: $id) { name { kanji } medications(first: 1) { totalCount } claims(first: 1) { totalCount } } }';
type Person = { person: { name: { kanji: string }; medications: { totalCount: number }; claims: { totalCount: number } } | null };

let proxy: TcpProxy;
let t: TestStack;
let read: string;
let unread: string;
let insurer: string;

beforeAll(async () => {
  t = await startTestStack({
    people: 40,
    connectThrough: async (url) => {
      const through = await proxied(url);
      proxy = through.proxy;
      return through.url;
    },
  });
  const people = await t.sql<{ person_id: string }>('SELECT DISTINCT person_id FROM prescriptions.dispensings ORDER BY person_id LIMIT 2');
  [read, unread] = people.map((row) => row.person_id) as [string, string];
  for (const id of [read, unread]) await t.grantConsent(id);
  insurer = (await t.sql<{ number: string }>('SELECT number FROM eligibility.insurers ORDER BY number LIMIT 1'))[0]!.number;
});
afterAll(async () => {
  await t?.stop();
  await proxy?.close();
});

/** The stack's database, reached through a new proxy of its own. */
async function proxied(url: string): Promise<{ proxy: TcpProxy; url: string }> {
  const target = new URL(url);
  const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  target.port = String(proxy.port);
  return { proxy, url: target.toString() };
}

const timed = async <T>(request: Promise<GraphQLResponse<T>>) => {
  const started = Date.now();
  const response = await request;
  return { response, ms: Date.now() - started };
};
const codesOf = (response: GraphQLResponse<unknown>) => [...new Set((response.errors ?? []).map((error) => error.extensions?.code))];

describe('with PostgreSQL cut off', () => {
  let physician: Record<string, string>;

  beforeAll(async () => {
    physician = await t.authorization('physician');
    // The physician is looked up and the first person's grants read (and cached) while the database is up.
    const answer = await postGraphQL<Person>(t.url, PERSON, { id: read }, physician);
    expect(answer.errors).toBeUndefined();
    await proxy.cut();
  });

  it('a caller not looked up yet: 503 SERVICE_UNAVAILABLE from the gateway, no one accepted', async () => {
    const { response, ms } = await timed(postGraphQL(t.url, PERSON, { id: read }, await t.authorization('pharmacist')));
    expect([response.status, response.data, codesOf(response)]).toEqual([503, undefined, ['SERVICE_UNAVAILABLE']]);
    expect(ms).toBeLessThan(6_000);
  });

  it.each([
    ['a person whose grants are cached', () => read],
    ['a person whose grants must be read', () => unread],
  ])('%s: SERVICE_UNAVAILABLE and no data', async (_case, id) => {
    const { response, ms } = await timed(postGraphQL<Person>(t.url, PERSON, { id: id() }, physician));
    expect(codesOf(response)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(response.data?.person ?? null).toBeNull();
    expect(JSON.stringify(response)).not.toMatch(/INTERNAL_SERVER_ERROR|ECONNREFUSED|127\.0\.0\.1/);
    expect(ms).toBeLessThan(6_000);
  });

  it('what is nobody\'s data: SERVICE_UNAVAILABLE from the subgraph, naming it', async () => {
    const { response } = await timed(postGraphQL(t.url, 'query($n: String!) { insurer(number: $n) { name } }', { n: insurer }, physician));
    expect(response.errors).toEqual([{ message: expect.any(String), path: ['insurer'], extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'eligibility' } }]);
  });

  describe('and restored', () => {
    beforeAll(async () => proxy.restore());

    it('answers again, nothing restarted', async () => {
      for (const id of [read, unread]) {
        const answer = await postGraphQL<Person>(t.url, PERSON, { id }, physician);
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.person?.medications.totalCount).toBeGreaterThan(0);
      }
      expect((await postGraphQL(t.url, PERSON, { id: read }, await t.authorization('pharmacist'))).status).toBe(200);
    });
  });
});

describe('with the access log\'s database lost while the rest is up', () => {
  let audit: TcpProxy;
  let gateway: RunningGateway;
  const events = async () => Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM audit.access_events'))[0]!.n);

  beforeAll(async () => {
    const through = await proxied(t.db.url);
    audit = through.proxy;
    gateway = await startGateway(gatewayConfigFor(t, { auditDatabaseUrl: through.url }), () => undefined, { cache: t.stack.gateway.cache });
  });
  afterAll(async () => {
    await gateway?.stop();
    await audit?.close();
  });

  it('logs and serves, then refuses with AUDIT_UNAVAILABLE and no data once the connection is lost, then serves again when it is back', async () => {
    const physician = await t.authorization('physician');
    const before = await events();
    const served = await postGraphQL<Person>(gateway.url, PERSON, { id: read }, physician);
    expect(served.errors).toBeUndefined();
    expect(await events()).toBeGreaterThan(before);

    await audit.cut();
    const { response, ms } = await timed(postGraphQL<Person>(gateway.url, PERSON, { id: read }, physician));
    expect([response.status, response.data, response.errors]).toEqual([503, undefined, [{ message: expect.any(String), extensions: { code: 'AUDIT_UNAVAILABLE' } }]]);
    expect(ms).toBeLessThan(7_000);

    await audit.restore();
    const again = await postGraphQL<Person>(gateway.url, PERSON, { id: read }, physician);
    expect(again.errors).toBeUndefined();
    expect(again.data?.person?.medications.totalCount).toBeGreaterThan(0);
  });
});

describe('with the registries\' PostgreSQL gone silent (connections open, nothing answered)', () => {
  let silent: TcpProxy;
  let gateway: RunningGateway;

  beforeAll(async () => {
    const through = await proxied(t.db.url);
    silent = through.proxy;
    gateway = await startGateway(gatewayConfigFor(t, { registryDatabaseUrl: through.url, registryTimeoutMs: 1_000 }));
  });
  afterAll(async () => {
    await gateway?.stop();
    await silent?.close();
  });

  it('a caller not looked up yet: SERVICE_UNAVAILABLE once the look-up\'s time is up, not a hang; served again when the server answers', async () => {
    const physician = await t.authorization('physician');
    const served = await postGraphQL<Person>(gateway.url, PERSON, { id: read }, physician);
    expect(served.errors).toBeUndefined();

    silent.stall();
    const { response, ms } = await timed(postGraphQL<Person>(gateway.url, PERSON, { id: read }, await t.authorization('clerk')));
    expect([response.status, codesOf(response)]).toEqual([503, ['SERVICE_UNAVAILABLE']]);
    expect(response.data ?? null).toBeNull();
    expect(ms).toBeLessThan(4_000);

    silent.unstall();
    const again = await postGraphQL<Person>(gateway.url, PERSON, { id: read }, await t.authorization('clerk'));
    expect(codesOf(again)).not.toContain('SERVICE_UNAVAILABLE');
    expect(again.status).toBe(200);
  });
});
