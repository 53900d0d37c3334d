import { Pool } from 'pg';
import { loadDataSet } from '../../../data/src/load';
import { World } from '../../../data/src/world';
import { RunningSubgraph } from '../../../subgraphs/common/src/module';
import { prescriptionsSubgraph, startPrescriptions } from '../../../subgraphs/prescriptions/src';
import { GraphQLResponse, postGraphQL } from '../../support/graphql';
import { TestDatabase, createTestDatabase } from '../../support/postgres';

/** "Today" for the integration tests: the data set's date and the subgraph's clock. */
export const TODAY = '2025-06-30';
export const PEOPLE = 200;

/** A temp database with the prescriptions schema, ~200 generated people and the drug master, and the subgraph on a free port. */
export interface PrescriptionsHarness {
  readonly world: World;
  /** A pool on the prescriptions schema, for crafting rows (its statements are not counted). */
  readonly pool: Pool;
  readonly server: RunningSubgraph;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Runs a query and returns its response with the number of SQL statements the subgraph ran for it. */
  counted<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ response: GraphQLResponse<T>; statements: number }>;
  close(): Promise<void>;
}

export async function startPrescriptionsHarness(): Promise<PrescriptionsHarness> {
  const database: TestDatabase = await createTestDatabase();
  try {
    await database.migrate(prescriptionsSubgraph);
    const pool = database.pool(prescriptionsSubgraph.schema);
    const world = new World({ seed: 3, people: PEOPLE, asOf: TODAY });
    await loadDataSet(pool, world, [prescriptionsSubgraph.seeder], { people: PEOPLE });
    const server = await startPrescriptions({ pool, port: 0, today: () => TODAY });
    const query = <T>(text: string, variables?: Record<string, unknown>) => postGraphQL<T>(server.url, text, variables);
    return {
      world,
      pool,
      server,
      query,
      async counted<T>(text: string, variables?: Record<string, unknown>) {
        const before = server.stats.statements;
        const response = await query<T>(text, variables);
        return { response, statements: server.stats.statements - before };
      },
      async close() {
        await server.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/** `_entities` for Person representations. */
export const personEntities = (ids: readonly string[]) => ({ representations: ids.map((id) => ({ __typename: 'Person', id })) });
