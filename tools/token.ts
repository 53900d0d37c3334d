import { authConfigFromEnv } from '../gateway/src/auth/config';
import { developmentKeys } from '../gateway/src/auth/dev-keys';
import { issueDevelopmentToken } from '../gateway/src/auth/issue-token';
import { DEMO_PEOPLE, DEMO_SEED } from '../data/src/demo';
import { PERSONA_NAMES, demoPersona, demoPersonas, isPersonaName } from '../gateway/src/auth/personas';

/**
 * `npm run -s token -- <persona>`: prints a development bearer token (and nothing else) for a
 * demo persona, signed with the development key the gateway verifies against in development.
 */
const USAGE = 'Usage: npm run -s token -- <persona>   (--help lists the personas)';

function help(): string {
  const personas = demoPersonas();
  const width = Math.max(...personas.map((p) => p.name.length));
  return [
    `Prints a development bearer token, valid for one hour, for a persona of the demo data set (seed ${DEMO_SEED}, ${DEMO_PEOPLE} people).`,
    USAGE,
    '',
    'Personas:',
    ...personas.map((p) => `  ${p.name.padEnd(width)}  ${p.description}`),
    '',
    'Send it as `Authorization: Bearer <token>`. The token names the caller; what the caller may do',
    'is looked up in the registries of the data.',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${help()}\n`);
    return 0;
  }
  const name = args[0];
  if (args.length !== 1 || name === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!isPersonaName(name)) {
    process.stderr.write(`Unknown persona ${JSON.stringify(name.slice(0, 40))}. Personas: ${PERSONA_NAMES.join(', ')}.\n${USAGE}\n`);
    return 2;
  }
  const config = authConfigFromEnv();
  if (config.keys.kind !== 'development') {
    process.stderr.write('AUTH_JWKS_URL is set: the gateway trusts that identity provider, not development tokens.\n');
    return 2;
  }
  const keys = await developmentKeys(config.keys.directory);
  process.stdout.write(`${await issueDevelopmentToken(demoPersona(name), keys, { issuer: config.issuer, audience: config.audience })}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`token: ${error.message}\n`);
    process.exitCode = 1;
  },
);
