import { composeServices } from '@apollo/composition';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { RunningGateway, startGateway } from '../../gateway/src/gateway';
import { DEFAULT_MANIFEST_PATH, readManifest, TrustedDocument } from '../../gateway/src/trusted-documents/manifest';
import { countingProxies } from '../support/counting-proxy';
import { gatewayConfigFor } from '../support/gateway-config';
import { GraphQLResponse, postGraphQL } from '../support/graphql';
import { startTestStack, TestStack } from '../support/stack';
import { LEAKY_SQL, LEAKY_TYPE_DEFS, startLeakySubgraph } from './leaky-subgraph';

type Body = Record<string, unknown>;

describe('hardening for production', () => {
  let t: TestStack;
  let proxies: Awaited<ReturnType<typeof countingProxies>>;
  let patient: Record<string, string>;
  let patientId: string;
  const documents = readManifest(DEFAULT_MANIFEST_PATH);
  const registered = (name: string): TrustedDocument => [...documents.values()].find((d) => d.name === name)!;

  const post = async (url: string, body: Body, headers: Record<string, string>): Promise<GraphQLResponse> => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
  };
  const counted = async <T>(request: () => Promise<T>): Promise<{ answer: T; subgraphRequests: number }> => {
    const before = proxies.requests();
    const answer = await request();
    return { answer, subgraphRequests: proxies.requests() - before };
  };
  const codeOf = (response: GraphQLResponse) => [response.status, response.errors?.[0]?.extensions?.code];

  beforeAll(async () => {
    t = await startTestStack({ people: 30 });
    proxies = await countingProxies(t.stack.subgraphs);
    patient = await t.authorization('patient');
    patientId = t.persona('patient').sub;
  });
  afterAll(async () => {
    await proxies?.stop();
    await t?.stop();
  });

  describe('trusted documents: only registered operations run, ad-hoc ones only for the roles allowed them', () => {
    let trusted: RunningGateway;
    beforeAll(async () => {
      trusted = await startGateway(gatewayConfigFor(t, { subgraphUrls: proxies.urls, trustedDocuments: { manifestPath: DEFAULT_MANIFEST_PATH, adHocRoles: ['ANALYST'] } }));
    });
    afterAll(async () => trusted?.stop());

    it('the manifest registers the patient portal\'s operations', () => {
      expect([...documents.values()].map((d) => d.name).sort()).toEqual(['MyAccessHistory', 'MyCheckups', 'MyClaims', 'MyMedications']);
    });

    it.each([
      ['by documentId', (d: TrustedDocument): Body => ({ documentId: d.id })],
      ['by extensions.persistedQuery.sha256Hash', (d: TrustedDocument): Body => ({ extensions: { persistedQuery: { version: 1, sha256Hash: d.id } } })],
      ['as its exact text', (d: TrustedDocument): Body => ({ query: d.body })],
    ])('runs a registered operation sent %s', async (_how, request) => {
      const { answer, subgraphRequests } = await counted(() => post(trusted.url, { ...request(registered('MyMedications')), variables: { id: patientId } }, patient));
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toMatchObject({ person: { medications: { totalCount: expect.any(Number) } } });
      expect(subgraphRequests).toBeGreaterThan(0);
    });

    it('runs a registered operation sent by GET with its documentId', async () => {
      const search = new URLSearchParams({ documentId: registered('MyCheckups').id, variables: JSON.stringify({ id: patientId }) });
      const response = await fetch(`${trusted.url}?${search}`, { headers: { ...patient, 'apollo-require-preflight': 'true' } });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      expect([response.status, body.errors]).toEqual([200, undefined]);
      expect(body.data).toMatchObject({ person: { checkups: { totalCount: expect.any(Number) } } });
    });

    it('refuses an unknown hash with TRUSTED_DOCUMENT_NOT_FOUND before any subgraph is called', async () => {
      const { answer, subgraphRequests } = await counted(() => post(trusted.url, { documentId: 'f'.repeat(64), variables: { id: patientId } }, patient));
      expect(codeOf(answer)).toEqual([400, 'TRUSTED_DOCUMENT_NOT_FOUND']);
      expect(subgraphRequests).toBe(0);
    });

    it('refuses an ad-hoc operation from a patient with TRUSTED_DOCUMENT_REQUIRED before any subgraph is called', async () => {
      const { answer, subgraphRequests } = await counted(() => post(trusted.url, { query: 'query($id: ID!) { person(id: $id) { name { kanji } } }', variables: { id: patientId } }, patient));
      expect(codeOf(answer)).toEqual([403, 'TRUSTED_DOCUMENT_REQUIRED']);
      expect(answer.data).toBeUndefined();
      expect(subgraphRequests).toBe(0);
    });

    it('runs an ad-hoc operation from an analyst, whose role is allowed them', async () => {
      const answer = await postGraphQL(trusted.url, '{ __typename }', undefined, await t.authorization('analyst'));
      expect([answer.status, answer.errors, answer.data]).toEqual([200, undefined, { __typename: 'Query' }]);
    });

    it('lets no one register an operation by automatic persisted queries: text with its hash is refused, and the hash stays unknown', async () => {
      const query = 'query Mine($id: ID!) { person(id: $id) { name { kanji } } }';
      const sha256Hash = createHash('sha256').update(query).digest('hex');
      const register = await post(trusted.url, { query, variables: { id: patientId }, extensions: { persistedQuery: { version: 1, sha256Hash } } }, patient);
      expect(codeOf(register)).toEqual([400, 'TRUSTED_DOCUMENT_NOT_FOUND']);
      const analystRegister = await post(trusted.url, { query, variables: { id: patientId }, extensions: { persistedQuery: { version: 1, sha256Hash } } }, await t.authorization('analyst'));
      expect(codeOf(analystRegister)).toEqual([400, 'TRUSTED_DOCUMENT_NOT_FOUND']);
      const byHash = await post(trusted.url, { variables: { id: patientId }, extensions: { persistedQuery: { version: 1, sha256Hash } } }, patient);
      expect(codeOf(byHash)).toEqual([400, 'TRUSTED_DOCUMENT_NOT_FOUND']);
    });

    it('without trusted documents (the stack\'s gateway), the patient\'s ad-hoc operation runs', async () => {
      const answer = await postGraphQL(t.url, 'query($id: ID!) { person(id: $id) { medications { totalCount } } }', { id: patientId }, patient);
      expect(answer.errors).toBeUndefined();
    });
  });

  describe('production: introspection and the IDE off unless configured on', () => {
    let production: RunningGateway;
    let base: string;
    beforeAll(async () => {
      production = await startGateway(gatewayConfigFor(t, { subgraphUrls: proxies.urls, ide: false, introspection: false }));
      base = production.url.replace(/\/graphql$/, '');
    });
    afterAll(async () => production?.stop());

    it('refuses introspection with GRAPHQL_VALIDATION_FAILED and still answers __typename', async () => {
      const introspection = await postGraphQL(production.url, '{ __schema { types { name } } }', undefined, patient);
      expect(codeOf(introspection)).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
      const typeQuery = await postGraphQL(production.url, '{ __type(name: "Person") { name } }', undefined, patient);
      expect(codeOf(typeQuery)).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
      expect((await postGraphQL(production.url, '{ __typename }', undefined, patient)).data).toEqual({ __typename: 'Query' });
    });

    it('serves no IDE: /ide is not found and a browser opening /graphql gets no page', async () => {
      expect((await fetch(`${base}/ide`)).status).toBe(404);
      const browser = await fetch(production.url, { headers: { accept: 'text/html' } });
      expect(browser.headers.get('content-type')).not.toContain('text/html');
    });

    it('the development gateway (the stack\'s) answers introspection and serves the IDE', async () => {
      const introspection = await postGraphQL<{ __schema: { queryType: { name: string } } }>(t.url, '{ __schema { queryType { name } } }', undefined, patient);
      expect(introspection.data?.__schema.queryType.name).toBe('Query');
      expect((await fetch(`${t.url.replace(/\/graphql$/, '')}/ide`)).status).toBe(200);
    });
  });

  describe('unexpected errors are masked', () => {
    const directory = mkdtempSync(join(tmpdir(), 'hig-hardening-'));
    let leaky: Awaited<ReturnType<typeof startLeakySubgraph>>;
    let gateway: RunningGateway;
    const LEDGER = '{ ledger { total } }';
    beforeAll(async () => {
      leaky = await startLeakySubgraph(t.db.url);
      const composed = composeServices([{ name: 'ledger', url: leaky.url, typeDefs: parse(LEAKY_TYPE_DEFS) }]);
      writeFileSync(join(directory, 'ledger.graphql'), composed.supergraphSdl!);
      gateway = await startGateway(gatewayConfigFor(t, { subgraphUrls: { ledger: leaky.url }, supergraphPath: join(directory, 'ledger.graphql') }));
    });
    afterAll(async () => {
      await gateway?.stop();
      await leaky?.stop();
      rmSync(directory, { recursive: true, force: true });
    });

    it('the subgraph itself leaks PostgreSQL\'s message, its SQL\'s table and a stack', async () => {
      const raw = await (await fetch(leaky.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LEDGER }) })).text();
      expect(raw).toContain('internal_settlement_ledger');
      expect(raw).toContain('stacktrace');
    });

    it('through the gateway: INTERNAL_SERVER_ERROR with no stack, SQL, table, column or file name', async () => {
      const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
      const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...patient }, body: JSON.stringify({ query: LEDGER }) });
      stderr.mockRestore();
      const text = await response.text();
      const body = JSON.parse(text) as Omit<GraphQLResponse, 'status'>;
      expect(body.errors?.map((e) => e.extensions?.code)).toContain('INTERNAL_SERVER_ERROR');
      for (const leak of ['internal_settlement_ledger', 'internal_secret_column', 'receipts', 'SELECT', LEAKY_SQL, 'stacktrace', 'node_modules', '.ts:', '.js:', 'relation', 'does not exist']) {
        expect(text).not.toContain(leak);
      }
      for (const error of body.errors ?? []) expect(error.message).toBe('Internal server error');
    });
  });
});
