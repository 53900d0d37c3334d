import { Pool } from 'pg';
import { AccessContext } from '../../../common/src/access/access-context';
import { Caller } from '../../../common/src/policy';
import { analyticsSubgraph, RunningAnalytics, startAnalytics } from '../../../subgraphs/analytics/src';
import { auditSubgraph } from '../../../subgraphs/audit/src';
import { checkupsSubgraph } from '../../../subgraphs/checkups/src';
import { eligibilitySubgraph } from '../../../subgraphs/eligibility/src';
import { prescriptionsSubgraph } from '../../../subgraphs/prescriptions/src';
import { signedHeaders, TEST_ACCESS_CONTEXT_SECRET, testAccessContext } from '../../support/access';
import { GraphQLResponse, postGraphQL } from '../../support/graphql';
import { createTestDatabase, TestDatabase } from '../../support/postgres';

/** The day the crafted data sets are seen from. */
export const CRAFTED_TODAY = '2026-11-01';

export const ANALYST: Caller = { role: 'ANALYST' };

/** The access context the gateway signs for an internal user or a patient (no terminal). */
export const accessOf = (caller: Caller): AccessContext =>
  caller.institutionCode ? testAccessContext({ caller }) : testAccessContext({ caller, terminalId: null, terminalKind: null });

export interface AnalyticsHarness {
  readonly db: TestDatabase;
  /** A pool on the whole database (tables named with their schema), for crafting rows. */
  readonly sql: Pool;
  readonly server: RunningAnalytics;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * A database with the schemas analytics reads (eligibility, checkups, prescriptions, the access log) and its own,
 * rows crafted into them by `craft`, and the analytics subgraph on a free port, which computes
 * its aggregates as it starts (never computed before).
 */
export async function startAnalyticsHarness(craft: (sql: Pool) => Promise<void>): Promise<AnalyticsHarness> {
  const db = await createTestDatabase();
  const sql = new Pool({ connectionString: db.url, max: 2 });
  try {
    await db.migrate(eligibilitySubgraph, checkupsSubgraph, prescriptionsSubgraph, auditSubgraph, analyticsSubgraph);
    await craft(sql);
    const server = await startAnalytics({ pool: db.pool('analytics'), accessContextSecret: TEST_ACCESS_CONTEXT_SECRET, port: 0, refreshMinutes: 0, today: () => CRAFTED_TODAY });
    return {
      db,
      sql,
      server,
      query: (query, variables, caller = ANALYST) => postGraphQL(server.url, query, variables, signedHeaders(TEST_ACCESS_CONTEXT_SECRET, accessOf(caller))),
      async close() {
        await server.stop();
        await sql.end();
        await db.drop();
      },
    };
  } catch (error) {
    await sql.end();
    await db.drop();
    throw error;
  }
}

/** Rows inserted in one statement: `rows` as JSON, spread into the table's columns by jsonb_populate_recordset. */
export async function insertRows(sql: Pool, table: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  await sql.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [JSON.stringify(rows)]);
}
