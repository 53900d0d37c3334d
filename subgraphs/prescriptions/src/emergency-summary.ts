import DataLoader from 'dataloader';
import { lookbackStart } from '../../../common/src/policy';
import { SubgraphContext } from '../../common/src/context';
import { summaryPeriodsOf } from '../../common/src/emergency-summary';
import { groupBy } from '../../common/src/loaders';

/** A drug dispensed, as the emergency summary shows it. */
export interface EmergencyMedicationRow {
  readonly personId: string;
  readonly dispensedOn: string;
  readonly drugCode: string;
  readonly drugName: string;
  readonly dailyQuantity: number;
  readonly days: number;
  readonly prescribingInstitutionName: string;
}

const dispensingsSince = (context: SubgraphContext, since: string): DataLoader<string, EmergencyMedicationRow[]> =>
  context.loaders.get(`prescriptions.emergencyDispensings:${since}`, async (personIds: readonly string[]) => {
    const rows = await context.db.query<EmergencyMedicationRow>(
      `SELECT person_id::text AS "personId", dispensed_on::text AS "dispensedOn", drug_code AS "drugCode", drug_name AS "drugName",
              daily_quantity::float8 AS "dailyQuantity", days, prescribing_institution_name AS "prescribingInstitutionName"
         FROM dispensings WHERE person_id = ANY($1::uuid[]) AND dispensed_on >= $2::date
        ORDER BY person_id, dispensed_on DESC, id DESC`,
      [personIds, since],
    );
    return groupBy(personIds, rows, (row) => row.personId);
  });

const prescriptionDrugsSince = (context: SubgraphContext, since: string): DataLoader<string, EmergencyMedicationRow[]> =>
  context.loaders.get(`prescriptions.emergencyPrescriptionDrugs:${since}`, async (personIds: readonly string[]) => {
    const rows = await context.db.query<EmergencyMedicationRow>(
      `SELECT e.person_id::text AS "personId", e.dispensed_on::text AS "dispensedOn", i.drug_code AS "drugCode", i.drug_name AS "drugName",
              i.daily_quantity::float8 AS "dailyQuantity", i.days, e.issuing_institution_name AS "prescribingInstitutionName"
         FROM electronic_prescriptions e JOIN electronic_prescription_items i ON i.prescription_id = e.id
        WHERE e.person_id = ANY($1::uuid[]) AND e.status = 'DISPENSED' AND e.dispensed_on >= $2::date
        ORDER BY e.person_id, e.dispensed_on DESC, e.id DESC, i.seq`,
      [personIds, since],
    );
    return groupBy(personIds, rows, (row) => row.personId);
  });

/**
 * The prescriptions parts of the emergency summary (DOMAIN.md §4.2), over the periods of the policy
 * in force: drugs dispensed, and the drugs of electronic prescriptions dispensed. One statement per
 * part for every person of a request.
 */
export const emergencyParts = {
  medications: async (context: SubgraphContext, personId: string): Promise<EmergencyMedicationRow[]> => {
    const summary = summaryPeriodsOf(context);
    if (summary === null) return [];
    return dispensingsSince(context, lookbackStart(summary.periods.medications, summary.today)).load(personId);
  },
  electronicPrescriptionDispensings: async (context: SubgraphContext, personId: string): Promise<EmergencyMedicationRow[]> => {
    const summary = summaryPeriodsOf(context);
    if (summary === null) return [];
    return prescriptionDrugsSince(context, lookbackStart(summary.periods.electronicPrescriptionDispensings, summary.today)).load(personId);
  },
};
