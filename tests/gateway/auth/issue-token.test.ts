import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authConfigFromEnv } from '../../../gateway/src/auth/config';
import { DevelopmentKeys, developmentKeys } from '../../../gateway/src/auth/dev-keys';
import { issueDevelopmentToken } from '../../../gateway/src/auth/issue-token';
import { jose } from '../../../gateway/src/auth/jose';
import { demoPersonas } from '../../../gateway/src/auth/personas';
import { tokenVerifierFor } from '../../../gateway/src/auth/verifier-for-config';

const directory = mkdtempSync(join(tmpdir(), 'issue-token-'));
const config = authConfigFromEnv({ AUTH_DEV_KEYS_DIR: directory });
let keys: DevelopmentKeys;

beforeAll(async () => {
  keys = await developmentKeys(directory);
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('issueDevelopmentToken', () => {
  test.each(demoPersonas().map((p) => [p.name, p] as const))('%s: a token the development verifier accepts, naming the persona', async (_name, persona) => {
    const token = await issueDevelopmentToken(persona, keys, { issuer: config.issuer, audience: config.audience });
    const verified = await (await tokenVerifierFor(config)).verify(token);
    expect(verified).toMatchObject({ subject: persona.sub, institution: persona.institution, terminal: persona.terminal, amr: persona.amr, issuer: config.issuer, audience: [config.audience] });
  });

  test('valid one hour from now, authenticated now, ES256 under the key id, with a unique jti', async () => {
    const now = new Date('2026-11-01T09:00:00Z');
    const persona = demoPersonas()[1]!;
    const token = await issueDevelopmentToken(persona, keys, { issuer: config.issuer, audience: config.audience, now });
    const seconds = now.getTime() / 1000;
    expect(jose.decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: keys.kid, typ: 'JWT' });
    const payload = jose.decodeJwt(token);
    expect(payload).toMatchObject({ iat: seconds, auth_time: seconds, exp: seconds + 3600, sub: persona.sub });
    const again = jose.decodeJwt(await issueDevelopmentToken(persona, keys, { issuer: config.issuer, audience: config.audience, now }));
    expect(again.jti).not.toBe(payload.jti);
  });

  test('claims are identifiers only: nothing of role, qualification or terminal kind', async () => {
    for (const persona of demoPersonas()) {
      const payload = jose.decodeJwt(await issueDevelopmentToken(persona, keys, { issuer: config.issuer, audience: config.audience }));
      const allowed = ['iss', 'aud', 'sub', 'iat', 'exp', 'jti', 'auth_time', 'amr', 'institution', 'terminal'];
      expect(Object.keys(payload).filter((k) => !allowed.includes(k))).toEqual([]);
      expect(JSON.stringify(payload)).not.toMatch(/PHYSICIAN|PHARMACIST|CLERK|ANALYST|OPERATOR|AUDITOR|EMERGENCY|RECEPTION|HOSPITAL/);
    }
  });
});
