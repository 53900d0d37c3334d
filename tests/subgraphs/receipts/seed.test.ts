import {
  institutionCodeProblem, insurerNumberProblem, publicExpensePayerNumberProblem, receiptCodeProblem, recipientNumberProblem,
} from '../../../common/src/identifiers';
import { CopyValue } from '../../../data/src/seeder';
import { Story, storyOf } from '../../../data/src/story';
import { World } from '../../../data/src/world';
import { MEAL_YEN, RECEIPTS_TABLES, receiptsSeeder } from '../../../subgraphs/receipts/src/seed';
import { CLINIC, dialysisVisit, personWith, storyOfVisits, visit } from './story-fixtures';

type Rows = Map<string, Array<Record<string, CopyValue>>>;

/** Runs the seeder and returns its rows by table, each as column → value. */
function seed(stories: readonly Story[]): Rows {
  const rows: Rows = new Map(RECEIPTS_TABLES.map((t) => [t.table, []]));
  for (const story of stories) {
    receiptsSeeder.person(story, (table, row) => {
      const spec = RECEIPTS_TABLES.find((t) => t.table === table)!;
      if (row.length !== spec.columns.length) throw new Error(`${table}: ${row.length} values for ${spec.columns.length} columns`);
      rows.get(table)!.push(Object.fromEntries(spec.columns.map((c, i) => [c, row[i]!])));
    });
  }
  return rows;
}

const world = new World({ seed: 11, people: 300, asOf: '2025-06-30' });
const stories = Array.from({ length: 300 }, (_, i) => storyOf(world, world.person(i)));
const rows = seed(stories);
const table = (name: string) => rows.get(name)!;
const byClaim = (name: string) => {
  const map = new Map<CopyValue, Array<Record<string, CopyValue>>>();
  for (const row of table(name)) (map.get(row.claim_id!) ?? map.set(row.claim_id!, []).get(row.claim_id!)!).push(row);
  return map;
};

describe('receiptsSeeder on a generated world', () => {
  test('generates claims and every kind of line', () => {
    for (const t of RECEIPTS_TABLES) expect(table(t.table).length).toBeGreaterThan(0);
  });

  test('makes one claim per person, institution and treatment month', () => {
    const keys = table('claims').map((c) => `${c.person_id} ${c.institution_code} ${c.treatment_month}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('numbers claims person index × 1000 + 1, 2, 3 …', () => {
    const byPerson = new Map<CopyValue, number[]>();
    for (const c of table('claims')) (byPerson.get(c.person_id!) ?? byPerson.set(c.person_id!, []).get(c.person_id!)!).push(Number(c.id));
    for (const story of stories) {
      const ids = byPerson.get(story.person.id) ?? [];
      expect(ids).toEqual(ids.map((_, k) => story.person.index * 1000 + k + 1));
    }
  });

  test('totals equal the sum of the procedure, drug and material points', () => {
    const lines = ['claim_procedures', 'claim_drugs', 'claim_materials'].map(byClaim);
    for (const claim of table('claims')) {
      const sum = lines.flatMap((m) => m.get(claim.id!) ?? []).reduce((total, line) => total + Number(line.points), 0);
      expect(claim.total_points).toBe(sum);
    }
  });

  test('uses 7-digit diagnosis codes and 9-digit procedure, drug and material codes', () => {
    for (const d of table('claim_diagnoses')) expect(receiptCodeProblem(String(d.code), 7)).toBeNull();
    for (const name of ['claim_procedures', 'claim_drugs', 'claim_materials']) {
      for (const line of table(name)) expect(receiptCodeProblem(String(line.code), 9)).toBeNull();
    }
  });

  test('gives public expenses valid payer and recipient numbers', () => {
    for (const e of table('claim_public_expenses')) {
      expect(publicExpensePayerNumberProblem(String(e.payer_number))).toBeNull();
      expect(recipientNumberProblem(String(e.recipient_number))).toBeNull();
    }
  });

  test('gives claims valid institution codes and insurer numbers', () => {
    for (const c of table('claims')) {
      expect(institutionCodeProblem(String(c.institution_code))).toBeNull();
      expect(insurerNumberProblem(String(c.insurer_number))).toBeNull();
    }
  });

  test('marks exactly the first diagnosis of each claim as primary', () => {
    for (const lines of byClaim('claim_diagnoses').values()) expect(lines.map((d) => d.is_primary)).toEqual(lines.map((_, i) => i === 0));
  });

  test('lists every billed drug and material in the remarks', () => {
    const remarks = byClaim('claim_remarks');
    for (const name of ['claim_drugs', 'claim_materials']) {
      for (const line of table(name)) {
        expect(remarks.get(line.claim_id!)).toContainEqual(expect.objectContaining({ kind: 'BILLED_ITEM', text: line.name, item_code: line.code }));
      }
    }
  });

  test(`charges ${MEAL_YEN} yen a meal`, () => {
    for (const c of table('claims')) expect(c.meal_amount_yen).toBe(Number(c.meal_count) * MEAL_YEN);
  });

  test('is deterministic', () => {
    const sameWorld = new World({ seed: 11, people: 300, asOf: '2025-06-30' });
    const again = Array.from({ length: 50 }, (_, i) => storyOf(sameWorld, sameWorld.person(i)));
    expect(seed(again)).toEqual(seed(stories.slice(0, 50)));
  });
});

describe('receiptsSeeder public expenses', () => {
  test.each<[string, Story, string[]]>([
    ['dialysis is covered by 更生医療 (法別15)', storyOfVisits([dialysisVisit('2024-05-02')]), ['15']],
    ['a preschool child is covered by 乳幼児医療 (法別88)', storyOfVisits([visit('2024-05-02', CLINIC)], personWith({ birthDate: '2020-01-01' })), ['88']],
    ['a child aged 6 is not', storyOfVisits([visit('2024-05-02', CLINIC)], personWith({ birthDate: '2018-05-01' })), []],
    ['an adult outpatient is not', storyOfVisits([visit('2024-05-02', CLINIC)]), []],
  ])('%s', (_name, story, lawNumbers) => {
    const seeded = seed([story]);
    const claim = seeded.get('claims')![0]!;
    const expenses = seeded.get('claim_public_expenses')!;
    expect(expenses.map((e) => String(e.payer_number).slice(0, 2))).toEqual(lawNumbers);
    for (const e of expenses) expect(e.points).toBe(claim.total_points);
  });
});
