import { ERRORS } from '../../../common/src/errors';
import { jose } from '../../../gateway/src/auth/jose';
import { TokenVerifier, createTokenVerifier } from '../../../gateway/src/auth/verify-token';
import { AUDIENCE, ISSUER, TestKey, claims, nowSeconds, rawToken, rejection, sign, testKey } from './tokens';

let key: TestKey;
let verifier: TokenVerifier;

beforeAll(async () => {
  key = await testKey();
  verifier = createTokenVerifier({ keys: { jwks: key.jwks }, issuer: ISSUER, audience: AUDIENCE });
});

async function refusal(token: string | undefined): Promise<{ reason: unknown; claim: unknown; message: string }> {
  const error = await rejection(verifier.verify(token));
  expect(error.extensions.code).toBe(ERRORS.UNAUTHENTICATED.code);
  expect(error.extensions.http).toEqual({ status: 401 });
  // Nothing of the token comes back: not the token, nor any of its three parts.
  const echoed = `${error.message} ${JSON.stringify(error.extensions)}`;
  for (const part of (token ?? '').split('.').filter((p) => p.length > 8)) expect(echoed).not.toContain(part);
  return { reason: error.extensions.reason, claim: error.extensions.claim, message: error.message };
}

describe('verify-token: accepted', () => {
  test('a token signed by the issuer, for this audience, in time: the identifiers it carries', async () => {
    const payload = claims({ jti: 'token-1' });
    const verified = await verifier.verify(await sign(key, payload));
    expect(verified).toEqual({
      subject: '0110000007-02',
      issuer: ISSUER,
      audience: [AUDIENCE],
      issuedAt: new Date(payload.iat! * 1000),
      expiresAt: new Date(payload.exp! * 1000),
      notBefore: null,
      authTime: new Date((payload.auth_time as number) * 1000),
      amr: ['pwd'],
      institution: '0110000007',
      terminal: '2',
      tokenId: 'token-1',
    });
  });

  test('a patient token without institution, terminal, auth_time or amr', async () => {
    const verified = await verifier.verify(await sign(key, claims({ sub: '93503fec-f14d-811e-a5ec-f00000000004', institution: undefined, terminal: undefined, auth_time: undefined, amr: undefined })));
    expect(verified).toMatchObject({ subject: '93503fec-f14d-811e-a5ec-f00000000004', institution: null, terminal: null, authTime: null, amr: [] });
  });

  test('an audience list that names this gateway among others', async () => {
    const verified = await verifier.verify(await sign(key, claims({ aud: ['another-api', AUDIENCE] })));
    expect(verified.audience).toEqual(['another-api', AUDIENCE]);
  });

  test('clock skew within 30 s is tolerated: exp just passed, nbf and iat just ahead', async () => {
    const now = nowSeconds();
    await expect(verifier.verify(await sign(key, claims({ exp: now - 20 })))).resolves.toBeDefined();
    await expect(verifier.verify(await sign(key, claims({ nbf: now + 20, iat: now + 20, auth_time: now })))).resolves.toBeDefined();
  });

  test('a past nbf is fine, and reported', async () => {
    const nbf = nowSeconds() - 60;
    expect((await verifier.verify(await sign(key, claims({ nbf })))).notBefore).toEqual(new Date(nbf * 1000));
  });
});

