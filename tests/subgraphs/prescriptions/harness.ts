import { World } from '../../../data/src/world';
import { prescriptionsSubgraph, startPrescriptions } from '../../../subgraphs/prescriptions/src';
import { SubgraphHarness, startSubgraph } from '../../support/subgraph';

/** "Today" for the integration tests: the data set's date and the subgraph's clock. */
export const TODAY = '2025-06-30';

/** A temp database with the prescriptions schema, 200 generated people and the drug master, and the subgraph on a free port, its fields unguarded: these tests check what the resolvers return (the policy has tests of its own). */
export type PrescriptionsHarness = SubgraphHarness;

export function startPrescriptionsHarness(): Promise<PrescriptionsHarness> {
  return startSubgraph(prescriptionsSubgraph, {
    world: new World({ seed: 3, people: 200, asOf: TODAY }),
    start: (options) => startPrescriptions({ ...options, today: () => TODAY }),
    enforceFieldPolicy: false,
  });
}

/** `_entities` for Person representations. */
export const personEntities = (ids: readonly string[]) => ({ representations: ids.map((id) => ({ __typename: 'Person', id })) });
