import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { developmentKeys } from '../../../gateway/src/auth/dev-keys';
import { jose } from '../../../gateway/src/auth/jose';
import { createTokenVerifier } from '../../../gateway/src/auth/verify-token';

const directories: string[] = [];
const freshDirectory = (): string => {
  const parent = mkdtempSync(join(tmpdir(), 'dev-keys-'));
  directories.push(parent);
  return join(parent, 'dev-keys');
};

/** The kid of the development key in `directory`, as another process loads (or generates) it. */
const ROOT = join(__dirname, '..', '..', '..');
const SCRIPT = `require('./gateway/src/auth/dev-keys').developmentKeys(process.argv[1]).then((k) => process.stdout.write(k.kid))`;
const kidInAnotherProcess = (directory: string): Promise<string> =>
  new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', '-e', SCRIPT, directory], { cwd: ROOT }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });

afterAll(() => {
  for (const d of directories) rmSync(d, { recursive: true, force: true });
});

describe('developmentKeys', () => {
  test('generates an ES256 key pair on first use: the private key in a 0600 file, nothing else left behind', async () => {
    const directory = freshDirectory();
    const keys = await developmentKeys(directory);
    expect(readdirSync(directory)).toEqual(['es256-private.jwk.json']);
    const file = join(directory, 'es256-private.jwk.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(directory).mode & 0o077).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', kid: keys.kid, d: expect.any(String) });
    expect(keys.jwks.keys).toHaveLength(1);
    expect(keys.jwks.keys[0]).toEqual({ kty: 'EC', crv: 'P-256', x: expect.any(String), y: expect.any(String), kid: keys.kid, alg: 'ES256', use: 'sig' });
    expect(keys.jwks.keys[0]).not.toHaveProperty('d');
  });

  test('loads the same key afterwards, in this process and in another', async () => {
    const directory = freshDirectory();
    const first = await developmentKeys(directory);
    expect(await developmentKeys(directory)).toBe(first);
    expect(await kidInAnotherProcess(directory)).toBe(first.kid);
  });

  test('what the private key signs, the public JWKS verifies', async () => {
    const keys = await developmentKeys(freshDirectory());
    const token = await new jose.SignJWT({ sub: 's' }).setProtectedHeader({ alg: 'ES256', kid: keys.kid }).setIssuer('i').setAudience('a').setIssuedAt().setExpirationTime('5m').sign(keys.privateKey);
    const verified = await createTokenVerifier({ keys: { jwks: keys.jwks }, issuer: 'i', audience: 'a' }).verify(token);
    expect(verified.subject).toBe('s');
  });

  test('processes starting together end up with one key', async () => {
    const directory = freshDirectory();
    const kids = await Promise.all([1, 2, 3, 4].map(() => kidInAnotherProcess(directory)));
    expect(new Set(kids).size).toBe(1);
    expect(readdirSync(directory)).toEqual(['es256-private.jwk.json']);
  });

  test('refuses a private key file others may read', async () => {
    const directory = freshDirectory();
    const generated = freshDirectory();
    await developmentKeys(generated);
    cpSync(generated, directory, { recursive: true });
    chmodSync(join(directory, 'es256-private.jwk.json'), 0o644);
    await expect(developmentKeys(directory)).rejects.toThrow('must be readable by its owner only');
  });

  test('refuses a file that is not an ES256 private key', async () => {
    const directory = freshDirectory();
    const generated = freshDirectory();
    const keys = await developmentKeys(generated);
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'es256-private.jwk.json'), JSON.stringify(keys.jwks.keys[0]), { mode: 0o600 });
    await expect(developmentKeys(directory)).rejects.toThrow('not an ES256 private key');
  });
});
