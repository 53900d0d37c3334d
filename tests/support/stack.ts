import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { World } from '../../data/src/world';
import { AuthConfig, DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER } from '../../gateway/src/auth/config';
import { developmentKeys } from '../../gateway/src/auth/dev-keys';
import { issueDevelopmentToken } from '../../gateway/src/auth/issue-token';
import { Persona, PersonaName, personasIn } from '../../gateway/src/auth/personas';
import { consentAtCardReader } from '../../tools/card-reader-consent';
import { loadSyntheticData } from '../../tools/data-set';
import { migrateAll, RunningStack, startStack } from '../../tools/stack';
import { IdentificationRateLimit } from '../../gateway/src/features/use-identification-rate-limit';
import { GatewaySettings } from '../../gateway/src/config';
import { ConsentCategory } from '../../common/src/policy';
import { GraphQLResponse, postGraphQL } from './graphql';
import { createTestDatabase, TestDatabase } from './postgres';

/** The day the test data sets end: fixed, so the tests do not depend on the calendar. */
export const TEST_AS_OF = '2026-11-01';
/**
 * Connections per subgraph of a test stack: the test files running at once, each with a stack or
 * two of six subgraphs, stay within PostgreSQL's default of 100 connections even under load.
 */
export const TEST_POOL_SIZE = 4;
/** The seed of the test stacks' data sets. */
export const TEST_SEED = 7;

export interface TestStack {
  readonly db: TestDatabase;
  readonly stack: RunningStack;
  readonly url: string;
  /** What the gateway accepts: development tokens signed with this stack's own key pair. */
  readonly auth: AuthConfig;
  /** The personas of this stack's data set (found as `npm run token` finds them in the demo data). */
  persona(name: PersonaName): Persona;
  /** A development bearer token for a persona of this stack's data, valid an hour. */
  tokenFor(name: PersonaName): Promise<string>;
  /**
   * `{ authorization: 'Bearer …' }` for any identifiers (a persona's, changed), the token issued,
   * and the caller authenticated (`auth_time`), at `issuedAt` (default now).
   */
  authorizationAs(persona: Persona, issuedAt?: Date): Promise<Record<string, string>>;
  /** `{ authorization: 'Bearer …' }` for a persona. */
  authorization(name: PersonaName): Promise<Record<string, string>>;
  /** `{ authorization: 'Bearer …' }` for a person of the data set reading their own data, as the patient persona does (needs a certificate in force). */
  patientAuthorization(personId: string): Promise<Record<string, string>>;
  /**
   * What the clerk persona's card reader reports when the person verifies with their certificate in
   * force (the card with face recognition, or the smartphone) and consents to `categories`: the input
   * of recordConsent, verified at `verifiedAt` (default now) with a new verification id.
   */
  consentReport(personId: string, categories: readonly ConsentCategory[], verifiedAt?: Date): Promise<ConsentReportVariables>;
  /** Sends a card reader's report through the gateway, with a new clerk token unless `headers` say otherwise. */
  sendConsentReport(report: ConsentReportVariables, headers?: Record<string, string>): Promise<GraphQLResponse<{ recordConsent: { id: string } | null }>>;
  /**
   * Records the person's consent to `categories` at the clerk persona's hospital, as its card
   * reader reports it right after the verification (recordConsent through the gateway); the
   * grant's id. The person needs a certificate in force.
   */
  recordConsent(personId: string, categories: readonly ConsentCategory[]): Promise<string>;
  /**
   * Writes a consent of the person to every category at the clerk's (and physician's) hospital
   * straight into the consent registry, as a card reader's report would leave it, for tests
   * about something else that need the physician to read a person's data.
   */
  grantConsent(personId: string): Promise<void>;
  /** Runs SQL against the test database (to find or craft records). */
  sql<R extends Record<string, unknown>>(text: string, values?: unknown[]): Promise<R[]>;
  stop(): Promise<void>;
}

/** The input of recordConsent, as a card reader sends it. */
export interface ConsentReportVariables {
  readonly institutionCode: string;
  readonly terminalId: string;
  readonly certificateSerial: string;
  readonly certificateKind: string;
  readonly verification: string;
  readonly categories: readonly ConsentCategory[];
  readonly verifiedAt: string;
  readonly verificationId: string;
}

/** Development tokens' settings with the key pair in `directory`. */
export const developmentAuth = (directory: string): AuthConfig => ({
  issuer: DEVELOPMENT_ISSUER,
  audience: DEVELOPMENT_AUDIENCE,
  keys: { kind: 'development', directory },
  clockToleranceSeconds: 30,
});

/**
 * The whole system for an end-to-end test: a fresh database on the real PostgreSQL with a
 * synthetic data set, the four subgraphs each on its own free port, and the gateway, which
 * accepts development tokens of a key pair made for this stack in a temporary directory.
 */
