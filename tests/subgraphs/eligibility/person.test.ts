import { AS_OF, EligibilityHarness, counted, startEligibility } from './harness';

/** The Person entity: identity, address, qualification history (paged), current qualification, certificates. */
let harness: EligibilityHarness;
beforeAll(async () => {
  harness = await startEligibility();
});
afterAll(async () => {
  await harness.close();
});

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; acquiredOn: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const PAGE = `query($id: ID!, $first: Int, $after: String) { person(id: $id) { qualifications(first: $first, after: $after) {
  totalCount edges { cursor node { id acquiredOn } } pageInfo { hasNextPage endCursor } } } }`;

async function page(id: string, first: number, after: string | null): Promise<Page> {
  const response = await harness.query<{ person: { qualifications: Page } }>(PAGE, { id, first, after });
  expect(response.errors).toBeUndefined();
  return response.data!.person.qualifications;
}

async function personWithTwoQualifications(): Promise<{ id: string; ids: string[] }> {
  const { rows } = await harness.pool.query<{ person_id: string; ids: string[] }>(
    `SELECT person_id::text, array_agg(id::text ORDER BY acquired_on DESC, id DESC) AS ids FROM qualifications GROUP BY person_id HAVING count(*) = 2 ORDER BY person_id LIMIT 1`,
  );
  return { id: rows[0]!.person_id, ids: rows[0]!.ids };
}

