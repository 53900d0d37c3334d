import { IResolvers } from 'mercurius';
import { newContext } from '../../common/src/context';
import { Database } from '../../common/src/database';
import { startMercuriusSubgraph } from '../../common/src/mercurius-subgraph';
import { RunningSubgraph, StartOptions, SubgraphModule } from '../../common/src/module';
import { readSchema } from '../../common/src/schema-file';
import { startWithGrants } from '../../common/src/start-with-grants';
import { CHECKUPS_RECORD_FACTS } from './record-facts';
import { referenceResolvers } from './references';
import { resolvers } from './resolvers';
import { CheckupsSeeder } from './seed';
import { CHECKUPS_MIGRATIONS, CHECKUPS_SCHEMA } from './storage';

/** 特定健診 results (and employer checkups) on mercurius + @mercuriusjs/federation. */
export const checkupsSubgraph: SubgraphModule = {
  name: 'checkups',
  schema: CHECKUPS_SCHEMA,
  defaultPort: 4103,
  migrations: CHECKUPS_MIGRATIONS,
  seeder: new CheckupsSeeder(),
  async start(options: StartOptions): Promise<RunningSubgraph> {
    const { pool, accessContextSecret, port, host } = options;
    const db = new Database(pool);
    return startWithGrants('checkups', db, options, CHECKUPS_RECORD_FACTS, ({ grants, fieldPolicy }) => startMercuriusSubgraph({
      name: 'checkups',
      typeDefs: readSchema('checkups'),
      // Typed against our SubgraphContext; mercurius' own map expects its MercuriusContext.
      resolvers: {
        ...resolvers,
        Checkup: { ...resolvers.Checkup, ...referenceResolvers.Checkup },
        Person: { ...resolvers.Person, ...referenceResolvers.Person },
        EmergencySummary: { ...resolvers.EmergencySummary, ...referenceResolvers.EmergencySummary },
      } as IResolvers,
      context: (access) => newContext(db, access, grants),
      fieldPolicy,
      accessContextSecret,
      port,
      host,
    }));
  },
};
