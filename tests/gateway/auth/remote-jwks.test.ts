import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ERRORS } from '../../../common/src/errors';
import { createTokenVerifier } from '../../../gateway/src/auth/verify-token';
import { AUDIENCE, ISSUER, TestKey, rejection, sign, testKey } from './tokens';

/** An identity provider's JWKS endpoint on 127.0.0.1: `respond` decides each answer. */
let server: Server;
let url: string;
let respond: () => { status: number; body: string };
let requests = 0;

let key: TestKey;

beforeAll(async () => {
  key = await testKey();
  server = createServer((_request, response) => {
    requests++;
    const { status, body } = respond();
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  respond = () => ({ status: 200, body: JSON.stringify(key.jwks) });
  requests = 0;
});

const verifierFor = (jwksUrl: string) => createTokenVerifier({ keys: { jwksUrl }, issuer: ISSUER, audience: AUDIENCE });

describe('verify-token against a remote JWKS', () => {
  test('accepts a token signed with a published key, fetching the key set once', async () => {
    const verifier = verifierFor(url);
    expect((await verifier.verify(await sign(key))).subject).toBe('0110000007-02');
    expect((await verifier.verify(await sign(key))).subject).toBe('0110000007-02');
    expect(requests).toBe(1);
  });

  test('refuses a token signed with a key the issuer does not publish: BAD_SIGNATURE', async () => {
    const other = await testKey('rotated-away');
    expect((await rejection(verifierFor(url).verify(await sign(other)))).extensions.reason).toBe('BAD_SIGNATURE');
  });

  test('refuses a token signed with another key under a published kid: BAD_SIGNATURE', async () => {
    const impostor = await testKey(key.kid);
    expect((await rejection(verifierFor(url).verify(await sign(impostor)))).extensions.reason).toBe('BAD_SIGNATURE');
  });

  test.each([
    ['answers 500', () => ({ status: 500, body: '{}' })],
    ['answers something else than JSON', () => ({ status: 200, body: '<html>' })],
    ['answers JSON that is not a key set', () => ({ status: 200, body: '{"keys": "none"}' })],
  ])('when the JWKS endpoint %s: SERVICE_UNAVAILABLE, not the caller’s fault', async (_label, answer) => {
    respond = answer;
    const error = await rejection(verifierFor(url).verify(await sign(key)));
    expect(error.extensions.code).toBe(ERRORS.SERVICE_UNAVAILABLE.code);
  });

  test('when nothing listens at the JWKS URL: SERVICE_UNAVAILABLE', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await rejection(verifierFor(`http://127.0.0.1:${port}/jwks.json`).verify(await sign(key)));
    expect(error.extensions.code).toBe(ERRORS.SERVICE_UNAVAILABLE.code);
  });

  test('an expired token signed with a published key: EXPIRED', async () => {
    const expired = await sign(key, { iss: ISSUER, aud: AUDIENCE, sub: 'x', iat: 1_000_000, exp: 1_000_060 });
    expect((await rejection(verifierFor(url).verify(expired))).extensions.reason).toBe('EXPIRED');
  });
});
