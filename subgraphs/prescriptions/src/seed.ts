import { ALL_DRUGS, DrugMaster } from '../../../data/src/masters';
import { Rng } from '../../../data/src/rng';
import { Emit, SubgraphSeeder, TableSpec } from '../../../data/src/seeder';
import { PrescribedDrug, Story, Visit } from '../../../data/src/story';
import { Institution, World } from '../../../data/src/world';
import { addDays, daysBetween } from '../../../common/src/japan-calendar';
import { ElectronicPrescriptionStatus } from './generated/resolvers';

/** Electronic prescriptions started on 2023-01-26 (seed: ACTION 2). */
export const ELECTRONIC_PRESCRIPTION_LAUNCH = '2023-01-26';

/** 処方箋の使用期間: the issue day and the three days after it. */
export const PRESCRIPTION_VALID_DAYS = 4;

/** Dispensing and e-prescription ids are person index * 1000 + a running number from 1. */
export const IDS_PER_PERSON = 1000;

export const PRESCRIPTION_TABLES: readonly TableSpec[] = [
  { table: 'drugs', columns: ['code', 'name', 'ingredient_code', 'ingredient_name', 'route', 'as_needed', 'drug_class', 'unit'] },
  {
    table: 'electronic_prescriptions',
    columns: ['id', 'person_id', 'issued_on', 'issuing_institution_code', 'issuing_institution_name', 'status', 'dispensed_on', 'dispensing_institution_code', 'dispensing_institution_name'],
  },
  { table: 'electronic_prescription_items', columns: ['prescription_id', 'seq', 'drug_code', 'drug_name', 'daily_quantity', 'days', 'as_needed'] },
  {
    table: 'dispensings',
    columns: [
      'id', 'person_id', 'dispensed_on', 'drug_code', 'drug_name', 'quantity', 'unit', 'days', 'daily_quantity',
      'dispensing_institution_code', 'dispensing_institution_name', 'prescribing_institution_code', 'prescribing_institution_name',
      'prescribed_on', 'electronic_prescription_id',
    ],
  },
];

/** A sequence of ids for one person: index * 1000 + 1, + 2, ... */
function idSequence(personIndex: number, what: string): () => number {
  let next = 1;
  return () => {
    if (next >= IDS_PER_PERSON) throw new Error(`person ${personIndex} has more than ${IDS_PER_PERSON - 1} ${what}`);
    return personIndex * IDS_PER_PERSON + next++;
  };
}

/**
 * What became of an e-prescription by the data set's date, given one uniform draw `roll` in
 * [0, 1): not yet dispensed on that date, or still valid and the patient has not been to the
 * pharmacy (30%), → ISSUED; 3% CANCELLED; once the validity has passed, 5% EXPIRED with no
 * dispensing; otherwise DISPENSED.
 */
export function electronicStatus(issuedOn: string, dispensedOn: string, asOf: string, roll: number): ElectronicPrescriptionStatus {
  const stillValid = daysBetween(issuedOn, asOf) < PRESCRIPTION_VALID_DAYS;
  if (dispensedOn > asOf) return 'ISSUED';
  if (stillValid && roll < 0.3) return 'ISSUED';
  if (roll >= 0.3 && roll < 0.33) return 'CANCELLED';
  if (!stillValid && roll >= 0.33 && roll < 0.38) return 'EXPIRED';
  return 'DISPENSED';
}

const drugRow = (drug: DrugMaster) =>
  [drug.code, drug.name, drug.ingredientCode, drug.ingredientName, drug.route, drug.asNeeded, drug.drugClass, drug.unit] as const;

/**
 * Medication information (薬剤情報) and e-prescriptions from each person's story: the drugs
 * prescribed at a visit are dispensed in house by the institution on the day, otherwise at
 * the visit's pharmacy on the day or one or two days later (unless that is after the data
 * set's date, or the e-prescription was never used). About half of the out-of-house
 * prescriptions since the launch are electronic. The data set's date (`asOf`) comes from the
 * world given to `reference`, which the loader calls first.
 */
export class PrescriptionsSeeder implements SubgraphSeeder {
  readonly schema = 'prescriptions';
  readonly tables = PRESCRIPTION_TABLES;
  private asOf: string | null = null;

  reference(world: World, emit: Emit): void {
    this.asOf = world.options.asOf;
    for (const drug of ALL_DRUGS) emit('drugs', drugRow(drug));
  }

  person(story: Story, emit: Emit): void {
    const asOf = this.asOf;
    if (asOf === null) throw new Error('the prescriptions seeder needs the world (reference) before people: it dates e-prescription statuses by the data set date');
    const { person } = story;
    const rng = new Rng(`prescriptions:${person.id}`);
    const nextDispensingId = idSequence(person.index, 'dispensings');
    const nextPrescriptionId = idSequence(person.index, 'e-prescriptions');

    const dispense = (visit: Visit, drug: PrescribedDrug, dispensedOn: string, pharmacy: Institution, electronicPrescriptionId: number | null): void => {
      emit('dispensings', [
        nextDispensingId(), person.id, dispensedOn, drug.drug.code, drug.drug.name, drug.dailyQuantity * drug.days, drug.drug.unit, drug.days, drug.dailyQuantity,
        pharmacy.code, pharmacy.name, visit.institution.code, visit.institution.name, visit.date, electronicPrescriptionId,
      ]);
    };

    for (const visit of story.visits) {
      if (visit.prescribed.length === 0) continue;
      if (visit.inHouse || visit.pharmacy === null) {
        for (const drug of visit.prescribed) dispense(visit, drug, visit.date, visit.institution, null);
        continue;
      }
      const pharmacy = visit.pharmacy;
      const dispensedOn = addDays(visit.date, rng.weighted([[0, 6], [1, 3], [2, 1]] as const));
      const electronic = visit.date >= ELECTRONIC_PRESCRIPTION_LAUNCH && rng.chance(0.5);
      if (!electronic) {
        if (dispensedOn <= asOf) for (const drug of visit.prescribed) dispense(visit, drug, dispensedOn, pharmacy, null);
        continue;
      }
      const id = nextPrescriptionId();
      const status = electronicStatus(visit.date, dispensedOn, asOf, rng.next());
      const dispensed = status === 'DISPENSED';
      emit('electronic_prescriptions', [
        id, person.id, visit.date, visit.institution.code, visit.institution.name, status,
        dispensed ? dispensedOn : null, dispensed ? pharmacy.code : null, dispensed ? pharmacy.name : null,
      ]);
      visit.prescribed.forEach((drug, i) => {
        emit('electronic_prescription_items', [id, i + 1, drug.drug.code, drug.drug.name, drug.dailyQuantity, drug.days, drug.drug.asNeeded]);
      });
      if (dispensed) for (const drug of visit.prescribed) dispense(visit, drug, dispensedOn, pharmacy, id);
    }
  }
}

export const prescriptionsSeeder = new PrescriptionsSeeder();
