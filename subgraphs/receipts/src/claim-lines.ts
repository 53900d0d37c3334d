import { FieldName } from '../../../common/src/policy';
import { SubgraphContext } from '../../common/src/context';
import { FactsReader, visibleItems } from '../../common/src/field-policy';
import { linesLoader } from './claim-loaders';
import { ClaimLines } from './claim-queries';
import { diagnosisFacts, procedureFacts, remarkFacts } from './record-facts';
import { ClaimRecord } from './records';

/**
 * The lines of a claim a reader may see only some of (DOMAIN.md §5): an institution the
 * diagnoses the patient was told of and the listed medical care, the patient the billed items of
 * the remarks. Each line is judged by one field of its type, whose rule has the line's condition.
 */
const JUDGED_BY = {
  claim_diagnoses: { field: 'Diagnosis.code', facts: diagnosisFacts },
  claim_procedures: { field: 'Procedure.code', facts: procedureFacts },
  claim_remarks: { field: 'Remark.kind', facts: remarkFacts },
} as const satisfies Record<string, { readonly field: FieldName; readonly facts: FactsReader }>;

export type PartlyVisibleLines = keyof typeof JUDGED_BY;

/** Reads one claim's lines of one of those tables. */
export type ClaimLinesReader = <T extends PartlyVisibleLines>(context: SubgraphContext, claim: ClaimRecord, table: T) => Promise<Array<ClaimLines[T]>>;

const everyLine: ClaimLinesReader = (context, claim, table) => linesLoader(context, table).load(claim.id);

/**
 * The lines the caller may see, left out rather than answered with every field withheld, which
 * would tell that there is one. A line is judged as a record of the claim's person (lines do not
 * carry it) with its own facts.
 */
const visibleLines: ClaimLinesReader = async (context, claim, table) => {
  const { field, facts } = JUDGED_BY[table];
  return visibleItems(context, field, await everyLine(context, claim, table), (line) => ({ ...facts(line), personId: claim.personId }));
};

/**
 * How the claim resolvers read those lines: the visible ones where the field policy guards the
 * server, every one where it is off (StartOptions.enforceFieldPolicy: resolver tests read every field).
 */
export const claimLinesReader = (fieldPolicyEnforced: boolean): ClaimLinesReader => (fieldPolicyEnforced ? visibleLines : everyLine);
