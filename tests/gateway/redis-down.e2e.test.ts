import { createClient } from 'redis';
import { postGraphQL } from '../support/graphql';
import { RedisServer, startRedisServer } from '../../tools/redis-server';
import { startTestStack, TestStack } from '../support/stack';

/**
 * Redis is a cache: with it down the gateway and the subgraphs answer from PostgreSQL, and use it
 * again once it is back, without a restart. The identification searches' limits are counted in it,
 * so those searches are refused meanwhile (the limit fails closed). The Redis is the test's own.
 */
const PERSON = 'query($id: ID!) { person(id: $id) { name { kanji } medications(first: 1) { totalCount } } }';
const SEARCH = `mutation($input: EmergencyAccessWithoutCardInput!) {
  openEmergencyAccessWithoutCard(input: $input) { person { id } }
}`;
const SEARCH_INPUT = { input: { patient: { name: '救急一郎', birthDate: '1950-01-01', sex: 'MALE', address: '鷺宮' }, purpose: 'PROTECT_LIFE_OR_BODY' } };

let redis: RedisServer;
let t: TestStack;
let personId: string;

beforeAll(async () => {
  redis = await startRedisServer();
  t = await startTestStack({ people: 40, redisUrl: redis.url });
  const [row] = await t.sql<{ person_id: string }>('SELECT person_id FROM prescriptions.dispensings ORDER BY person_id LIMIT 1');
  personId = row!.person_id;
  await t.grantConsent(personId);
});
afterAll(async () => {
  await t?.stop();
  await redis?.stop();
});

/** Keys in the test's Redis. */
async function keys(): Promise<number> {
  const client = createClient({ url: redis.url });
  await client.connect();
  try {
    return await client.dbSize();
  } finally {
    await client.close();
  }
}

const readPerson = async () => postGraphQL<{ person: { name: { kanji: string }; medications: { totalCount: number } } }>(t.url, PERSON, { id: personId }, await t.authorization('physician'));
const search = async () => postGraphQL(t.url, SEARCH, SEARCH_INPUT, await t.authorizationAs(t.persona('emergency-physician')));

it('answers from Redis and PostgreSQL while Redis is up', async () => {
  const answer = await readPerson();
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.person.medications.totalCount).toBeGreaterThan(0);
  expect(await keys()).toBeGreaterThan(0);
  expect((await search()).errors?.[0]?.extensions?.code).not.toBe('RATE_LIMIT_UNAVAILABLE');
});

it('with Redis down, still answers from PostgreSQL, and refuses identification searches: 503 RATE_LIMIT_UNAVAILABLE', async () => {
  await redis.stop();
  for (let i = 0; i < 3; i++) {
    const started = Date.now();
    const answer = await readPerson();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.person.medications.totalCount).toBeGreaterThan(0);
  }
  const refused = await search();
  expect([refused.status, refused.data, refused.errors]).toEqual([503, undefined, [{ message: expect.any(String), extensions: { code: 'RATE_LIMIT_UNAVAILABLE' } }]]);
});

it('uses Redis again once it is back, with no restart', async () => {
  await redis.start();
  expect(await keys()).toBe(0);
  let cached = 0;
  for (let i = 0; i < 50 && cached === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await readPerson()).errors).toBeUndefined();
    cached = await keys();
  }
  expect(cached).toBeGreaterThan(0);
  expect((await search()).errors?.[0]?.extensions?.code).not.toBe('RATE_LIMIT_UNAVAILABLE');
});
