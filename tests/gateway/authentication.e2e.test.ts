import { composeServices } from '@apollo/composition';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { developmentKeys } from '../../gateway/src/auth/dev-keys';
import { issueDevelopmentToken, IssueOptions } from '../../gateway/src/auth/issue-token';
import { Persona, PERSONA_NAMES } from '../../gateway/src/auth/personas';
import { GatewayConfig } from '../../gateway/src/config';
import { RunningGateway, startGateway } from '../../gateway/src/gateway';
import { GraphQLResponse, postGraphQL } from '../support/graphql';
import { countStatements, startTestStack, TEST_AS_OF, TestStack } from '../support/stack';
import { startWhoamiSubgraph, WHOAMI_QUERY, WhoamiSubgraph, Whoami, whoamiOf } from './whoami-subgraph';

const PERSON = 'query($id: ID!) { person(id: $id) { name { kanji } claims { totalCount } checkups { totalCount } medications { totalCount } } }';

/** The refusal of a response: its status, challenge and error code and reason. */
const refusalOf = (response: GraphQLResponse, challenge: string | null) => ({
  status: response.status,
  challenge,
  code: response.errors?.[0]?.extensions?.code,
  reason: response.errors?.[0]?.extensions?.reason,
  data: response.data,
});

async function post(url: string, query: string, variables: Record<string, unknown> | undefined, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  return { text, challenge: response.headers.get('www-authenticate'), body: { status: response.status, ...(JSON.parse(text) as Omit<GraphQLResponse, 'status'>) } };
}

