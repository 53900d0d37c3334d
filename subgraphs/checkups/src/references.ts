import { SubgraphContext } from '../../common/src/context';
import { EmergencySummaryReference, emergencySummaryOf } from '../../common/src/emergency-summary';
import { checkupById } from './loaders';
import { CheckupRecord, PersonReference } from './record';
import { checkupIdOf } from './validation';

/**
 * Entity references as @mercuriusjs/federation calls them: `__resolveReference(reference, {},
 * context, info)`, unlike the `(reference, context, info)` of Apollo that the generated types
 * describe, so these are typed here and merged into the resolver map when the server starts.
 */
export const referenceResolvers = {
  Checkup: {
    __resolveReference: (reference: { readonly id: string }, _args: unknown, context: SubgraphContext): Promise<CheckupRecord | null> =>
      checkupById(context).load(checkupIdOf(reference.id, 'Checkup.id')),
  },
  Person: {
    __resolveReference: (reference: PersonReference): PersonReference => ({ id: reference.id }),
  },
  EmergencySummary: {
    __resolveReference: (reference: EmergencySummaryReference): EmergencySummaryReference => emergencySummaryOf(reference),
  },
};
