import { badUserInput } from '../../../common/src/errors';
import { SubgraphContext } from '../../common/src/context';
import { candidateDrugCodes, datedPage, drugCode, medicationRange, optionalDate } from './arguments';
import { medicationWindowStart } from './clock';
import { findDuplicates } from './duplicates';
import { Resolvers } from './generated/resolvers';
import { drugByCode, itemsOfPrescription, medicationsOf, possiblyCurrentOf, prescriptionById, prescriptionsOf } from './loaders';
import { DrugRow, DuplicateCheckResultModel, InstitutionRef } from './rows';
import { emergencyParts } from './emergency-summary';
import { emergencySummaryOf } from '../../common/src/emergency-summary';

const institution = (code: string | null): InstitutionRef | null => (code === null ? null : { code });

/** The candidate drugs from the master, in the order given; an unknown code is the client's error. */
async function candidateDrugs(ctx: SubgraphContext, codes: readonly string[]): Promise<DrugRow[]> {
  const drugs = await drugByCode(ctx).loadMany(codes);
  return drugs.map((drug, i) => {
    if (drug instanceof Error) throw drug;
    if (drug === null) throw badUserInput('drugCodes', `drug code ${codes[i]} is not in the drug master`);
    return drug;
  });
}

/** Resolvers of the prescriptions subgraph; `today` is the date in Japan that "current" and the 3-year window count from. */
export function prescriptionsResolvers(today: () => string): Resolvers {
  return {
    Query: {
      drug: (_root, args, ctx) => drugByCode(ctx).load(drugCode('code', args.code)),
    },
    Person: {
      medications: (person, args, ctx) => medicationsOf(ctx, datedPage(args), medicationRange(args, today())).load(person.id),
      electronicPrescriptions: (person, args, ctx) => prescriptionsOf(ctx, datedPage(args), args.status ?? null).load(person.id),
      duplicateMedicationCheck: async (person, args, ctx): Promise<DuplicateCheckResultModel> => {
        const codes = candidateDrugCodes(args.drugCodes);
        const asOf = optionalDate('asOf', args.asOf) ?? today();
        const [candidates, dispensings] = await Promise.all([
          candidateDrugs(ctx, codes),
          possiblyCurrentOf(ctx, asOf, medicationWindowStart(today())).load(person.id),
        ]);
        return { checkedOn: asOf, findings: findDuplicates(candidates, dispensings, asOf) };
      },
    },
    Drug: {
      __resolveReference: (reference, ctx) => drugByCode(ctx).load(reference.code),
    },
    Dispensing: {
      dispensingInstitution: (dispensing) => institution(dispensing.dispensingInstitutionCode),
      prescribingInstitution: (dispensing) => institution(dispensing.prescribingInstitutionCode),
      electronicPrescription: (dispensing, _args, ctx) =>
        dispensing.electronicPrescriptionId === null ? null : prescriptionById(ctx).load(dispensing.electronicPrescriptionId),
    },
    EmergencySummary: {
      __resolveReference: (reference) => emergencySummaryOf(reference),
      medications: (summary, _args, ctx) => emergencyParts.medications(ctx, summary.personId),
      electronicPrescriptionDispensings: (summary, _args, ctx) => emergencyParts.electronicPrescriptionDispensings(ctx, summary.personId),
    },
    ElectronicPrescription: {
      __resolveReference: (reference, ctx) => prescriptionById(ctx).load(reference.id),
      issuingInstitution: (prescription) => ({ code: prescription.issuingInstitutionCode }),
      dispensingInstitution: (prescription) => institution(prescription.dispensingInstitutionCode),
      items: (prescription, _args, ctx) => itemsOfPrescription(ctx).load(prescription.id),
    },
  };
}
