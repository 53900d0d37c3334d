import { CopyValue } from '../../../data/src/seeder';
import { Story } from '../../../data/src/story';
import { RECEIPTS_TABLES, receiptsSeeder } from '../../../subgraphs/receipts/src/seed';
import { ClaimJson } from './queries';

type Row = Record<string, CopyValue>;

/**
 * What the subgraph should answer for a person's claims, derived from the rows the seeder
 * generates for the person's story (not from the database): newest month first, every field.
 */
export function expectedClaimsOf(story: Story): ClaimJson[] {
  const tables = new Map<string, Row[]>(RECEIPTS_TABLES.map((t) => [t.table, []]));
  receiptsSeeder.person(story, (table, values) => {
    const spec = RECEIPTS_TABLES.find((t) => t.table === table)!;
    tables.get(table)!.push(Object.fromEntries(spec.columns.map((c, i) => [c, values[i]!])));
  });
  const linesOf = (table: string, claimId: CopyValue) => tables.get(table)!.filter((line) => line.claim_id === claimId);
  return tables
    .get('claims')!
    .map((c) => ({
      id: String(c.id),
      treatmentMonth: String(c.treatment_month),
      claimType: c.claim_type,
      prefectureCode: c.prefecture_code,
      institutionCode: c.institution_code,
      institution: { code: c.institution_code },
      institutionName: c.institution_name,
      institutionAddress: c.institution_address,
      insurer: { type: c.insurer_type, number: c.insurer_number, benefitRatio: c.benefit_ratio },
      insured: { symbol: c.insured_symbol, number: c.insured_number, branch: c.insured_branch, relationship: c.relationship },
      publicExpenses: linesOf('claim_public_expenses', c.id).map((e) => ({
        lawNumber: String(e.payer_number).slice(0, 2), payerNumber: e.payer_number, recipientNumber: e.recipient_number, points: e.points,
      })),
      patientName: c.patient_name,
      patientSex: c.patient_sex,
      patientBirthDate: c.patient_birth_date,
      diagnoses: linesOf('claim_diagnoses', c.id).map((d) => ({
        code: d.code, name: d.name, startDate: d.start_date, outcome: d.outcome, toldToPatient: d.told, primary: d.is_primary,
      })),
      treatmentStartDate: c.treatment_start_date,
      outcome: c.outcome,
      actualDays: c.actual_days,
      procedures: linesOf('claim_procedures', c.id).map((p) => ({
        section: p.section, code: p.code, name: p.name, count: p.count, points: p.points, careCategory: p.care_category,
      })),
      drugs: linesOf('claim_drugs', c.id).map((d) => ({ code: d.code, name: d.name, quantity: d.quantity, unit: d.unit, points: d.points })),
      materials: linesOf('claim_materials', c.id).map((m) => ({ code: m.code, name: m.name, quantity: m.quantity, points: m.points })),
      totalPoints: Number(c.total_points),
      meals: { count: c.meal_count, amountYen: c.meal_amount_yen },
      remarks: linesOf('claim_remarks', c.id).map((r) => ({ kind: r.kind, text: r.text, itemCode: r.item_code })),
      person: { id: c.person_id },
      lastVisitDate: c.last_visit_date,
    }))
    .sort((a, b) => (a.treatmentMonth === b.treatmentMonth ? Number(b.id) - Number(a.id) : a.treatmentMonth < b.treatmentMonth ? 1 : -1));
}

/** The expected claim as the ClaimFields fragment selects it (without the visit-only date). */
export const asSelected = ({ lastVisitDate: _lastVisitDate, ...claim }: ClaimJson): ClaimJson => claim;
