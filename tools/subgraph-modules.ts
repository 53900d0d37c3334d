import { checkupsSubgraph } from '../subgraphs/checkups/src';
import { SubgraphModule } from '../subgraphs/common/src/module';
import { eligibilitySubgraph } from '../subgraphs/eligibility/src';
import { prescriptionsSubgraph } from '../subgraphs/prescriptions/src';
import { receiptsSubgraph } from '../subgraphs/receipts/src';

/** The four subgraphs of the graph. */
export const SUBGRAPH_MODULES: readonly SubgraphModule[] = [eligibilitySubgraph, receiptsSubgraph, checkupsSubgraph, prescriptionsSubgraph];
