import { InstitutionResolvers, InsurerResolvers, StaffResolvers } from '../generated/resolvers';
import { institutionByCode, insurerByNumber, staffByInstitution, terminalsByInstitution } from '../institution-loaders';
import { found } from './found';

export const Institution: InstitutionResolvers = {
  __resolveReference: (reference, context) => institutionByCode(context).load(reference.code),
  terminals: (institution, _, context) => terminalsByInstitution(context).load(institution.code),
  staff: (institution, _, context) => staffByInstitution(context).load(institution.code),
};

export const Staff: StaffResolvers = {
  institution: async (staff, _, context) => found(await institutionByCode(context).load(staff.institutionCode), `Institution ${staff.institutionCode}`),
};

export const Insurer: InsurerResolvers = {
  __resolveReference: (reference, context) => insurerByNumber(context).load(reference.number),
};
