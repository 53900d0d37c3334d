import { GraphQLError } from 'graphql';
import { Pool } from 'pg';
import { loadDataSet } from '../../../data/src/load';
import { World } from '../../../data/src/world';
import { DEMO_SEED } from '../../../data/src/demo';
import { PostgresRegistry, postgresRegistry } from '../../../gateway/src/access/registry';
import { resolveCaller } from '../../../gateway/src/access/resolve-caller';
import { Persona, PersonaName, demoPersonas } from '../../../gateway/src/auth/personas';
import { VerifiedToken } from '../../../gateway/src/auth/verified-token';
import { eligibilitySubgraph } from '../../../subgraphs/eligibility/src';
import { TestDatabase, createTestDatabase } from '../../support/postgres';

/** The first institutions and people of the demo data, where the personas are (as in tests/gateway/auth/registries.test.ts). */
const AS_OF = '2026-11-01';
const world = new World({ seed: DEMO_SEED, people: 8, institutions: 16, asOf: AS_OF });
const personas = demoPersonas(AS_OF);
const persona = (name: PersonaName): Persona => personas.find((p) => p.name === name)!;

/** A verified token carrying a persona's identifiers, with `overrides`. */
function tokenOf(p: Persona, overrides: Partial<VerifiedToken> = {}): VerifiedToken {
  const now = new Date();
  return {
    subject: p.sub, issuer: 'https://idp.test.invalid', audience: ['health-insurance-gateway'], issuedAt: now, expiresAt: new Date(now.getTime() + 3600_000),
    notBefore: null, authTime: now, amr: [...p.amr], institution: p.institution, terminal: p.terminal, tokenId: null, ...overrides,
  };
}

async function refusal(promise: Promise<unknown>): Promise<{ code: unknown; reason: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphQLError) return { code: error.extensions.code, reason: error.extensions.reason };
    throw error;
  }
  throw new Error('expected a refusal');
}

let db: TestDatabase;
let pool: Pool;
let registry: PostgresRegistry;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.migrate(eligibilitySubgraph);
  pool = db.pool('eligibility');
  await loadDataSet(pool, world, [eligibilitySubgraph.seeder!], { people: world.options.people });
  registry = postgresRegistry({ databaseUrl: db.url });
});

afterAll(async () => {
  await registry?.close();
  await db?.drop();
});

