import { World } from '../../../data/src/world';
import { eligibilitySubgraph } from '../../../subgraphs/eligibility/src';
import { SubgraphHarness, startSubgraph } from '../../support/subgraph';

export { counted } from '../../support/subgraph';

/** The date the test data set describes (seed section: World with seed 1). */
export const AS_OF = '2026-11-01';

/** A temp database with the eligibility schema, 300 generated people loaded with COPY, and the subgraph on a free port, its fields unguarded: these tests check what the resolvers return (the policy has tests of its own). */
export type EligibilityHarness = SubgraphHarness;

export function startEligibility(): Promise<EligibilityHarness> {
  return startSubgraph(eligibilitySubgraph, { world: new World({ seed: 1, people: 300, asOf: AS_OF }), enforceFieldPolicy: false });
}
