import { join } from 'node:path';
import { startApolloSubgraph } from '../../common/src/apollo-subgraph';
import { newContext } from '../../common/src/context';
import { Database } from '../../common/src/database';
import { StartOptions, SubgraphModule } from '../../common/src/module';
import { readSchema } from '../../common/src/schema-file';
import { startConsentService } from './grants/consent-service';
import { withConsentResolvers } from './grants/grant-resolvers';
import { resolvers } from './resolvers';
import { asResolverMap } from './resolvers/resolver-map';
import { eligibilitySeeder } from './seed';

/** 資格確認: owns Person, Insurer and Institution, and consent; on @apollo/server + @apollo/subgraph. */
export const eligibilitySubgraph: SubgraphModule = {
  name: 'eligibility',
  schema: 'eligibility',
  defaultPort: 4101,
  migrations: join(__dirname, '..', 'migrations'),
  seeder: eligibilitySeeder,
  async start({ pool, accessContextSecret, port, host }: StartOptions) {
    const db = new Database(pool);
    const { consents, cache } = await startConsentService(pool, db);
    const service = await startApolloSubgraph({
      name: 'eligibility',
      typeDefs: readSchema('eligibility'),
      resolvers: asResolverMap(withConsentResolvers(resolvers, consents)),
      context: (access) => newContext(db, access),
      accessContextSecret,
      port,
      host,
    }).catch(async (error: unknown) => {
      await cache.close();
      throw error;
    });
    const stop = async (): Promise<void> => {
      await service.stop();
      await cache.close();
    };
    return { ...service, stop, stats: db.stats };
  },
};
