import { Pool } from 'pg';
import { loadDataSet } from '../../../data/src/load';
import { World } from '../../../data/src/world';
import { DEMO_SEED } from '../../../data/src/demo';
import { Persona, demoPersonas } from '../../../gateway/src/auth/personas';
import { eligibilitySubgraph } from '../../../subgraphs/eligibility/src';
import { INTERNAL_USERS } from '../../../subgraphs/eligibility/src/seed';
import { TestDatabase, createTestDatabase } from '../../support/postgres';

/**
 * The registries a persona's identifiers are looked up in, loaded into PostgreSQL: the first
 * institutions and people of the demo data (generated per index, so the same as in the full
 * data set) and the internal users of migration 002.
 */
const AS_OF = '2026-11-01';
const world = new World({ seed: DEMO_SEED, people: 8, institutions: 16, asOf: AS_OF });
const personas = demoPersonas(AS_OF);
const persona = (name: Persona['name']): Persona => personas.find((p) => p.name === name)!;

let db: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.migrate(eligibilitySubgraph);
  pool = db.pool('eligibility');
  await loadDataSet(pool, world, [eligibilitySubgraph.seeder!], { people: world.options.people });
});

afterAll(async () => {
  await db?.drop();
});

async function staffFacts(p: Persona) {
  const { rows } = await pool.query<{ qualification: string; institution_kind: string; terminal_kind: string }>(
    `SELECT s.qualification, i.kind AS institution_kind, t.kind AS terminal_kind
       FROM staff s JOIN institutions i ON i.code = s.institution_code JOIN terminals t ON t.institution_code = s.institution_code
      WHERE (s.login_id = $1 OR s.id = (SELECT e.staff_id FROM emergency_ids e WHERE e.login_id = $1 AND e.revoked_at IS NULL))
        AND s.institution_code = $2 AND t.id = $3`,
    [p.sub, p.institution, p.terminal],
  );
  return rows;
}

describe('internal users (migration 002) and the personas in the registries', () => {
  test('both migrations are applied', async () => {
    const { rows } = await pool.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(expect.arrayContaining(['001_init.sql', '002_internal_users.sql']));
  });

  test('the seeder loads the internal users', async () => {
    const { rows } = await pool.query('SELECT id::text, login_id AS "loginId", name, role FROM internal_users ORDER BY id');
    expect(rows).toEqual(INTERNAL_USERS);
  });

  test.each([
    ['clerk', 'CLERK', 'HOSPITAL', 'RECEPTION'],
    ['physician', 'PHYSICIAN', 'HOSPITAL', 'EXAMINATION_ROOM'],
    ['pharmacist', 'PHARMACIST', 'PHARMACY', 'RECEPTION'],
    ['emergency-physician', 'PHYSICIAN', 'HOSPITAL', 'EMERGENCY_ONLY'],
    ['disaster-nurse', 'NURSE', 'HOSPITAL', 'EXAMINATION_ROOM'],
  ] as const)('%s: the registry says %s at a %s on a %s terminal', async (name, qualification, institutionKind, terminalKind) => {
    expect(await staffFacts(persona(name))).toEqual([{ qualification, institution_kind: institutionKind, terminal_kind: terminalKind }]);
  });

  test('emergency-physician signs in with an emergency ID issued to them; disaster-nurse has disaster authority', async () => {
    const emergency = await pool.query('SELECT s.qualification FROM emergency_ids e JOIN staff s ON s.id = e.staff_id WHERE e.login_id = $1 AND e.revoked_at IS NULL', [
      persona('emergency-physician').sub,
    ]);
    expect(emergency.rows).toEqual([{ qualification: 'PHYSICIAN' }]);
    const disaster = await pool.query('SELECT count(*)::int AS n FROM disaster_authorities d JOIN staff s ON s.id = d.staff_id WHERE s.login_id = $1 AND d.revoked_at IS NULL', [
      persona('disaster-nurse').sub,
    ]);
    expect(disaster.rows).toEqual([{ n: 1 }]);
  });

  test('patient: a person with a CARD certificate', async () => {
    const { rows } = await pool.query(`SELECT c.kind FROM people p JOIN card_certificates c ON c.person_id = p.id WHERE p.id = $1 AND c.kind = 'CARD'`, [persona('patient').sub]);
    expect(rows).toHaveLength(1);
  });

  test.each([
    ['analyst', 'ANALYST'],
    ['operator', 'OPERATOR'],
    ['auditor', 'AUDITOR'],
  ] as const)('%s: an internal user with the role %s', async (name, role) => {
    const { rows } = await pool.query('SELECT role FROM internal_users WHERE login_id = $1', [persona(name).sub]);
    expect(rows).toEqual([{ role }]);
  });

  test('a subject names one registry only', async () => {
    for (const p of personas) {
      const { rows } = await pool.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM staff WHERE login_id = $1)
              + (SELECT count(*) FROM emergency_ids WHERE login_id = $1)
              + (SELECT count(*) FROM internal_users WHERE login_id = $1)
              + (SELECT count(*) FROM people WHERE id::text = $1) AS n`,
        [p.sub],
      );
      expect(Number(rows[0]!.n)).toBe(1);
    }
  });

  test.each([
    ["role 'ADMIN'", [9, 'internal-admin-01', '管理 者', 'ADMIN']],
    ['a login id like a person id', [9, '93503fec-f14d-811e-a5ec-f00000000004', '某 某', 'ANALYST']],
    ['a login id like a staff login', [9, '0110000007-01', '某 某', 'ANALYST']],
    ['a login id taken', [9, 'internal-analyst-01', '某 某', 'ANALYST']],
  ])('the table refuses %s', async (_label, row) => {
    await expect(pool.query('INSERT INTO internal_users (id, login_id, name, role) VALUES ($1, $2, $3, $4)', row)).rejects.toThrow(/violates/);
  });
});
