import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, visit } from 'graphql';
import { useFieldPolicy } from '../../../gateway/src/features/use-field-policy';
import { decideForUnknownCaller, FieldDecider } from '../../../gateway/src/policy/field-decider';
import { postGraphQL } from '../../support/graphql';
import { tableDecider } from './test-schema';

const SUBGRAPH_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Query {
    people: [Person!]!
    person(id: ID!): Person
    search: [SearchResult!]!
    vault(key: String!): String
  }

  type Person @key(fields: "id") {
    id: ID!
    name: String
    secret: String
    diagnoses: [Diagnosis!]!
  }

  type Diagnosis {
    code: String!
    name: String
  }

  union SearchResult = Person | Diagnosis
`;

const PEOPLE = [
  { __typename: 'Person', id: 'p1', name: 'Sato', secret: 'secret of p1', diagnoses: [{ __typename: 'Diagnosis', code: 'A01', name: 'told' }, { __typename: 'Diagnosis', code: 'B02', name: 'not told' }] },
  { __typename: 'Person', id: 'p2', name: 'Suzuki', secret: 'secret of p2', diagnoses: [] },
];

const resolvers = {
  Query: {
    people: () => PEOPLE,
    person: (_: unknown, { id }: { id: string }) => PEOPLE.find((person) => person.id === id) ?? null,
    search: () => [PEOPLE[1], PEOPLE[0]?.diagnoses[0]],
    vault: () => 'vault contents',
  },
};

interface CallerContext {
  readonly decideField?: FieldDecider;
}

/** Who asks, by the `x-caller` header: the feature that identifies callers is not part of this test. */
const CALLERS: Record<string, FieldDecider> = {
  open: tableDecider({}),
  restricted: tableDecider({ 'Person.secret': 'CONSENT_REQUIRED', 'Diagnosis.name': 'NOT_NOTIFIED', 'Query.vault': 'NO_POLICY' }),
};

/** The fields a subgraph operation selects, as dotted paths of field names; `name@Type` under `... on Type`. */
function selectedFields(query: string): string[] {
  const fields: string[] = [];
  const open: Array<{ readonly field?: string; readonly onType?: string }> = [];
  const path = () => open.flatMap((entry) => (entry.field ? [entry.field] : []));
  visit(parse(query), {
    Field: {
      enter: (node) => {
        const last = open[open.length - 1];
        const field = last?.onType ? `${node.name.value}@${last.onType}` : node.name.value;
        open.push({ field });
        fields.push(path().join('.'));
      },
      leave: () => void open.pop(),
    },
    InlineFragment: {
      enter: (node) => void open.push({ onType: node.typeCondition?.name.value }),
      leave: () => void open.pop(),
    },
  });
  return fields;
}

describe('field policy at the gateway: denied fields never reach the subgraph', () => {
  const received: string[] = [];
  let subgraph: ApolloServer;
  let server: ApolloServer<CallerContext>;
  let url: string;

  beforeAll(async () => {
    process.env.APOLLO_TELEMETRY_DISABLED = 'true';
    subgraph = new ApolloServer({
      schema: buildSubgraphSchema([{ typeDefs: parse(SUBGRAPH_SDL), resolvers }]),
      plugins: [ApolloServerPluginInlineTraceDisabled(), { requestDidStart: async ({ request }) => void received.push(request.query ?? '') }],
    });
    const started = await startStandaloneServer(subgraph, { listen: { port: 0, host: '127.0.0.1' } });
    const composed = composeServices([{ name: 'records', url: started.url, typeDefs: parse(SUBGRAPH_SDL) }]);
    if (!composed.supergraphSdl) throw new Error(`composition failed: ${composed.errors?.map((error) => error.message).join('; ')}`);
    server = new ApolloServer<CallerContext>({
      gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl }),
      plugins: useFieldPolicy<CallerContext>({ decideField: ({ contextValue }) => contextValue.decideField ?? decideForUnknownCaller }).plugins,
    });
    ({ url } = await startStandaloneServer(server, {
      listen: { port: 0, host: '127.0.0.1' },
      context: async ({ req }) => ({ decideField: CALLERS[String(req.headers['x-caller'])] }),
    }));
  });

  afterAll(async () => {
    await server?.stop();
    await subgraph?.stop();
  });

  const ask = async (caller: string | undefined, query: string, variables?: Record<string, unknown>) => {
    const before = received.length;
    const response = await postGraphQL(url, query, variables, caller ? { 'x-caller': caller } : {});
    return { response, sent: received.slice(before).flatMap(selectedFields) };
  };

  const forbiddenAt = (errors: Array<{ path?: Array<string | number>; extensions?: Record<string, unknown> }> = []) =>
    errors.map((error) => [error.path, error.extensions?.code, error.extensions?.reason]);

  it('a denied field is not sent; it comes back null with FORBIDDEN and its reason at each path; the allowed fields return', async () => {
    const { response, sent } = await ask('restricted', 'query People { people { id name secret diagnoses { code name } } }');
    expect(sent).toEqual(expect.arrayContaining(['people', 'people.id', 'people.name', 'people.diagnoses', 'people.diagnoses.code']));
    expect(sent).not.toContain('people.secret');
    expect(sent).not.toContain('people.diagnoses.name');
    expect(response.data).toEqual({
      people: [
        { id: 'p1', name: 'Sato', secret: null, diagnoses: [{ code: 'A01', name: null }, { code: 'B02', name: null }] },
        { id: 'p2', name: 'Suzuki', secret: null, diagnoses: [] },
      ],
    });
    expect(forbiddenAt(response.errors)).toEqual([
      [['people', 0, 'secret'], 'FORBIDDEN', 'CONSENT_REQUIRED'],
      [['people', 1, 'secret'], 'FORBIDDEN', 'CONSENT_REQUIRED'],
      [['people', 0, 'diagnoses', 0, 'name'], 'FORBIDDEN', 'NOT_NOTIFIED'],
      [['people', 0, 'diagnoses', 1, 'name'], 'FORBIDDEN', 'NOT_NOTIFIED'],
    ]);
  });

  it('callers with different decisions asking the same query each get a plan of their own', async () => {
    const query = 'query Person($id: ID!) { person(id: $id) { name secret } }';
    const open = await ask('open', query, { id: 'p1' });
    const restricted = await ask('restricted', query, { id: 'p1' });
    const openAgain = await ask('open', query, { id: 'p1' });
    expect(open.sent).toContain('person.secret');
    expect(open.response).toMatchObject({ data: { person: { name: 'Sato', secret: 'secret of p1' } } });
    expect(open.response.errors).toBeUndefined();
    expect(restricted.sent).toEqual(expect.arrayContaining(['person', 'person.name']));
    expect(restricted.sent).not.toContain('person.secret');
    expect(restricted.response.data).toEqual({ person: { name: 'Sato', secret: null } });
    expect(forbiddenAt(restricted.response.errors)).toEqual([[['person', 'secret'], 'FORBIDDEN', 'CONSENT_REQUIRED']]);
    expect(openAgain.sent).toEqual(open.sent);
    expect(openAgain.response.data).toEqual(open.response.data);
  });

  it('an object whose every field is denied comes back as an object, with nothing of its own sent', async () => {
    const { response, sent } = await ask('restricted', '{ person(id: "p2") { secret } }');
    expect(sent).not.toContain('person.secret');
    expect(response.data).toEqual({ person: { secret: null } });
    expect(forbiddenAt(response.errors)).toEqual([[['person', 'secret'], 'FORBIDDEN', 'CONSENT_REQUIRED']]);
  });

  it('under a union, each object gets the errors of its own type, and the response has only the keys asked for', async () => {
    const { response, sent } = await ask('restricted', '{ search { ... on Person { name secret } ... on Diagnosis { code name } } }');
    expect(sent).toEqual(expect.arrayContaining(['search.name@Person', 'search.code@Diagnosis']));
    expect(sent).not.toContain('search.secret@Person');
    expect(sent).not.toContain('search.name@Diagnosis');
    expect(response.data).toEqual({ search: [{ name: 'Suzuki', secret: null }, { code: 'A01', name: null }] });
    expect(forbiddenAt(response.errors)).toEqual([
      [['search', 0, 'secret'], 'FORBIDDEN', 'CONSENT_REQUIRED'],
      [['search', 1, 'name'], 'FORBIDDEN', 'NOT_NOTIFIED'],
    ]);
  });

  it('a request whose caller is not identified gets no field that carries data', async () => {
    const { response, sent } = await ask(undefined, '{ people { id name } }');
    expect(sent).toEqual(['people', 'people.id']);
    expect(response.data).toEqual({ people: [{ id: 'p1', name: null }, { id: 'p2', name: null }] });
    expect(forbiddenAt(response.errors)).toEqual([
      [['people', 0, 'name'], 'FORBIDDEN', 'ROLE_NOT_PERMITTED'],
      [['people', 1, 'name'], 'FORBIDDEN', 'ROLE_NOT_PERMITTED'],
    ]);
  });

  it('a variable only a denied field used is still checked', async () => {
    const { response, sent } = await ask('restricted', 'query ($key: String!) { people { id } vault(key: $key) }', {});
    expect(sent).toEqual([]);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
