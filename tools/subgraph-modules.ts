import { analyticsSubgraph } from '../subgraphs/analytics/src';
import { auditSubgraph } from '../subgraphs/audit/src';
import { checkupsSubgraph } from '../subgraphs/checkups/src';
import { SubgraphModule } from '../subgraphs/common/src/module';
import { eligibilitySubgraph } from '../subgraphs/eligibility/src';
import { prescriptionsSubgraph } from '../subgraphs/prescriptions/src';
import { receiptsSubgraph } from '../subgraphs/receipts/src';

/** The subgraphs of the graph: the four systems' data, the access log, and analytics last, as it reads the others' schemas. */
export const SUBGRAPH_MODULES: readonly SubgraphModule[] = [eligibilitySubgraph, receiptsSubgraph, checkupsSubgraph, prescriptionsSubgraph, auditSubgraph, analyticsSubgraph];
