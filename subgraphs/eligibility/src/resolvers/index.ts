import { DateScalar } from '../date-scalar';
import { DateTimeScalar } from '../date-time-scalar';
import { Resolvers } from '../generated/resolvers';
import { EligibilityResult } from './eligibility-result';
import { Institution, Insurer, Staff } from './institution';
import { CardCertificate, Person } from './person';
import { Qualification } from './qualification';
import { Query } from './query';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Person,
  CardCertificate,
  Qualification,
  Insurer,
  Institution,
  Staff,
  EligibilityResult,
};
