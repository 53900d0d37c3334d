import { ERRORS } from '../../common/src/errors';
import { withCheckDigit } from '../../common/src/identifiers';
import { postGraphQL } from '../support/graphql';
import { countStatements, startTestStack, TestStack } from '../support/stack';

describe('the gateway over HTTP', () => {
  let t: TestStack;
  let base: string;
  let physician: Record<string, string>;

  beforeAll(async () => {
    t = await startTestStack({ people: 60 });
    base = t.url.replace(/\/graphql$/, '');
    physician = await t.authorization('physician');
  });
  afterAll(async () => t.stop());

  it('listens on the loopback interface only', () => {
    expect(new URL(t.url).hostname).toBe('127.0.0.1');
  });

  it('answers GET /health with ok and the subgraphs once ready', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', subgraphs: ['analytics', 'audit', 'checkups', 'eligibility', 'prescriptions', 'receipts'] });
  });

  it('refuses a body that is not JSON with BAD_REQUEST', async () => {
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...physician }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a body over the size limit with PAYLOAD_TOO_LARGE', async () => {
    const query = `{ __typename } # ${'x'.repeat(2 << 20)}`;
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...physician }, body: JSON.stringify({ query }) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('reports a syntax error and an unknown field with stable codes and the registry\'s HTTP status', async () => {
    const syntax = await postGraphQL(t.url, '{ person(id: ', undefined, physician);
    expect([syntax.status, syntax.errors?.[0]?.extensions?.code]).toEqual([ERRORS.GRAPHQL_PARSE_FAILED.definition.httpStatus, 'GRAPHQL_PARSE_FAILED']);
    const unknown = await postGraphQL(t.url, '{ nope }', undefined, physician);
    expect([unknown.status, unknown.errors?.[0]?.extensions?.code]).toEqual([ERRORS.GRAPHQL_VALIDATION_FAILED.definition.httpStatus, 'GRAPHQL_VALIDATION_FAILED']);
  });

  it.each([
    ['a wrong check digit', '01130013', /check digit/],
    ['seven digits', '0113001', /8 digits/],
    ['letters', '0113001A', /digits/],
  ])('refuses an insurer number with %s as BAD_USER_INPUT before any SQL', async (_case, insurerNumber, message) => {
    const { result, statements } = await countStatements(t.stack, () =>
      postGraphQL(t.url, 'query($n: String!) { insurer(number: $n) { name } }', { n: insurerNumber }, physician),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(statements).toBe(0);
  });

  it('refuses an institution code with a wrong check digit as BAD_USER_INPUT before any SQL', async () => {
    const valid = withCheckDigit('131000001');
    const wrong = `${valid.slice(0, 9)}${(Number(valid[9]) + 1) % 10}`;
    const { result, statements } = await countStatements(t.stack, () =>
      postGraphQL(t.url, 'query($c: String!) { institution(code: $c) { name } }', { c: wrong }, physician),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(statements).toBe(0);
  });

  it('serves the GraphQL IDE from its own assets, with nothing from another host', async () => {
    const page = await fetch(`${base}/ide`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThanOrEqual(5);
    for (const asset of scripts) {
      const response = await fetch(`${base}${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10);
    }
  });

  it('shows the IDE to a browser opening /graphql and GraphQL to a client', async () => {
    const browser = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(browser.headers.get('content-type')).toContain('text/html');
    const client = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...physician } });
    expect(await client.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
