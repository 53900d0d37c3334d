import { EligibilityHarness, counted, startEligibility } from './harness';

/** Federation entity references (_entities) as the gateway sends them: many at once, batched. */
let harness: EligibilityHarness;
beforeAll(async () => {
  harness = await startEligibility();
});
afterAll(async () => {
  await harness.close();
});

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Institution { code name kind terminals { id kind label } staff { id name qualification institution { code } } }
  ... on Person { id personName: name { kanji } birthDate currentQualification(asOf: "2026-11-01") { id insurer { name } } qualifications(first: 2) { totalCount nodes { id } } cardCertificates { kind active } }
  ... on Insurer { number name type }
} }`;

type Entity = Record<string, unknown> | null;

async function entities(representations: Array<Record<string, string>>): Promise<{ entities: Entity[]; statements: number }> {
  const { response, statements } = await counted(harness, () => harness.query<{ _entities: Entity[] }>(ENTITIES, { representations }));
  expect(response.errors).toBeUndefined();
  return { entities: response.data!._entities, statements };
}

async function institutionCodes(limit: number): Promise<string[]> {
  const { rows } = await harness.pool.query<{ code: string }>(`SELECT code FROM institutions ORDER BY code LIMIT $1`, [limit]);
  expect(rows).toHaveLength(limit);
  return rows.map((r) => r.code);
}

async function personIds(limit: number): Promise<string[]> {
  const { rows } = await harness.pool.query<{ id: string }>(`SELECT id::text FROM people ORDER BY id LIMIT $1`, [limit]);
  return rows.map((r) => r.id);
}

describe('_entities', () => {
  test('50 Institution references are resolved with one SQL statement', async () => {
    const codes = await institutionCodes(50);
    const { response, statements } = await counted(harness, () =>
      harness.query<{ _entities: Array<{ code: string; name: string }> }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Institution { code name } } }`,
        { r: codes.map((code) => ({ __typename: 'Institution', code })) },
      ),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities.map((e) => e.code)).toEqual(codes);
    expect(statements).toBe(1);
  });

  test('50 Institutions with their terminals and staff (and each staff member’s institution) cost three statements', async () => {
    const codes = await institutionCodes(50);
    const { entities: found, statements } = await entities(codes.map((code) => ({ __typename: 'Institution', code })));
    expect(statements).toBe(3);
    for (const [i, entity] of found.entries()) {
      const institution = entity as { code: string; terminals: unknown[]; staff: Array<{ institution: { code: string } }> };
      expect(institution.code).toBe(codes[i]);
      expect(institution.terminals.length).toBeGreaterThan(0);
      expect(institution.staff.every((s) => s.institution.code === codes[i])).toBe(true);
    }
  });

  test('Person references: the statement count does not grow with the number of persons', async () => {
    const few = await entities((await personIds(5)).map((id) => ({ __typename: 'Person', id })));
    const many = await entities((await personIds(100)).map((id) => ({ __typename: 'Person', id })));
    expect(many.entities).toHaveLength(100);
    expect(many.entities.every((e) => e !== null)).toBe(true);
    expect(many.statements).toBe(few.statements);
    // person, current qualification, its insurer, the qualification page, its count, certificates
    expect(many.statements).toBe(6);
  });

  test('references that do not exist resolve to null without failing the others', async () => {
    const [code] = await institutionCodes(1);
    const { entities: found } = await entities([
      { __typename: 'Institution', code: code! },
      { __typename: 'Institution', code: '1311234567' },
      { __typename: 'Person', id: 'not-a-person-id' },
      { __typename: 'Person', id: '00000000-0000-8000-a000-ffffffffffff' },
    ]);
    expect(found.map((e) => (e === null ? null : Object.values(e)[0]))).toEqual([code, null, null, null]);
  });

  test('Insurer references are batched too', async () => {
    const { rows } = await harness.pool.query<{ number: string }>(`SELECT number FROM insurers ORDER BY number LIMIT 30`);
    const { entities: found, statements } = await entities(rows.map((r) => ({ __typename: 'Insurer', number: r.number })));
    expect(found.map((e) => (e as { number: string }).number)).toEqual(rows.map((r) => r.number));
    expect(statements).toBe(1);
  });
});
