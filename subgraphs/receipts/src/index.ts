import { Database } from '../../common/src/database';
import { newContext } from '../../common/src/context';
import { startMercuriusSubgraph } from '../../common/src/mercurius-subgraph';
import { RunningSubgraph, StartOptions, SubgraphModule } from '../../common/src/module';
import { readSchema } from '../../common/src/schema-file';
import { forMercurius } from './mercurius-resolvers';
import { RECEIPTS_MIGRATIONS } from './migrations';
import { resolvers } from './resolvers';
import { RECEIPTS_SCHEMA, receiptsSeeder } from './seed';


/** レセプト: monthly claims after review, on mercurius + @mercuriusjs/federation. */
export const receiptsSubgraph: SubgraphModule = {
  name: 'receipts',
  schema: RECEIPTS_SCHEMA,
  defaultPort: 4102,
  migrations: RECEIPTS_MIGRATIONS,
  seeder: receiptsSeeder,
  async start({ pool, accessContextSecret, port, host }: StartOptions): Promise<RunningSubgraph> {
    const db = new Database(pool);
    const service = await startMercuriusSubgraph({
      name: 'receipts',
      typeDefs: readSchema('receipts'),
      resolvers: forMercurius(resolvers),
      context: (access) => newContext(db, access),
      accessContextSecret,
      port,
      host,
    });
    return { ...service, stats: db.stats };
  },
};
