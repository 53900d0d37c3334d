import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayInJapan } from '../../common/src/japan-calendar';
import { postGraphQL } from '../support/graphql';

const ROOT = join(__dirname, '..', '..');

/** Waits for a line of the child's output matching `pattern`, or fails with what it printed. */
function waitFor(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`timed out; output:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}; output:\n${output}`)));
  });
}

describe('npm start with no servers configured', () => {
  const directory = mkdtempSync(join(tmpdir(), 'hig-start-'));
  let child: ChildProcess;

  beforeAll(() => {
    // The embedded cluster runs as the postgres user when started by root.
    chmodSync(directory, 0o777);
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(directory, { recursive: true, force: true });
  });

  it('runs an embedded PostgreSQL with demo data and answers a federated query with a token of `npm run token`', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env, PORT: '0', SUBGRAPH_PORTS: 'dynamic', DEMO_PEOPLE: '150', EMBEDDED_PG_DIR: join(directory, 'pg'), EMBEDDED_PG_PORT: '54391',
      AUTH_DEV_KEYS_DIR: join(directory, 'keys'),
      // The gateway's settings come from the environment, as for `npm run gateway`.
      MAX_OPERATION_DEPTH: '4',
    };
    for (const name of ['DATABASE_URL', 'REDIS_URL', 'ACCESS_CONTEXT_SECRET', 'AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE']) delete env[name];
    child = spawn(process.execPath, ['--import', 'tsx', 'tools/start.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const [, url, personId, serial, name, birthDate, sex, address, prefectureCode, municipalityCode] = await waitFor(
      child,
      /Gateway ready: (\S+)[\s\S]*Example person id: (\S+)[\s\S]*certificateSerial (\S+), certificateKind CARD\s+without their card: +name (.+), birthDate (\S+), sex (\S+), address (\S+)\s+Disaster region to try: +prefectureCode (\S+), municipalityCode (\S+) /,
      120_000,
    );
    const query = 'query($id: ID!) { person(id: $id) { id claims { totalCount } checkups { totalCount } medications { totalCount } } }';
    const anonymous = await postGraphQL(url!, query, { id: personId });
    expect([anonymous.status, anonymous.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    // The example person is the patient persona, who consented at the physician persona's hospital when the demo started.
    for (const persona of ['patient', 'physician']) {
      const token = execFileSync(process.execPath, ['--import', 'tsx', 'tools/token.ts', persona], { cwd: ROOT, env, encoding: 'utf8' }).trim();
      const response = await postGraphQL<{ person: { id: string; claims: { totalCount: number }; checkups: { totalCount: number }; medications: { totalCount: number } } }>(
        url!,
        query,
        { id: personId },
        { authorization: `Bearer ${token}` },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.person.id).toBe(personId);
      expect(response.data!.person.claims.totalCount).toBeGreaterThan(0);
      expect(response.data!.person.medications.totalCount).toBeGreaterThan(0);
    }
    // What it prints is what the README's emergency and disaster walkthrough types in.
    const tokenOf = (persona: string) => ({
      authorization: `Bearer ${execFileSync(process.execPath, ['--import', 'tsx', 'tools/token.ts', persona], { cwd: ROOT, env, encoding: 'utf8' }).trim()}`,
    });
    const withCard = await postGraphQL<{ openEmergencyAccessWithCard: { person: { id: string } } }>(
      url!,
      'mutation($input: EmergencyAccessWithCardInput!) { openEmergencyAccessWithCard(input: $input) { person { id } } }',
      { input: { certificateSerial: serial, certificateKind: 'CARD', purpose: 'PROTECT_LIFE_OR_BODY' } },
      tokenOf('emergency-physician'),
    );
    expect(withCard.data?.openEmergencyAccessWithCard.person.id).toBe(personId);
    const today = todayInJapan();
    const declared = await postGraphQL(
      url!,
      'mutation($input: DeclareDisasterInput!) { declareDisaster(input: $input) { id } }',
      { input: { name: '試験災害', regions: [{ prefectureCode, municipalityCode }], startsOn: today, endsOn: today } },
      tokenOf('operator'),
    );
    expect(declared.errors).toBeUndefined();
    const disaster = await postGraphQL<{ openDisasterAccess: { person: { id: string } } }>(
      url!,
      'mutation($input: DisasterAccessInput!) { openDisasterAccess(input: $input) { person { id } } }',
      { input: { patient: { name, birthDate, sex, address }, purpose: 'PROTECT_LIFE_OR_BODY' } },
      tokenOf('disaster-nurse'),
    );
    expect(disaster.data?.openDisasterAccess.person.id).toBe(personId);
    const deep = await postGraphQL(url!, 'query($id: ID!) { person(id: $id) { claims { nodes { diagnoses { name } } } } }', { id: personId }, tokenOf('physician'));
    expect([deep.status, deep.errors?.[0]?.extensions]).toEqual([400, expect.objectContaining({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'DEPTH', max: 4, actual: 5 })]);
  }, 180_000);
});