export interface TestStackOptions {
  readonly people: number;
  readonly redisUrl?: string;
  /** The prefix of the stack's Redis keys; default the cache's own. */
  readonly redisPrefix?: string;
  /** The gateway's identification-search limits; default the gateway's. */
  readonly identificationRateLimit?: IdentificationRateLimit;
  /** The gateway's settings (operation limits, circuit breaker…) where a test needs others than the stack's. */
  readonly gatewaySettings?: Partial<GatewaySettings>;
  /** The URL the stack is given for the test database (e.g. a proxy's in front of it, to cut); default the database's own. */
  readonly connectThrough?: (databaseUrl: string) => Promise<string>;
}

export async function startTestStack(options: TestStackOptions = { people: 120 }): Promise<TestStack> {
  const db = await createTestDatabase();
  const keysDirectory = mkdtempSync(join(tmpdir(), 'hig-test-keys-'));
  const auth = developmentAuth(keysDirectory);
  const client = new Client({ connectionString: db.url });
  const cleanUp = async () => {
    await client.end().catch(() => undefined);
    await db.drop();
    rmSync(keysDirectory, { recursive: true, force: true });
  };
  try {
    await migrateAll(db.url);
    await loadSyntheticData(db.url, { people: options.people, seed: TEST_SEED, asOf: TEST_AS_OF });
    await client.connect();
    const stack = await startStack({
      databaseUrl: options.connectThrough ? await options.connectThrough(db.url) : db.url,
      redisUrl: options.redisUrl,
      redisPrefix: options.redisPrefix,
      gatewayPort: 0,
      auth,
      today: () => TEST_AS_OF,
      identificationRateLimit: options.identificationRateLimit,
      gatewaySettings: options.gatewaySettings,
      subgraphPoolSize: TEST_POOL_SIZE,
    });
    const personas = personasIn(new World({ seed: TEST_SEED, people: options.people, asOf: TEST_AS_OF }));
    const persona = (name: PersonaName): Persona => personas.find((p) => p.name === name)!;
    const tokenFor = async (name: PersonaName): Promise<string> =>
      issueDevelopmentToken(persona(name), await developmentKeys(keysDirectory), { issuer: auth.issuer, audience: auth.audience });
    const consentReport = async (personId: string, categories: readonly ConsentCategory[], verifiedAt = new Date()): Promise<ConsentReportVariables> => {
      const clerk = persona('clerk');
      const { rows } = await client.query<{ serial: string; kind: string }>(
        `SELECT serial, kind FROM eligibility.card_certificates
          WHERE person_id = $1 AND revoked_on IS NULL AND issued_on <= now()::date AND now()::date < expires_on
          ORDER BY issued_on DESC LIMIT 1`,
        [personId],
      );
      const certificate = rows[0];
      if (!certificate) throw new Error(`person ${personId} has no certificate in force to consent with`);
      return {
        institutionCode: clerk.institution!,
        terminalId: clerk.terminal!,
        certificateSerial: certificate.serial,
        certificateKind: certificate.kind,
        verification: certificate.kind === 'CARD' ? 'FACE' : 'SMARTPHONE',
        categories,
        verifiedAt: verifiedAt.toISOString(),
        verificationId: randomUUID(),
      };
    };
    const sendConsentReport = async (report: ConsentReportVariables, headers?: Record<string, string>) =>
      postGraphQL<{ recordConsent: { id: string } | null }>(
        stack.gateway.url,
        'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
        { input: report },
        headers ?? { authorization: `Bearer ${await tokenFor('clerk')}` },
      );
    const recordConsent = async (personId: string, categories: readonly ConsentCategory[]): Promise<string> => {
      const response = await sendConsentReport(await consentReport(personId, categories));
      if (!response.data?.recordConsent) throw new Error(`consent not recorded: ${JSON.stringify(response.errors)}`);
      return response.data.recordConsent.id;
    };
    return {
      db,
      stack,
      url: stack.gateway.url,
      auth,
      persona,
      tokenFor,
      authorization: async (name) => ({ authorization: `Bearer ${await tokenFor(name)}` }),
      authorizationAs: async (as, issuedAt) => {
        const token = await issueDevelopmentToken(as, await developmentKeys(keysDirectory), { issuer: auth.issuer, audience: auth.audience, now: issuedAt });
        return { authorization: `Bearer ${token}` };
      },
      patientAuthorization: async (personId) => {
        const token = await issueDevelopmentToken({ ...persona('patient'), sub: personId }, await developmentKeys(keysDirectory), { issuer: auth.issuer, audience: auth.audience });
        return { authorization: `Bearer ${token}` };
      },
      consentReport,
      sendConsentReport,
      recordConsent,
      grantConsent: (personId) => consentAtCardReader(db.url, persona('clerk').institution!, [personId]),
      sql: async (text, values = []) => (await client.query(text, values)).rows,
      stop: async () => {
        await stack.stop();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** Statements run by all subgraphs while `action` runs. */
export async function countStatements<T>(stack: RunningStack, action: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const before = stack.statements();
  const result = await action();
  return { result, statements: stack.statements() - before };
}