describe('resolveCaller: the caller of a token, from the registries', () => {
  test.each([
    ['clerk', 'CLERK', 'RECEPTION', false, false],
    ['physician', 'PHYSICIAN', 'EXAMINATION_ROOM', false, false],
    ['pharmacist', 'PHARMACIST', 'RECEPTION', false, false],
    ['emergency-physician', 'PHYSICIAN', 'EMERGENCY_ONLY', true, false],
    ['disaster-nurse', 'NURSE', 'EXAMINATION_ROOM', false, true],
  ] as const)(
    '%s: staff with the qualification on record (%s) at the institution, on a %s terminal, emergency ID %s, disaster authority %s',
    async (name, qualification, terminalKind, emergencyId, disasterAuthority) => {
      const p = persona(name);
      expect(await resolveCaller(tokenOf(p), registry, AS_OF)).toEqual({
        caller: { role: qualification, institutionCode: p.institution, qualification, loginId: p.sub, terminalKind, emergencyId, disasterAuthority },
        terminal: { id: p.terminal, institutionCode: p.institution, kind: terminalKind },
      });
    },
  );

  test('an emergency ID names the staff member it was issued to, until it is revoked', async () => {
    const p = persona('emergency-physician');
    expect(p.sub).toMatch(/^[0-9]{10}-E[0-9]{2}$/);
    await pool.query('UPDATE emergency_ids SET revoked_at = now() WHERE login_id = $1', [p.sub]);
    try {
      expect(await refusal(resolveCaller(tokenOf(p), registry, AS_OF))).toEqual({ code: 'UNAUTHENTICATED', reason: 'UNKNOWN_SUBJECT' });
    } finally {
      await pool.query('UPDATE emergency_ids SET revoked_at = NULL WHERE login_id = $1', [p.sub]);
    }
    // The staff member's own login is theirs too, without the emergency ID's mark.
    const own = p.sub.replace('-E', '-');
    expect((await resolveCaller(tokenOf(p, { subject: own }), registry, AS_OF)).caller).toMatchObject({ loginId: own, emergencyId: false });
    // An emergency ID is its institution's: not another's.
    const elsewhere = tokenOf(p, { institution: persona('physician').institution, terminal: persona('physician').terminal });
    expect(await refusal(resolveCaller(elsewhere, registry, AS_OF))).toEqual({ code: 'UNAUTHENTICATED', reason: 'UNKNOWN_SUBJECT' });
  });

  test('a retired terminal signs no one in', async () => {
    const p = persona('physician');
    await pool.query('UPDATE terminals SET retired_at = now() WHERE id = $1', [p.terminal]);
    try {
      expect(await refusal(resolveCaller(tokenOf(p), registry, AS_OF))).toEqual({ code: 'UNAUTHENTICATED', reason: 'UNKNOWN_TERMINAL' });
    } finally {
      await pool.query('UPDATE terminals SET retired_at = NULL WHERE id = $1', [p.terminal]);
    }
  });

  test('disaster authority is the registry\'s, and ends when revoked', async () => {
    const p = persona('disaster-nurse');
    await pool.query('UPDATE disaster_authorities SET revoked_at = now() WHERE staff_id = (SELECT id FROM staff WHERE login_id = $1)', [p.sub]);
    try {
      expect((await resolveCaller(tokenOf(p), registry, AS_OF)).caller.disasterAuthority).toBe(false);
    } finally {
      await pool.query('UPDATE disaster_authorities SET revoked_at = NULL WHERE staff_id = (SELECT id FROM staff WHERE login_id = $1)', [p.sub]);
    }
  });

  test('patient: the person, with a card certificate active today', async () => {
    expect(await resolveCaller(tokenOf(persona('patient')), registry, AS_OF)).toEqual({ caller: { role: 'PATIENT', personId: persona('patient').sub }, terminal: null });
  });

  test('a person id in capitals is the same person, named as the registry writes it', async () => {
    const resolved = await resolveCaller(tokenOf(persona('patient'), { subject: persona('patient').sub.toUpperCase() }), registry, AS_OF);
    expect(resolved.caller.personId).toBe(persona('patient').sub);
  });

  test.each([
    ['analyst', 'ANALYST'],
    ['operator', 'OPERATOR'],
    ['auditor', 'AUDITOR'],
  ] as const)('%s: the internal user with the role on record (%s)', async (name, role) => {
    expect(await resolveCaller(tokenOf(persona(name)), registry, AS_OF)).toEqual({ caller: { role, loginId: persona(name).sub }, terminal: null });
  });

  test('the role is the registry\'s: a clerk\'s login is a clerk whatever the token says of the terminal', async () => {
    const clerk = persona('clerk');
    const resolved = await resolveCaller(tokenOf(clerk, { terminal: persona('physician').terminal, amr: ['pwd', 'otp', 'mfa'] }), registry, AS_OF);
    expect(resolved.caller).toEqual({
      role: 'CLERK',
      institutionCode: clerk.institution,
      qualification: 'CLERK',
      loginId: clerk.sub,
      terminalKind: 'EXAMINATION_ROOM',
      emergencyId: false,
      disasterAuthority: false,
    });
    expect(resolved.terminal?.kind).toBe('EXAMINATION_ROOM');
  });

  test.each<[string, string, () => VerifiedToken]>([
    ['an internal login not registered', 'UNKNOWN_SUBJECT', () => tokenOf(persona('analyst'), { subject: 'internal-nobody-01' })],
    ['a person id not registered', 'UNKNOWN_SUBJECT', () => tokenOf(persona('patient'), { subject: '00000000-0000-8000-a000-000000000000' })],
    ['a staff login at an institution it does not belong to', 'UNKNOWN_SUBJECT', () => tokenOf(persona('physician'), { institution: persona('pharmacist').institution, terminal: persona('pharmacist').terminal })],
    ['a staff login without its institution', 'UNKNOWN_SUBJECT', () => tokenOf(persona('physician'), { institution: null, terminal: null })],
    ['a person id with an institution', 'UNKNOWN_SUBJECT', () => tokenOf(persona('patient'), { institution: persona('physician').institution, terminal: persona('physician').terminal })],
    ['an internal login with an institution', 'UNKNOWN_SUBJECT', () => tokenOf(persona('auditor'), { institution: persona('physician').institution, terminal: persona('physician').terminal })],
    ['a terminal of another institution', 'UNKNOWN_TERMINAL', () => tokenOf(persona('physician'), { terminal: persona('pharmacist').terminal })],
    ['a terminal not registered at all', 'UNKNOWN_TERMINAL', () => tokenOf(persona('physician'), { terminal: '999999999' })],
    ['staff without a terminal', 'TERMINAL_REQUIRED', () => tokenOf(persona('physician'), { terminal: null })],
  ])('refuses %s: UNAUTHENTICATED %s', async (_case, reason, token) => {
    expect(await refusal(resolveCaller(token(), registry, AS_OF))).toEqual({ code: 'UNAUTHENTICATED', reason });
  });

  test('refuses a patient whose certificates have all expired, or are not issued yet', async () => {
    const token = tokenOf(persona('patient'));
    expect(await refusal(resolveCaller(token, registry, '2099-01-01'))).toEqual({ code: 'UNAUTHENTICATED', reason: 'NO_ACTIVE_CERTIFICATE' });
    expect(await refusal(resolveCaller(token, registry, '1990-01-01'))).toEqual({ code: 'UNAUTHENTICATED', reason: 'NO_ACTIVE_CERTIFICATE' });
  });

  test('refuses a patient from the day their certificates are revoked, not the day before', async () => {
    const personId = persona('patient').sub;
    await pool.query('UPDATE card_certificates SET revoked_on = $2 WHERE person_id = $1', [personId, AS_OF]);
    try {
      expect(await refusal(resolveCaller(tokenOf(persona('patient')), registry, AS_OF))).toEqual({ code: 'UNAUTHENTICATED', reason: 'NO_ACTIVE_CERTIFICATE' });
      expect((await resolveCaller(tokenOf(persona('patient')), registry, '2026-10-31')).caller.role).toBe('PATIENT');
    } finally {
      await pool.query('UPDATE card_certificates SET revoked_on = NULL WHERE person_id = $1', [personId]);
    }
  });

  test('answers SERVICE_UNAVAILABLE, accepting no one, when the registry cannot be read', async () => {
    const unreachable = postgresRegistry({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none' });
    try {
      expect(await refusal(resolveCaller(tokenOf(persona('auditor')), unreachable, AS_OF))).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: undefined });
    } finally {
      await unreachable.close();
    }
  });
});
