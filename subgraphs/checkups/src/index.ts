import { join } from 'node:path';
import { IResolvers } from 'mercurius';
import { newContext } from '../../common/src/context';
import { Database } from '../../common/src/database';
import { startMercuriusSubgraph } from '../../common/src/mercurius-subgraph';
import { RunningSubgraph, StartOptions, SubgraphModule } from '../../common/src/module';
import { readSchema } from '../../common/src/schema-file';
import { resolvers } from './resolvers';
import { CheckupsSeeder } from './seed';

/** 特定健診 results (and employer checkups) on mercurius + @mercuriusjs/federation. */
export const checkupsSubgraph: SubgraphModule = {
  name: 'checkups',
  schema: 'checkups',
  migrations: join(__dirname, '..', 'migrations'),
  seeder: new CheckupsSeeder(),
  async start({ pool, port, host }: StartOptions): Promise<RunningSubgraph> {
    const db = new Database(pool);
    const service = await startMercuriusSubgraph({
      name: 'checkups',
      typeDefs: readSchema('checkups'),
      // The generated resolver types are stricter than mercurius' own map; the shapes are the same.
      resolvers: resolvers as IResolvers,
      context: () => newContext(db),
      port,
      host,
    });
    return { ...service, stats: db.stats };
  },
};
