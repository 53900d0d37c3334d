import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authConfigFromEnv } from '../../gateway/src/auth/config';
import { PERSONA_NAMES, demoPersona } from '../../gateway/src/auth/personas';
import { tokenVerifierFor } from '../../gateway/src/auth/verifier-for-config';

const ROOT = join(__dirname, '..', '..');
const keysDirectory = mkdtempSync(join(tmpdir(), 'token-cli-'));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npx tsx tools/token.ts …`, what `npm run -s token -- …` runs, with the development keys in a temporary directory. */
function token(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const { AUTH_JWKS_URL: _url, AUTH_ISSUER: _issuer, AUTH_AUDIENCE: _audience, NODE_ENV: _nodeEnv, ...rest } = process.env;
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'tools/token.ts', ...args], { cwd: ROOT, env: { ...rest, AUTH_DEV_KEYS_DIR: keysDirectory, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

afterAll(() => rmSync(keysDirectory, { recursive: true, force: true }));

describe('npm run -s token -- <persona>', () => {
  test.each([['physician'], ['patient'], ['auditor']])('%s: prints only a token the gateway accepts, whose sub is the persona', async (name) => {
    const run = await token([name]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\n$/);
    const verifier = await tokenVerifierFor(authConfigFromEnv({ AUTH_DEV_KEYS_DIR: keysDirectory }));
    const verified = await verifier.verify(run.stdout.trim());
    const persona = demoPersona(name as (typeof PERSONA_NAMES)[number]);
    expect(verified).toMatchObject({ subject: persona.sub, institution: persona.institution, terminal: persona.terminal });
    expect(verified.expiresAt.getTime() - verified.issuedAt.getTime()).toBe(3600 * 1000);
  });

  test('--help lists every persona with whom they stand for', async () => {
    const run = await token(['--help']);
    expect(run.code).toBe(0);
    for (const name of PERSONA_NAMES) expect(run.stdout).toMatch(new RegExp(`^  ${name} +\\S.{20,}$`, 'm'));
    expect(run.stdout).toContain('npm run -s token -- <persona>');
  });

  test('an unknown persona: a message on stderr naming the personas, nothing on stdout, exit code 2', async () => {
    const run = await token(['superuser']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Unknown persona "superuser"');
    expect(run.stderr).toContain(PERSONA_NAMES.join(', '));
  });

  test('no persona: usage on stderr, exit code 2', async () => {
    const run = await token([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: npm run -s token -- <persona>');
  });

  test('with a production identity provider configured, it signs nothing', async () => {
    const run = await token(['clerk'], { AUTH_JWKS_URL: 'https://idp.example.invalid/jwks.json', AUTH_ISSUER: 'https://idp.example.invalid', AUTH_AUDIENCE: 'gw' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('AUTH_JWKS_URL is set');
  });
});
