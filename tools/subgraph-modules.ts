import { checkupsSubgraph } from '../subgraphs/checkups/src';
import { SubgraphModule } from '../subgraphs/common/src/module';
import { eligibilitySubgraph } from '../subgraphs/eligibility/src';
import { prescriptionsSubgraph } from '../subgraphs/prescriptions/src';
import { receiptsSubgraph } from '../subgraphs/receipts/src';

/** The four subgraphs with the ports they use by default (the supergraph records these). */
export const SUBGRAPH_MODULES: ReadonlyArray<{ module: SubgraphModule; port: number }> = [
  { module: eligibilitySubgraph, port: 4101 },
  { module: receiptsSubgraph, port: 4102 },
  { module: checkupsSubgraph, port: 4103 },
  { module: prescriptionsSubgraph, port: 4104 },
];
