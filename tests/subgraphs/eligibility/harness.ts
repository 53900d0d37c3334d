import { Pool } from 'pg';
import { World } from '../../../data/src/world';
import { loadDataSet } from '../../../data/src/load';
import { RunningSubgraph } from '../../../subgraphs/common/src/module';
import { eligibilitySubgraph } from '../../../subgraphs/eligibility/src';
import { GraphQLResponse, postGraphQL } from '../../support/graphql';
import { TestDatabase, createTestDatabase } from '../../support/postgres';

/** The date the test data set describes (seed section: World with seed 1). */
export const AS_OF = '2026-11-01';
export const PEOPLE = 300;

/** A temp database with the eligibility schema, ~300 generated people loaded with COPY, and the subgraph on a free port. */
export interface EligibilityHarness {
  readonly world: World;
  /** A pool on the eligibility schema, for finding suitable rows and crafting cases. */
  readonly pool: Pool;
  readonly server: RunningSubgraph;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startEligibility(): Promise<EligibilityHarness> {
  const database: TestDatabase = await createTestDatabase();
  try {
    await database.migrate(eligibilitySubgraph);
    const pool = database.pool(eligibilitySubgraph.schema);
    const world = new World({ seed: 1, people: PEOPLE, asOf: AS_OF });
    await loadDataSet(pool, world, [eligibilitySubgraph.seeder], { people: PEOPLE });
    const server = await eligibilitySubgraph.start({ pool, port: 0 });
    return {
      world,
      pool,
      server,
      query: (query, variables) => postGraphQL(server.url, query, variables),
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

/** Runs `request` and returns its response with the number of SQL statements it caused. */
export async function counted<T>(harness: EligibilityHarness, request: () => Promise<T>): Promise<{ response: T; statements: number }> {
  const before = harness.server.stats.statements;
  const response = await request();
  return { response, statements: harness.server.stats.statements - before };
}