describe('authenticated callers at the gateway', () => {
  let t: TestStack;
  let whoami: WhoamiSubgraph;
  let whoamiGateway: RunningGateway;
  const directory = mkdtempSync(join(tmpdir(), 'hig-auth-e2e-'));
  let personId: string;

  const gatewayConfig = (overrides: Partial<GatewayConfig>): GatewayConfig => ({
    port: 0, host: '127.0.0.1', supergraphPath: join(directory, 'whoami.graphql'), subgraphUrls: { whoami: whoami.url }, ide: false,
    maxBodyBytes: 1 << 20, subgraphTimeoutMs: 5000, auth: t.auth, registryDatabaseUrl: t.db.url, auditDatabaseUrl: t.db.url, accessContextSecret: t.stack.accessContextSecret,
    today: () => TEST_AS_OF, ...overrides,
  });
  const tokenAs = async (persona: Persona, options: Partial<IssueOptions> = {}): Promise<string> =>
    issueDevelopmentToken(persona, await developmentKeys(t.auth.keys.kind === 'development' ? t.auth.keys.directory : ''), { issuer: t.auth.issuer, audience: t.auth.audience, ...options });
  const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
  /** The whoami query through the gateway, and what the subgraph verified for it. */
  const askWhoami = async (headers: Record<string, string>): Promise<{ response: GraphQLResponse; seen: Whoami }> => {
    whoami.contexts.length = 0;
    const response = await postGraphQL(whoamiGateway.url, WHOAMI_QUERY, undefined, headers);
    expect(whoami.contexts).toHaveLength(1);
    return { response, seen: whoamiOf(whoami.contexts[0]!) };
  };

  beforeAll(async () => {
    t = await startTestStack({ people: 60 });
    whoami = await startWhoamiSubgraph(t.stack.accessContextSecret);
    const composed = composeServices([{ name: 'whoami', url: whoami.url, typeDefs: parse(whoami.typeDefs) }]);
    writeFileSync(join(directory, 'whoami.graphql'), composed.supergraphSdl!);
    whoamiGateway = await startGateway(gatewayConfig({}));
    const [row] = await t.sql<{ person_id: string }>('SELECT person_id FROM receipts.claims ORDER BY person_id LIMIT 1');
    personId = row!.person_id;
    await t.grantConsent(personId);
  });
  afterAll(async () => {
    await whoamiGateway?.stop();
    await whoami?.stop();
    await t?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  describe('a request without an acceptable token is answered 401 before any subgraph is called', () => {
    it('no token: UNAUTHENTICATED MISSING, a bare Bearer challenge, and no SQL statement in any subgraph', async () => {
      const { result, statements } = await countStatements(t.stack, () => post(t.url, PERSON, { id: personId }, {}));
      expect(refusalOf(result.body, result.challenge)).toEqual({ status: 401, challenge: 'Bearer', code: 'UNAUTHENTICATED', reason: 'MISSING', data: undefined });
      expect(statements).toBe(0);
      expect(whoami.contexts).toEqual([]);
    });

    it('introspection too', async () => {
      const response = await postGraphQL(t.url, '{ __schema { types { name } } }');
      expect([response.status, response.errors?.[0]?.extensions?.code, response.data]).toEqual([401, 'UNAUTHENTICATED', undefined]);
    });

    it('a GET request too', async () => {
      const response = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    });

    it('before the body is read: no token and a body over the size limit is 401, not 413', async () => {
      const response = await postGraphQL(t.url, `{ __typename } # ${'x'.repeat(2 << 20)}`);
      expect([response.status, response.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    });

    it.each([
      ['another scheme', 'MALFORMED', 'Basic dXNlcjpwYXNz'],
      ['a bearer token that is not a JWT', 'MALFORMED', 'Bearer not-a-token'],
    ])('%s: UNAUTHENTICATED %s with an invalid_token challenge', async (_case, reason, authorization) => {
      const { body, challenge } = await post(t.url, PERSON, { id: personId }, { authorization });
      expect(refusalOf(body, challenge)).toEqual({ status: 401, challenge: 'Bearer error="invalid_token"', code: 'UNAUTHENTICATED', reason, data: undefined });
    });

    it('an expired token: UNAUTHENTICATED EXPIRED, no SQL, and the token not echoed', async () => {
      const token = await tokenAs(t.persona('physician'), { now: new Date(Date.now() - 2 * 3600_000) });
      const { result, statements } = await countStatements(t.stack, () => post(t.url, PERSON, { id: personId }, bearer(token)));
      expect(refusalOf(result.body, result.challenge)).toEqual({ status: 401, challenge: 'Bearer error="invalid_token"', code: 'UNAUTHENTICATED', reason: 'EXPIRED', data: undefined });
      expect(statements).toBe(0);
      expect(result.text).not.toContain(token);
    });

    it('a token signed with a key the gateway does not trust: UNAUTHENTICATED BAD_SIGNATURE', async () => {
      const otherKeys = mkdtempSync(join(tmpdir(), 'hig-other-keys-'));
      try {
        const token = await issueDevelopmentToken(t.persona('physician'), await developmentKeys(otherKeys), { issuer: t.auth.issuer, audience: t.auth.audience });
        const { body, challenge } = await post(t.url, PERSON, { id: personId }, bearer(token));
        expect(refusalOf(body, challenge)).toEqual({ status: 401, challenge: 'Bearer error="invalid_token"', code: 'UNAUTHENTICATED', reason: 'BAD_SIGNATURE', data: undefined });
      } finally {
        rmSync(otherKeys, { recursive: true, force: true });
      }
    });

    it.each([
      ['a staff login not in the registry', 'UNKNOWN_SUBJECT', (): Persona => ({ ...t.persona('physician'), sub: `${t.persona('physician').institution}-99` })],
      ['an internal login not in the registry', 'UNKNOWN_SUBJECT', (): Persona => ({ ...t.persona('auditor'), sub: 'internal-nobody-01' })],
      ['a person id not in the registry', 'UNKNOWN_SUBJECT', (): Persona => ({ ...t.persona('patient'), sub: '00000000-0000-8000-a000-000000000000' })],
      ['a terminal of another institution', 'UNKNOWN_TERMINAL', (): Persona => ({ ...t.persona('physician'), terminal: t.persona('pharmacist').terminal })],
    ])('%s: UNAUTHENTICATED %s, and no SQL', async (_case, reason, persona) => {
      const token = await tokenAs(persona());
      const { result, statements } = await countStatements(t.stack, () => post(t.url, PERSON, { id: personId }, bearer(token)));
      expect(refusalOf(result.body, result.challenge)).toEqual({ status: 401, challenge: 'Bearer error="invalid_token"', code: 'UNAUTHENTICATED', reason, data: undefined });
      expect(statements).toBe(0);
    });

    it('a patient whose card certificates are revoked: UNAUTHENTICATED NO_ACTIVE_CERTIFICATE', async () => {
      const [row] = await t.sql<{ id: string }>(
        `SELECT p.id FROM eligibility.people p JOIN eligibility.card_certificates c ON c.person_id = p.id
          WHERE c.revoked_on IS NULL AND c.issued_on <= $1 AND $1 < c.expires_on AND p.id <> $2 ORDER BY p.id LIMIT 1`,
        [TEST_AS_OF, t.persona('patient').sub],
      );
      await t.sql('UPDATE eligibility.card_certificates SET revoked_on = $2 WHERE person_id = $1', [row!.id, TEST_AS_OF]);
      const token = await tokenAs({ ...t.persona('patient'), sub: row!.id });
      const { body, challenge } = await post(t.url, '{ __typename }', undefined, bearer(token));
      expect(refusalOf(body, challenge)).toEqual({ status: 401, challenge: 'Bearer error="invalid_token"', code: 'UNAUTHENTICATED', reason: 'NO_ACTIVE_CERTIFICATE', data: undefined });
    });

    it('a registry that cannot be read: 503 SERVICE_UNAVAILABLE, no one accepted', async () => {
      const gateway = await startGateway(gatewayConfig({ registryDatabaseUrl: 'postgres://postgres@127.0.0.1:1/none' }));
      try {
        const response = await postGraphQL(gateway.url, WHOAMI_QUERY, undefined, bearer(await tokenAs(t.persona('auditor'))));
        expect([response.status, response.errors?.[0]?.extensions?.code, response.data]).toEqual([503, 'SERVICE_UNAVAILABLE', undefined]);
      } finally {
        await gateway.stop();
      }
    });
  });

  describe('the health check and the IDE stay public', () => {
    it('answers /health, the IDE page and its assets without a token', async () => {
      const base = t.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await fetch(`${base}/ide`)).status).toBe(200);
      const ide = await fetch(`${base}/ide/assets/ide.js`);
      expect(ide.status).toBe(200);
      // The IDE opens on its Headers tab with a place for the token.
      expect(await ide.text()).toContain('Bearer <token>');
      expect((await fetch(t.url, { headers: { accept: 'text/html' } })).headers.get('content-type')).toContain('text/html');
    });
  });

  describe('an accepted token: the caller from the registries, signed to the subgraphs', () => {
    const staff = (p: Persona) => ({ institutionCode: p.institution, terminalId: p.terminal, loginId: p.sub });
    const plainStaff = { emergencyId: false, disasterAuthority: false };
    const internal = (p: Persona) => ({ institutionCode: null, personId: null, terminalId: null, loginId: p.sub, emergencyId: null, disasterAuthority: null });
    const expected: Record<(typeof PERSONA_NAMES)[number], (p: Persona) => Partial<Whoami>> = {
      clerk: (p) => ({ role: 'CLERK', qualification: 'CLERK', ...staff(p), terminalKind: 'RECEPTION', ...plainStaff }),
      physician: (p) => ({ role: 'PHYSICIAN', qualification: 'PHYSICIAN', ...staff(p), terminalKind: 'EXAMINATION_ROOM', ...plainStaff }),
      pharmacist: (p) => ({ role: 'PHARMACIST', qualification: 'PHARMACIST', ...staff(p), terminalKind: 'RECEPTION', ...plainStaff }),
      // Signed in with the emergency ID issued to them: the staff member it names, so marked.
      'emergency-physician': (p) => ({ role: 'PHYSICIAN', qualification: 'PHYSICIAN', ...staff(p), terminalKind: 'EMERGENCY_ONLY', emergencyId: true, disasterAuthority: false }),
      'disaster-nurse': (p) => ({ role: 'NURSE', qualification: 'NURSE', ...staff(p), terminalKind: 'EXAMINATION_ROOM', emergencyId: false, disasterAuthority: true }),
      patient: (p) => ({ role: 'PATIENT', personId: p.sub, institutionCode: null, terminalId: null, terminalKind: null, loginId: null }),
      analyst: (p) => ({ role: 'ANALYST', ...internal(p) }),
      operator: (p) => ({ role: 'OPERATOR', ...internal(p) }),
      auditor: (p) => ({ role: 'AUDITOR', ...internal(p) }),
    };

    it.each(PERSONA_NAMES)('%s: accepted, and the subgraph verifies the role the registries give', async (name) => {
      const persona = t.persona(name);
      const { response, seen } = await askWhoami(await t.authorization(name));
      expect(response.status).toBe(200);
      expect(seen).toMatchObject({ ...expected[name](persona), amr: [...persona.amr] });
    });

    it('the gateway denies every field the access policy has no rule for, even of a subgraph it does not know', async () => {
      const { response } = await askWhoami(await t.authorization('operator'));
      expect(new Set(response.errors?.map((error) => `${error.extensions?.code} ${error.extensions?.reason}`))).toEqual(new Set(['FORBIDDEN NO_POLICY']));
      expect(response.errors?.map((error) => error.path?.join('.')).sort()).toEqual(
        ['amr', 'authTime', 'disasterAuthority', 'emergencyId', 'institutionCode', 'loginId', 'personId', 'qualification', 'requestId', 'role', 'terminalId', 'terminalKind'].map(
          (field) => `whoami.${field}`,
        ),
      );
    });

    it('the token passes the gateway and no further: the subgraph gets the signed context, not the bearer token', async () => {
      whoami.requestHeaders.length = 0;
      const token = await t.tokenFor('physician');
      await postGraphQL(whoamiGateway.url, WHOAMI_QUERY, undefined, bearer(token));
      expect(whoami.requestHeaders).toHaveLength(1);
      expect(whoami.requestHeaders[0]!.authorization).toBeUndefined();
      expect(JSON.stringify(whoami.requestHeaders[0])).not.toContain(token);
      expect(whoami.requestHeaders[0]!['x-access-signature']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('a context a client sends along is not the one the subgraph gets', async () => {
      const forged = { 'x-access-context': 'eyJ2IjoxfQ', 'x-access-signature': 'A'.repeat(43) };
      const { seen } = await askWhoami({ ...(await t.authorization('clerk')), ...forged });
      expect(seen.role).toBe('CLERK');
    });

    it('gives every request an id of its own, and the time the caller authenticated', async () => {
      const headers = await t.authorization('auditor');
      const [a, b] = [(await askWhoami(headers)).seen, (await askWhoami(headers)).seen];
      expect(a.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(a.requestId).not.toBe(b.requestId);
      expect(Math.abs(Date.parse(a.authTime!) - Date.now())).toBeLessThan(60_000);
    });

    it('a physician\'s token: the query the refused requests made runs in the subgraphs', async () => {
      const physician = await t.authorization('physician');
      const { result, statements } = await countStatements(t.stack, () => postGraphQL(t.url, PERSON, { id: personId }, physician));
      expect(result.errors).toBeUndefined();
      expect(statements).toBeGreaterThan(0);
    });
  });
});
