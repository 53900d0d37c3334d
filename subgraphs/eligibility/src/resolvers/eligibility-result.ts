import { EligibilityResultResolvers } from '../generated/resolvers';
import { personById } from '../person-loaders';

export const EligibilityResult: EligibilityResultResolvers = {
  person: (result, _, context) => (result.personId === null ? null : personById(context).load(result.personId)),
};