describe('Person.qualifications', () => {
  test('pages newest first: first:1, then after the end cursor, then the end', async () => {
    const person = await personWithTwoQualifications();
    const first = await page(person.id, 1, null);
    expect(first.totalCount).toBe(2);
    expect(first.edges.map((e) => e.node.id)).toEqual([person.ids[0]]);
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[0]!.cursor });

    const second = await page(person.id, 1, first.pageInfo.endCursor);
    expect(second.edges.map((e) => e.node.id)).toEqual([person.ids[1]]);
    expect(second.edges[0]!.node.acquiredOn < first.edges[0]!.node.acquiredOn).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const beyond = await page(person.id, 1, second.pageInfo.endCursor);
    expect(beyond.edges).toEqual([]);
    expect(beyond.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  test('the history of many persons in one request is one statement (plus one for the persons)', async () => {
    const { rows } = await harness.pool.query<{ id: string }>(`SELECT id::text FROM people ORDER BY id LIMIT 40`);
    const { response, statements } = await counted(harness, () =>
      harness.query<{ _entities: Array<{ qualifications: { nodes: unknown[] } }> }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { qualifications(first: 1) { nodes { id } } } } }`,
        { r: rows.map((r) => ({ __typename: 'Person', id: r.id })) },
      ),
    );
    expect(response.data!._entities.every((p) => p.qualifications.nodes.length === 1)).toBe(true);
    expect(statements).toBe(2);
  });
});

describe('Person', () => {
  test('serves name, sex, birth date and address as loaded, and never a certificate serial', async () => {
    const { rows } = await harness.pool.query<{ id: string; name_kanji: string; birth_date: string; postal_code: string; municipality: string; address_line: string }>(
      `SELECT id::text, name_kanji, birth_date::text, postal_code, municipality, address_line FROM people WHERE prefecture_code = '13' ORDER BY id LIMIT 1`,
    );
    const expected = rows[0]!;
    const response = await harness.query<{ person: Record<string, unknown> }>(
      `query($id: ID!) { person(id: $id) { id name { kanji kana } sex birthDate address { postalCode prefectureCode prefecture municipality line } } }`,
      { id: expected.id.toUpperCase() },
    );
    expect(response.data!.person).toMatchObject({
      id: expected.id,
      name: { kanji: expected.name_kanji },
      birthDate: expected.birth_date,
      address: { postalCode: expected.postal_code, prefectureCode: '13', prefecture: '東京都', municipality: expected.municipality, line: expected.address_line },
    });

    const serial = await harness.query(`query($id: ID!) { person(id: $id) { cardCertificates { serial } } }`, { id: expected.id });
    expect(serial.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('an unknown person id is null, not an error', async () => {
    const response = await harness.query(`{ person(id: "00000000-0000-8000-a000-ffffffffffff") { id } }`);
    expect(response).toMatchObject({ data: { person: null } });
    expect(response.errors).toBeUndefined();
  });

  test('currentQualification follows asOf: the newer one now, the previous one before the change', async () => {
    const { rows } = await harness.pool.query<{ person_id: string; previous: string; current: string; changed_on: string }>(
      `SELECT q.person_id::text, q.id::text AS previous, n.id::text AS current, q.lost_on::text AS changed_on
       FROM qualifications q JOIN qualifications n ON n.person_id = q.person_id AND n.acquired_on = q.lost_on AND n.lost_on IS NULL
       ORDER BY q.id LIMIT 1`,
    );
    const change = rows[0]!;
    const response = await harness.query<{ person: { now: { id: string }; before: { id: string } } }>(
      `query($id: ID!, $now: Date, $before: Date) { person(id: $id) { now: currentQualification(asOf: $now) { id } before: currentQualification(asOf: $before) { id } } }`,
      { id: change.person_id, now: AS_OF, before: new Date(Date.parse(`${change.changed_on}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) },
    );
    expect(response.data!.person).toEqual({ now: { id: change.current }, before: { id: change.previous } });
  });

  test('cardCertificates shows kind and dates, active while unexpired and unrevoked', async () => {
    const { rows } = await harness.pool.query<{ person_id: string; count: number }>(
      `SELECT person_id::text, count(*)::int AS count FROM card_certificates GROUP BY person_id HAVING count(*) = 2 ORDER BY person_id LIMIT 1`,
    );
    const holder = rows[0]!;
    await harness.pool.query(`UPDATE card_certificates SET revoked_on = '2020-01-01' WHERE person_id = $1 AND kind = 'SMARTPHONE'`, [holder.person_id]);
    const response = await harness.query<{ person: { cardCertificates: Array<{ kind: string; issuedOn: string; expiresOn: string; active: boolean }> } }>(
      `query($id: ID!) { person(id: $id) { cardCertificates { kind issuedOn expiresOn active } } }`,
      { id: holder.person_id },
    );
    const certificates = response.data!.person.cardCertificates;
    expect(certificates.map((c) => c.kind).sort()).toEqual(['CARD', 'SMARTPHONE']);
    expect(certificates.find((c) => c.kind === 'SMARTPHONE')!.active).toBe(false);
  });
});

describe('Institution and Insurer queries', () => {
  test('institution by code with its terminals and staff; insurer by number', async () => {
    const { rows } = await harness.pool.query<{ code: string; name: string }>(`SELECT code, name FROM institutions WHERE kind = 'HOSPITAL' ORDER BY code LIMIT 1`);
    const hospital = rows[0]!;
    const response = await harness.query<{ institution: { name: string; kind: string; terminals: Array<{ kind: string }>; staff: Array<{ qualification: string }> }; insurer: unknown }>(
      `query($code: String!) { institution(code: $code) { name kind terminals { id kind label } staff { id name qualification } } insurer(number: "01130012") { number name type prefectureCode } }`,
      { code: hospital.code },
    );
    expect(response.data!.institution).toMatchObject({ name: hospital.name, kind: 'HOSPITAL' });
    expect(response.data!.institution.terminals.some((t) => t.kind === 'EXAMINATION_ROOM')).toBe(true);
    expect(response.data!.institution.staff.filter((s) => s.qualification === 'PHYSICIAN').length).toBeGreaterThanOrEqual(3);
    expect(response.data!.insurer).toEqual({ number: '01130012', name: '全国健康保険協会東京支部', type: 'KYOKAI_KENPO', prefectureCode: '13' });
  });
});
