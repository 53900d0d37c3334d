import { assertValid } from '../../../common/src/validate';
import { SubgraphContext } from '../../common/src/context';
import { connectionOf } from '../../common/src/pagination';
import { claimFilterOf, claimIdProblem, claimPageOf, personIdProblem } from './arguments';
import { ClaimLinesReader } from './claim-lines';
import { claimCountLoader, claimLoader, claimPageLoader, linesLoader } from './claim-loaders';
import { Resolvers } from './generated/resolvers';
import { ClaimConnectionModel, ClaimRecord } from './records';
import { emergencyParts } from './emergency-summary';
import { emergencySummaryOf } from '../../common/src/emergency-summary';

interface ClaimPageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly fromMonth?: string | null;
  readonly toMonth?: string | null;
  readonly publicExpensePayerNumber?: string | null;
}

/** A person's claims, newest first; the arguments are checked before anything is read. */
async function claimConnection(context: SubgraphContext, personId: string, args: ClaimPageArgs): Promise<ClaimConnectionModel> {
  const page = claimPageOf(args);
  const filter = claimFilterOf(args.fromMonth, args.toMonth, args.publicExpensePayerNumber);
  const rows = await claimPageLoader(context, page, filter).load(personId);
  return connectionOf(rows, page, (row) => [row.treatmentMonth, row.id], () => claimCountLoader(context, filter).load(personId));
}

async function claimById(context: SubgraphContext, argument: string, id: string): Promise<ClaimRecord | null> {
  assertValid(argument, id, claimIdProblem);
  return claimLoader(context).load(id);
}

/** The subgraph's resolvers; `claimLines` reads the lines a reader may see only some of (claim-lines.ts). */
export const receiptsResolvers = (claimLines: ClaimLinesReader): Resolvers => ({
  Query: {
    claim: (_parent, { id }, context) => claimById(context, 'id', id),
  },
  Person: {
    __resolveReference: ({ id }) => {
      assertValid('Person.id', id, personIdProblem);
      return { id };
    },
    claims: (person, args, context) => claimConnection(context, person.id, args),
    visits: (person, args, context) => claimConnection(context, person.id, args),
  },
  Claim: {
    __resolveReference: ({ id }, context) => claimById(context, 'Claim.id', id),
    institution: (claim) => ({ code: claim.institutionCode }),
    insurer: (claim) => ({ type: claim.insurerType, number: claim.insurerNumber, benefitRatio: claim.benefitRatio }),
    insured: (claim) => ({ symbol: claim.insuredSymbol, number: claim.insuredNumber, branch: claim.insuredBranch, relationship: claim.relationship }),
    meals: (claim) => ({ count: claim.mealCount, amountYen: claim.mealAmountYen }),
    person: (claim) => ({ id: claim.personId }),
    publicExpenses: (claim, _args, context) => linesLoader(context, 'claim_public_expenses').load(claim.id),
    diagnoses: (claim, _args, context) => claimLines(context, claim, 'claim_diagnoses'),
    procedures: (claim, _args, context) => claimLines(context, claim, 'claim_procedures'),
    drugs: (claim, _args, context) => linesLoader(context, 'claim_drugs').load(claim.id),
    materials: (claim, _args, context) => linesLoader(context, 'claim_materials').load(claim.id),
    remarks: (claim, _args, context) => claimLines(context, claim, 'claim_remarks'),
  },
  Visit: {
    institution: (visit) => ({ code: visit.institutionCode }),
    month: (visit) => visit.treatmentMonth,
  },
  EmergencySummary: {
    __resolveReference: (reference) => emergencySummaryOf(reference),
    visits: (summary, _args, context) => emergencyParts.visits(context, summary.personId),
    care: (summary, _args, context) => emergencyParts.care(context, summary.personId),
    surgeries: (summary, _args, context) => emergencyParts.surgeries(context, summary.personId),
  },
  EmergencyVisit: {
    institution: (visit) => ({ code: visit.institutionCode }),
  },
});
