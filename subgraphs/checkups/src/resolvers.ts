import { connectionOf } from '../../common/src/pagination';
import { Resolvers } from './generated/resolvers';
import { guidanceOf } from './guidance';
import { checkupById, checkupCounts, checkupPages } from './loaders';
import { guidanceInputOf } from './record';
import { checkupIdOf, checkupPageOf, fiscalYearRangeOf, personIdOf } from './validation';
import { emergencyCheckupDates } from './emergency-summary';

/** Field resolvers; the entity references are in references.ts. */
export const resolvers: Resolvers = {
  Query: {
    checkup: (_parent, { id }, context) => checkupById(context).load(checkupIdOf(id)),
  },
  Person: {
    checkups: async (person, args, context) => {
      // Every argument is checked before the loaders run any SQL.
      const personId = personIdOf(person.id);
      const page = checkupPageOf(args);
      const years = fiscalYearRangeOf(args);
      const rows = await checkupPages(context, page, years).load(personId);
      return connectionOf(rows, page, (row) => [row.examinedOn, row.id], () => checkupCounts(context, years).load(personId));
    },
  },
  EmergencySummary: {
    checkupDates: (summary, _args, context) => emergencyCheckupDates(context, summary.personId),
  },
  Checkup: {
    institution: (checkup) => ({ code: checkup.institutionCode }),
    items: (checkup) => ({
      heightCm: checkup.heightCm,
      weightKg: checkup.weightKg,
      bmi: checkup.bmi,
      waistCm: checkup.waistCm,
      systolicBp: checkup.systolicBp,
      diastolicBp: checkup.diastolicBp,
      triglycerides: checkup.triglycerides,
      triglyceridesFasting: checkup.triglyceridesFasting,
      hdl: checkup.hdl,
      ldl: checkup.ldl,
      glucose: checkup.glucose,
      glucoseFasting: checkup.glucoseFasting,
      hba1c: checkup.hba1c,
      ast: checkup.ast,
      alt: checkup.alt,
      ggt: checkup.ggt,
      urineGlucose: checkup.urineGlucose,
      urineProtein: checkup.urineProtein,
    }),
    questionnaire: (checkup) => ({
      smoker: checkup.smoker,
      onBloodPressureMedication: checkup.onBloodPressureMedication,
      onLipidMedication: checkup.onLipidMedication,
      onGlucoseMedication: checkup.onGlucoseMedication,
    }),
    // Recomputed from the stored items, so a change of the rules shows at once.
    guidance: (checkup) => guidanceOf(guidanceInputOf(checkup)),
    person: (checkup) => ({ id: checkup.personId }),
  },
};
