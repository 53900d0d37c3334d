import { Socket } from 'node:net';
import { postGraphQL } from '../support/graphql';
import { startTestStack, TestStack } from '../support/stack';

/**
 * The gateway talks to its subgraphs, PostgreSQL and Redis on this machine, and to nothing
 * else: no usage reporting, no telemetry, no cloud metadata probes.
 */
describe('outbound connections', () => {
  const targets: string[] = [];
  const original = Socket.prototype.connect;
  let t: TestStack;

  beforeAll(async () => {
    jest.spyOn(Socket.prototype, 'connect').mockImplementation(function (this: Socket, ...args: unknown[]) {
      // net.connect() passes its normalised arguments as one array: [options, callback].
      const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
      const options = (typeof first === 'object' && first !== null ? first : {}) as { host?: string; path?: string };
      if (!options.path) targets.push(options.host ?? (typeof args[1] === 'string' ? args[1] : 'localhost'));
      return (original as (...a: unknown[]) => Socket).apply(this, args);
    });
    t = await startTestStack({ people: 20 });
  });
  afterAll(async () => {
    await t.stop();
    jest.restoreAllMocks();
  });

  it('go to loopback addresses only, from start through a federated query', async () => {
    const [row] = await t.sql<{ id: string }>('SELECT id FROM eligibility.people ORDER BY id LIMIT 1');
    await t.grantConsent(row!.id);
    const response = await postGraphQL(
      t.url,
      'query($id: ID!) { person(id: $id) { id claims { totalCount } checkups { totalCount } medications { totalCount } } }',
      { id: row!.id },
      await t.authorization('physician'),
    );
    expect(response.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 500));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((h) => !['127.0.0.1', 'localhost', '::1'].includes(h))).toEqual([]);
  });
});
