import { Database } from '../../common/src/database';
import { newContext } from '../../common/src/context';
import { startMercuriusSubgraph } from '../../common/src/mercurius-subgraph';
import { RunningSubgraph, StartOptions, SubgraphModule } from '../../common/src/module';
import { readSchema } from '../../common/src/schema-file';
import { startWithGrants } from '../../common/src/start-with-grants';
import { claimLinesReader } from './claim-lines';
import { RECEIPTS_RECORD_FACTS } from './record-facts';
import { forMercurius } from './mercurius-resolvers';
import { RECEIPTS_MIGRATIONS } from './migrations';
import { receiptsResolvers } from './resolvers';
import { RECEIPTS_SCHEMA, receiptsSeeder } from './seed';

/** レセプト: monthly claims after review, on mercurius + @mercuriusjs/federation. */
export const receiptsSubgraph: SubgraphModule = {
  name: 'receipts',
  schema: RECEIPTS_SCHEMA,
  defaultPort: 4102,
  migrations: RECEIPTS_MIGRATIONS,
  seeder: receiptsSeeder,
  async start(options: StartOptions): Promise<RunningSubgraph> {
    const { pool, accessContextSecret, port, host } = options;
    const db = new Database(pool);
    return startWithGrants('receipts', db, options, RECEIPTS_RECORD_FACTS, ({ grants, fieldPolicy }) => startMercuriusSubgraph({
      name: 'receipts',
      typeDefs: readSchema('receipts'),
      resolvers: forMercurius(receiptsResolvers(claimLinesReader(fieldPolicy !== null))),
      context: (access) => newContext(db, access, grants),
      fieldPolicy,
      accessContextSecret,
      port,
      host,
    }));
  },
};
