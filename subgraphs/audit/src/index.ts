import { join } from 'node:path';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { Pool } from 'pg';
import { AUDIT_READER_ROLE } from '../../../common/src/audit/event-row';
import { startApolloSubgraph } from '../../common/src/apollo-subgraph';
import { newContext, SubgraphContext } from '../../common/src/context';
import { Database } from '../../common/src/database';
import { RunningSubgraph, StartOptions, SubgraphModule } from '../../common/src/module';
import { readSchema } from '../../common/src/schema-file';
import { startWithGrants } from '../../common/src/start-with-grants';
import { AUDIT_RECORD_FACTS } from './record-facts';
import { auditResolvers } from './resolvers';

/**
 * The access log (DOMAIN.md §6) as the graph shows it: a person's own access history, and the
 * auditors' search of every event, and the auditors' inspection of emergency access without a
 * card. Reads the log as AUDIT_READER_ROLE (SELECT only: it cannot change an
 * event) on a pool of its own, made from the connection settings of the pool it is given (which
 * ran its migrations as the schema's owner).
 */
export async function startAudit(options: StartOptions): Promise<RunningSubgraph> {
  const readerPool = new Pool({ ...options.pool.options, options: `-c search_path=audit -c role=${AUDIT_READER_ROLE}` });
  readerPool.on('error', () => undefined);
  const db = new Database(readerPool);
  // Eligibility's schema (the EHR registrations, the staff), read by the inspection as the other subgraphs read shared tables.
  const registry = new Database(options.pool, db.stats);
  // The generated resolver types are exact per type; @apollo/subgraph takes a looser map of the same functions.
  const resolvers = auditResolvers(registry) as GraphQLResolverMap<SubgraphContext>;
  let running: RunningSubgraph;
  try {
    running = await startWithGrants('audit', db, options, AUDIT_RECORD_FACTS, ({ grants, fieldPolicy }) =>
      startApolloSubgraph({
        name: 'audit',
        typeDefs: readSchema('audit'),
        resolvers,
        context: (access) => newContext(db, access, grants),
        fieldPolicy,
        accessContextSecret: options.accessContextSecret,
        port: options.port,
        host: options.host,
      }),
    );
  } catch (error) {
    await readerPool.end();
    throw error;
  }
  return {
    ...running,
    stop: async () => {
      await running.stop();
      await readerPool.end();
    },
  };
}

export const auditSubgraph: SubgraphModule = {
  name: 'audit',
  schema: 'audit',
  defaultPort: 4106,
  migrations: join(__dirname, '..', 'migrations'),
  start: (options) => startAudit(options),
};
