import { SubgraphSeeder, TableSpec } from '../../../data/src/seeder';
import { Story } from '../../../data/src/story';
import { ageOn } from '../../../data/src/world';
import { assembleClaims, drugPoints, materialPoints, procedurePoints, totalPointsOf } from './claim-assembly';
import { insurerTypeOf } from './insurer-type';
import { publicExpensesFor } from './public-expenses';
import { remarksOf } from './remarks';

export const RECEIPTS_SCHEMA = 'receipts';

export const RECEIPTS_TABLES: readonly TableSpec[] = [
  {
    table: 'claims',
    columns: [
      'id', 'person_id', 'treatment_month', 'claim_type', 'prefecture_code', 'institution_code', 'institution_name',
      'institution_address', 'insurer_type', 'insurer_number', 'benefit_ratio', 'insured_symbol', 'insured_number',
      'insured_branch', 'relationship', 'patient_name', 'patient_sex', 'patient_birth_date', 'treatment_start_date',
      'outcome', 'actual_days', 'total_points', 'meal_count', 'meal_amount_yen', 'last_visit_date',
    ],
  },
  { table: 'claim_public_expenses', columns: ['claim_id', 'seq', 'payer_number', 'recipient_number', 'points'] },
  { table: 'claim_diagnoses', columns: ['claim_id', 'seq', 'code', 'name', 'start_date', 'outcome', 'told', 'is_primary'] },
  { table: 'claim_procedures', columns: ['claim_id', 'seq', 'section', 'code', 'name', 'count', 'points', 'care_category'] },
  { table: 'claim_drugs', columns: ['claim_id', 'seq', 'code', 'name', 'quantity', 'unit', 'points'] },
  { table: 'claim_materials', columns: ['claim_id', 'seq', 'code', 'name', 'quantity', 'points'] },
  { table: 'claim_remarks', columns: ['claim_id', 'seq', 'kind', 'text', 'item_code'] },
];

/** Claim ids are person index × 1000 + k (k = 1..999), so a person's claims are found and regenerated alone. */
export const CLAIMS_PER_PERSON_LIMIT = 999;
export const claimIdOf = (personIndex: number, k: number): number => personIndex * 1000 + k;

/** 食事療養 standard charge per meal, in yen. */
export const MEAL_YEN = 460;

/** Generates the receipts schema's rows from each person's story; there is no reference data. */
export const receiptsSeeder: SubgraphSeeder = {
  schema: RECEIPTS_SCHEMA,
  tables: RECEIPTS_TABLES,
  reference: () => undefined,
  person(story: Story, emit) {
    const person = story.person;
    const claims = assembleClaims(story);
    if (claims.length > CLAIMS_PER_PERSON_LIMIT) throw new Error(`person ${person.index} has ${claims.length} claims, more than ids allow`);
    for (let k = 0; k < claims.length; k++) {
      const claim = claims[k]!;
      const id = claimIdOf(person.index, k + 1);
      const q = claim.qualification;
      const insurerType = insurerTypeOf(q.insurerNumber);
      if (!insurerType) throw new Error(`insurer number ${q.insurerNumber} has no known 法別番号`);
      const totalPoints = totalPointsOf(claim);
      const institution = claim.institution;
      emit('claims', [
        id, person.id, claim.month, claim.claimType, institution.prefectureCode, institution.code, institution.name,
        institution.address, insurerType, q.insurerNumber, q.benefitRatio, q.symbol === '' ? null : q.symbol, q.number,
        q.branch, q.relationship, person.nameKanji, person.sex, person.birthDate, claim.treatmentStartDate,
        claim.outcome, claim.actualDays, totalPoints, claim.mealCount, claim.mealCount * MEAL_YEN, claim.lastVisitDate,
      ]);
      const expenses = publicExpensesFor(person, {
        dialysis: claim.procedures.some((p) => p.procedure.careCategory === 'DIALYSIS'),
        ageAtFirstVisit: ageOn(person.birthDate, claim.firstVisitDate),
        totalPoints,
      });
      for (let i = 0; i < expenses.length; i++) {
        const e = expenses[i]!;
        emit('claim_public_expenses', [id, i + 1, e.payerNumber, e.recipientNumber, e.points]);
      }
      for (let i = 0; i < claim.diagnoses.length; i++) {
        const d = claim.diagnoses[i]!;
        emit('claim_diagnoses', [id, i + 1, d.diagnosis.code, d.diagnosis.name, d.startDate, d.outcome, d.told, i === 0]);
      }
      for (let i = 0; i < claim.procedures.length; i++) {
        const p = claim.procedures[i]!;
        emit('claim_procedures', [id, i + 1, p.procedure.section, p.procedure.code, p.procedure.name, p.count, procedurePoints(p), p.procedure.careCategory]);
      }
      for (let i = 0; i < claim.drugs.length; i++) {
        const d = claim.drugs[i]!;
        emit('claim_drugs', [id, i + 1, d.drug.code, d.drug.name, d.quantity, d.drug.unit, drugPoints(d)]);
      }
      for (let i = 0; i < claim.materials.length; i++) {
        const m = claim.materials[i]!;
        emit('claim_materials', [id, i + 1, m.material.code, m.material.name, m.quantity, materialPoints(m)]);
      }
      const remarks = remarksOf(claim, id);
      for (let i = 0; i < remarks.length; i++) {
        const r = remarks[i]!;
        emit('claim_remarks', [id, i + 1, r.kind, r.text, r.itemCode]);
      }
    }
  },
};
