import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { ANALYST, AnalyticsHarness, insertRows, startAnalyticsHarness } from './harness';

/**
 * Emergency and disaster accesses by day (Japan) and the prefecture of the accessing institution,
 * counted from crafted access events, small cells suppressed as every other aggregate.
 */

const DAY = '2026-10-30';
const NEXT_DAY = '2026-10-31';
const HASH = 'a'.repeat(64);

interface Crafted {
  readonly at: string;
  readonly institution: string;
  readonly basis: string | null;
  readonly count: number;
}

/** 13 (東京都) and 04 (宮城県) on DAY; an event at 00:30 in Japan counts on the next day. */
const CRAFTED: readonly Crafted[] = [
  { at: `${DAY}T10:00:00+09:00`, institution: '1310000001', basis: 'EMERGENCY_NO_CARD', count: 12 },
  { at: `${DAY}T11:00:00+09:00`, institution: '1310000001', basis: 'EMERGENCY_WITH_CARD', count: 15 },
  { at: `${DAY}T12:00:00+09:00`, institution: '0410000129', basis: 'DISASTER', count: 20 },
  { at: `${DAY}T13:00:00+09:00`, institution: '0410000129', basis: 'EMERGENCY_NO_CARD', count: 3 },
  // Not counted: a consent, and a read under no basis.
  { at: `${DAY}T14:00:00+09:00`, institution: '1310000001', basis: 'CONSENT', count: 40 },
  { at: `${DAY}T14:00:00+09:00`, institution: '1310000001', basis: null, count: 40 },
  { at: `${NEXT_DAY}T00:30:00+09:00`, institution: '1310000001', basis: 'EMERGENCY_NO_CARD', count: 11 },
];

async function insertEvents(sql: Pool): Promise<void> {
  await sql.query("SELECT audit.ensure_partitions('2026-10-01T00:00:00Z', '2026-12-01T00:00:00Z')");
  const chain = randomUUID();
  let seq = 0;
  const rows = CRAFTED.flatMap((c) =>
    Array.from({ length: c.count }, () => ({
      id: randomUUID(), chain_id: chain, seq: ++seq, prev_hash: HASH, hash: HASH, recorded_at: c.at, request_id: randomUUID(), user_id: `${c.institution}-E01`,
      role: 'PHYSICIAN', qualification: 'PHYSICIAN', institution_code: c.institution, terminal_id: '1', terminal_kind: 'EMERGENCY_ONLY', basis: c.basis,
      purpose_of_use: c.basis === null || c.basis === 'CONSENT' ? 'TREAT' : 'ETREAT', person_id: randomUUID(), categories: ['ELIGIBILITY'],
      fields: { served: {}, withheld: {} }, outcome: 'ALLOWED', deny_reasons: [],
    })),
  );
  await insertRows(sql, 'audit.access_events', rows);
}

type Count = { value: number | null; suppressed: boolean };
type Row = { prefectureCode: string | null; accesses: Count; emergencyWithCard: Count; emergencyNoCard: Count; disaster: Count };
const QUERY = `query($day: Date!, $by: [AccessDimension!]!, $filter: AccessFilter) {
  emergencyAndDisasterAccesses(day: $day, by: $by, filter: $filter) {
    day by refreshedAt
    rows { prefectureCode prefecture accesses { value suppressed } emergencyWithCard { value suppressed percent } emergencyNoCard { value suppressed } disaster { value suppressed } }
  }
}`;
const CELLS = ['accesses', 'emergencyWithCard', 'emergencyNoCard', 'disaster'] as const;

describe('emergency and disaster accesses by day and prefecture', () => {
  let harness: AnalyticsHarness;
  const rowsOf = async (day: string, by: string[], filter?: Record<string, string>): Promise<Row[]> => {
    const response = await harness.query<{ emergencyAndDisasterAccesses: { rows: Row[] } }>(QUERY, { day, by, filter }, ANALYST);
    expect(response.errors).toBeUndefined();
    return response.data!.emergencyAndDisasterAccesses.rows;
  };

  beforeAll(async () => {
    harness = await startAnalyticsHarness(insertEvents);
  });
  afterAll(async () => harness?.close());

  it('counts the access events under each basis nationally, the consents and unflagged reads left out', async () => {
    const [national] = await rowsOf(DAY, []);
    expect(national).toMatchObject({ prefectureCode: null, accesses: { value: 50 }, emergencyWithCard: { value: 15 }, emergencyNoCard: { value: 15 }, disaster: { value: 20 } });
  });

  it('by the prefecture of the accessing institution, a count under 10 withheld, and another with it so that it cannot be worked out', async () => {
    const rows = await rowsOf(DAY, ['PREFECTURE']);
    expect(rows.map((row) => row.prefectureCode)).toEqual(['04', '13']);
    const miyagi = rows.find((row) => row.prefectureCode === '04')!;
    const tokyo = rows.find((row) => row.prefectureCode === '13')!;
    // 3 under no card in 宮城県, and the zeros: withheld.
    expect([miyagi.emergencyNoCard, miyagi.emergencyWithCard, tokyo.disaster].map((count) => count.value)).toEqual([null, null, null]);
    expect(miyagi.emergencyNoCard.suppressed).toBe(true);
    // Secondary suppression: no row and no column of the table has a single withheld cell (it would be its total less the others).
    const [national] = await rowsOf(DAY, []);
    for (const row of rows) expect(CELLS.filter((cell) => row[cell].suppressed)).not.toHaveLength(1);
    for (const cell of CELLS) expect([national!, ...rows].filter((row) => row[cell].suppressed)).not.toHaveLength(1);
    // What is shown is the true count.
    for (const [row, cell, truth] of [[tokyo, 'emergencyNoCard', 12], [tokyo, 'emergencyWithCard', 15], [miyagi, 'disaster', 20]] as const) {
      if (!row[cell].suppressed) expect(row[cell].value).toBe(truth);
    }
  });

  it('a prefecture alone by filter, and the days in Japan: an event at 00:30 counts on its day', async () => {
    expect((await rowsOf(DAY, [], { prefectureCode: '13' })).map((row) => row.prefectureCode)).toEqual(['13']);
    const [next] = await rowsOf(NEXT_DAY, []);
    expect(next!.emergencyNoCard.value).toBe(11);
    const status = await harness.query<{ analyticsStatus: { accessDays: string[] } }>('{ analyticsStatus { accessDays } }', {}, ANALYST);
    expect(status.data!.analyticsStatus.accessDays).toEqual([DAY, NEXT_DAY]);
  });

  it('is the analysts\': the operator and a physician are ROLE_NOT_PERMITTED', async () => {
    for (const caller of [{ role: 'OPERATOR' as const }, { role: 'PHYSICIAN' as const, qualification: 'PHYSICIAN' as const, institutionCode: '1310000001' }]) {
      const response = await harness.query(QUERY, { day: DAY, by: [] }, caller);
      expect(response.errors?.map((error) => error.extensions?.reason)).toContain('ROLE_NOT_PERMITTED');
      expect(JSON.stringify(response.data)).not.toContain('"value":');
    }
  });

  it('refuses a malformed day or prefecture with BAD_USER_INPUT', async () => {
    for (const variables of [{ day: '2026-13-01', by: [] }, { day: DAY, by: [], filter: { prefectureCode: '48' } }]) {
      const response = await harness.query(QUERY, variables, ANALYST);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