describe('verify-token: refused with UNAUTHENTICATED', () => {
  test.each([undefined, ''])('no token (%p): MISSING', async (token) => {
    expect((await refusal(token)).reason).toBe('MISSING');
  });

  test('expired beyond the tolerance: EXPIRED', async () => {
    expect((await refusal(await sign(key, claims({ exp: nowSeconds() - 31 })))).reason).toBe('EXPIRED');
  });

  test('issued more than 12 hours ago, whatever its exp: EXPIRED', async () => {
    const now = nowSeconds();
    expect((await refusal(await sign(key, claims({ iat: now - 13 * 3600, auth_time: now - 13 * 3600, exp: now + 3600 })))).reason).toBe('EXPIRED');
  });

  test('nbf in the future: NOT_YET_VALID', async () => {
    expect((await refusal(await sign(key, claims({ nbf: nowSeconds() + 120 })))).reason).toBe('NOT_YET_VALID');
  });

  test('iat in the future: NOT_YET_VALID', async () => {
    const later = nowSeconds() + 600;
    expect((await refusal(await sign(key, claims({ iat: later, auth_time: later })))).reason).toBe('NOT_YET_VALID');
  });

  test('signed by another key under the same kid: BAD_SIGNATURE', async () => {
    const impostor = await testKey(key.kid);
    expect((await refusal(await sign(impostor))).reason).toBe('BAD_SIGNATURE');
  });

  test('signed by a key the issuer does not publish: BAD_SIGNATURE', async () => {
    const other = await testKey('unknown-kid');
    expect((await refusal(await sign(other))).reason).toBe('BAD_SIGNATURE');
  });

  test('alg "none" (unsigned): BAD_SIGNATURE', async () => {
    expect((await refusal(rawToken({ alg: 'none', typ: 'JWT' }, claims())))).toMatchObject({ reason: 'BAD_SIGNATURE' });
    expect((await refusal(new jose.UnsecuredJWT(claims()).encode()))).toMatchObject({ reason: 'BAD_SIGNATURE' });
  });

  test('key confusion: HS256 with the public key as the HMAC secret is refused', async () => {
    for (const secret of [key.publicPem, JSON.stringify(key.jwks.keys[0])]) {
      const forged = await new jose.SignJWT(claims()).setProtectedHeader({ alg: 'HS256', kid: key.kid }).sign(new TextEncoder().encode(secret));
      expect((await refusal(forged)).reason).toBe('BAD_SIGNATURE');
    }
  });

  test('another asymmetric algorithm than ES256 is refused too', async () => {
    const { privateKey } = await jose.generateKeyPair('ES384');
    const token = await new jose.SignJWT(claims()).setProtectedHeader({ alg: 'ES384', kid: key.kid }).sign(privateKey);
    expect((await refusal(token)).reason).toBe('BAD_SIGNATURE');
  });

  test('a tampered payload (another subject) fails the signature: BAD_SIGNATURE', async () => {
    const [header, , signature] = (await sign(key)).split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims({ sub: '0110000007-03' }))).toString('base64url')}.${signature}`;
    expect((await refusal(tampered)).reason).toBe('BAD_SIGNATURE');
  });

  test('a signature moved from another token fails too: BAD_SIGNATURE', async () => {
    const [, , signature] = (await sign(key, claims({ sub: 'x' }))).split('.');
    const [header, payload] = (await sign(key)).split('.');
    expect((await refusal(`${header}.${payload}.${signature}`)).reason).toBe('BAD_SIGNATURE');
  });

  test.each([['another-api'], [['another-api', 'yet-another']]])('aud %p: WRONG_AUDIENCE', async (aud) => {
    expect((await refusal(await sign(key, claims({ aud })))).reason).toBe('WRONG_AUDIENCE');
  });

  test('iss of another issuer: WRONG_ISSUER', async () => {
    expect((await refusal(await sign(key, claims({ iss: 'https://idp.evil.invalid' })))).reason).toBe('WRONG_ISSUER');
  });

  test.each(['iss', 'aud', 'exp', 'sub', 'iat'])('without %s: MALFORMED, naming the claim', async (claim) => {
    expect(await refusal(await sign(key, claims({ [claim]: undefined })))).toMatchObject({ reason: 'MALFORMED', claim });
  });

  test.each<[string, unknown, string]>([
    ['institution', '0110000008', 'a wrong check digit'],
    ['institution', '011000000', 'nine digits'],
    ['institution', '4810000007', 'prefecture 48'],
    ['institution', 110000007, 'a number'],
    ['terminal', 'T-2', 'not an id'],
    ['terminal', 2, 'a number'],
    ['sub', '', 'empty'],
    ['sub', 42, 'a number'],
    ['amr', 'pwd', 'not a list'],
    ['amr', ['pwd', 7], 'not strings'],
    ['auth_time', 'yesterday', 'not a time'],
    ['exp', '2030-01-01', 'not a number'],
    ['nbf', 'soon', 'not a number'],
  ])('%s %p (%s): MALFORMED, naming the claim', async (claim, value) => {
    expect(await refusal(await sign(key, claims({ [claim]: value })))).toMatchObject({ reason: 'MALFORMED', claim });
  });

  test('a terminal without an institution names nothing: MALFORMED', async () => {
    expect(await refusal(await sign(key, claims({ institution: undefined })))).toMatchObject({ reason: 'MALFORMED', claim: 'terminal' });
  });

  test('authenticated after the token was issued: MALFORMED', async () => {
    const now = nowSeconds();
    expect(await refusal(await sign(key, claims({ iat: now - 600, auth_time: now })))).toMatchObject({ reason: 'MALFORMED', claim: 'auth_time' });
  });

  test('a critical header extension it does not know: MALFORMED', async () => {
    expect((await refusal(await sign(key, claims(), { crit: ['x-policy'], 'x-policy': 1 }))).reason).toBe('MALFORMED');
  });

  test.each([
    ['one part', 'not-a-jwt'],
    ['two parts', 'a.b'],
    ['three parts, none JSON', 'a.b.c'],
    ['over 8 KiB', `${'x'.repeat(9000)}.y.z`],
  ])('not a JWT (%s): MALFORMED', async (_label, token) => {
    expect((await refusal(token)).reason).toBe('MALFORMED');
  });

  test('messages say what is wrong in fixed words', async () => {
    expect((await refusal(await sign(key, claims({ exp: nowSeconds() - 3600 })))).message).toBe('The bearer token has expired');
    expect((await refusal(undefined)).message).toMatch(/Authorization: Bearer/);
  });
});

describe('verify-token: time from the options', () => {
  test('`now` decides what is expired', async () => {
    const token = await sign(key);
    const later = createTokenVerifier({ keys: { jwks: key.jwks }, issuer: ISSUER, audience: AUDIENCE, now: () => new Date(Date.now() + 2 * 3600 * 1000) });
    expect((await rejection(later.verify(token))).extensions.reason).toBe('EXPIRED');
  });
});
