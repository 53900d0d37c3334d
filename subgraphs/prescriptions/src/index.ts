import { join } from 'node:path';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { startApolloSubgraph } from '../../common/src/apollo-subgraph';
import { SubgraphContext, newContext } from '../../common/src/context';
import { Database } from '../../common/src/database';
import { RunningSubgraph, StartOptions, SubgraphModule } from '../../common/src/module';
import { readSchema } from '../../common/src/schema-file';
import { startWithGrants } from '../../common/src/start-with-grants';
import { PRESCRIPTIONS_RECORD_FACTS } from './record-facts';
import { todayInJapan } from '../../../common/src/japan-calendar';
import { prescriptionsResolvers } from './resolvers';
import { prescriptionsSeeder } from './seed';


export interface PrescriptionsStartOptions extends StartOptions {
  /** Today's date in Japan (YYYY-MM-DD); the real date unless a test fixes it. */
  readonly today?: () => string;
}

/** Serves medication information and e-prescriptions on @apollo/server + @apollo/subgraph. */
export async function startPrescriptions(options: PrescriptionsStartOptions): Promise<RunningSubgraph> {
  const db = new Database(options.pool);
  // The generated resolver types are exact per type; @apollo/subgraph takes a looser map of the same functions.
  const resolvers = prescriptionsResolvers(options.today ?? (() => todayInJapan())) as GraphQLResolverMap<SubgraphContext>;
  return startWithGrants('prescriptions', db, options, PRESCRIPTIONS_RECORD_FACTS, ({ grants, fieldPolicy }) => startApolloSubgraph({
    name: 'prescriptions',
    typeDefs: readSchema('prescriptions'),
    resolvers,
    context: (access) => newContext(db, access, grants),
    fieldPolicy,
    accessContextSecret: options.accessContextSecret,
    port: options.port,
    host: options.host,
  }));
}

export const prescriptionsSubgraph: SubgraphModule = {
  name: 'prescriptions',
  schema: 'prescriptions',
  defaultPort: 4104,
  migrations: join(__dirname, '..', 'migrations'),
  seeder: prescriptionsSeeder,
  start: (options) => startPrescriptions(options),
};
