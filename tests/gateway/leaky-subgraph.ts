import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { Pool } from 'pg';

/** The SQL the leaky subgraph's resolver runs: a table that does not exist, so PostgreSQL fails. */
export const LEAKY_SQL = 'SELECT internal_secret_column FROM receipts.internal_settlement_ledger WHERE person_id = $1';

export const LEAKY_TYPE_DEFS = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
type Query { ledger: Ledger }
type Ledger { total: Int }
`;

/**
 * A subgraph with a bug and no masking of its own: its resolver runs SQL against the real
 * PostgreSQL that fails, and it answers the error as it is, with PostgreSQL's message and the stack.
 */
export async function startLeakySubgraph(databaseUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const server = new ApolloServer({
    schema: buildSubgraphSchema([
      {
        typeDefs: parse(LEAKY_TYPE_DEFS),
        resolvers: { Query: { ledger: async () => (await pool.query(LEAKY_SQL, ['p-1'])).rows[0] } },
      },
    ]),
    includeStacktraceInErrorResponses: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    url,
    stop: async () => {
      await server.stop();
      await pool.end();
    },
  };
}
