import { Pool } from 'pg';
import { Database } from '../../../subgraphs/common/src/database';
import { newContext } from '../../../subgraphs/common/src/context';
import { startMercuriusSubgraph } from '../../../subgraphs/common/src/mercurius-subgraph';
import { postGraphQL } from '../../support/graphql';

const SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
type PageInfo @shareable { hasNextPage: Boolean! }
type Person @key(fields: "id") { id: ID! label: String! }
type Query { failing: String }
`;

describe('startMercuriusSubgraph', () => {
  const pool = new Pool({ connectionString: 'postgres://unused.invalid/none' });
  let url = '';
  let stop: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const service = await startMercuriusSubgraph({
      name: 'test',
      typeDefs: SDL,
      port: 0,
      context: () => newContext(new Database(pool)),
      resolvers: {
        Query: { failing: () => { throw new Error('SELECT secret FROM internal_table'); } },
        Person: { label: (person: { id: string }) => `person ${person.id}` },
      },
    });
    url = service.url;
    stop = service.stop;
  });
  afterAll(async () => {
    await stop();
    await pool.end();
  });

  it('serves a Federation 2 SDL (with @link and @shareable) and resolves entities', async () => {
    const response = await postGraphQL<{ _entities: Array<{ id: string; label: string }> }>(
      url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id label } } }',
      { r: [{ __typename: 'Person', id: 'p1' }] },
    );
    expect(response.data?._entities).toEqual([{ id: 'p1', label: 'person p1' }]);
  });

  it('masks an unexpected resolver error: no message, no SQL', async () => {
    const response = await postGraphQL(url, '{ failing }');
    expect(response.errors).toEqual([{ message: 'Internal server error', path: ['failing'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  });

  it('reports validation errors with their code', async () => {
    const response = await postGraphQL(url, '{ nope }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
