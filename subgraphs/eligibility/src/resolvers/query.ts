import { insurerNumberProblem, institutionCodeProblem, personIdProblem } from '../../../../common/src/identifiers';
import { assertValid } from '../../../../common/src/validate';
import { lookUpByCertificate, lookUpByInsuranceNumbers } from '../eligibility-lookup';
import { EligibilityDecision } from '../eligibility-status';
import { QueryResolvers } from '../generated/resolvers';
import { checkingInstitution } from '../grants/checking-institution';
import { institutionByCode, insurerByNumber } from '../institution-loaders';
import { certificateLookup, insuranceNumbersLookup } from '../input-validation';
import { personById } from '../person-loaders';
import { EligibilityResultModel, QualificationRow } from '../rows';

const resultOf = (decision: EligibilityDecision<QualificationRow>, checkedOn: string, institutionCode: string | null): EligibilityResultModel => ({
  ...decision,
  checkedOn,
  institutionCode,
});

export const Query: QueryResolvers = {
  person: (_, { id }, context) => {
    assertValid('id', id, personIdProblem);
    return personById(context).load(id);
  },
  institution: (_, { code }, context) => {
    assertValid('code', code, institutionCodeProblem);
    return institutionByCode(context).load(code);
  },
  insurer: (_, { number }, context) => {
    assertValid('number', number, insurerNumberProblem);
    return insurerByNumber(context).load(number);
  },
  eligibilityByInsurance: async (_, { input }, context) => {
    const lookup = insuranceNumbersLookup(input);
    const institutionCode = checkingInstitution(input.institutionCode);
    return resultOf(await lookUpByInsuranceNumbers(context.db, lookup), lookup.asOf, institutionCode);
  },
  eligibilityByCertificate: async (_, { input }, context) => {
    const lookup = certificateLookup(input);
    const institutionCode = checkingInstitution(input.institutionCode);
    return resultOf(await lookUpByCertificate(context.db, lookup), lookup.asOf, institutionCode);
  },
};
