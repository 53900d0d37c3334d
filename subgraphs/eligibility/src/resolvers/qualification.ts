import { QualificationResolvers } from '../generated/resolvers';
import { insurerByNumber } from '../institution-loaders';
import { personById } from '../person-loaders';
import { found } from './found';

export const Qualification: QualificationResolvers = {
  insurer: async (qualification, _, context) => found(await insurerByNumber(context).load(qualification.insurerNumber), `Insurer ${qualification.insurerNumber}`),
  person: async (qualification, _, context) => found(await personById(context).load(qualification.personId), `The person of qualification ${qualification.id}`),
};
