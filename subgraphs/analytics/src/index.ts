import { join } from 'node:path';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { startApolloSubgraph } from '../../common/src/apollo-subgraph';
import { newContext, SubgraphContext } from '../../common/src/context';
import { Database } from '../../common/src/database';
import { RunningSubgraph, StartOptions, SubgraphModule } from '../../common/src/module';
import { readSchema } from '../../common/src/schema-file';
import { startWithGrants } from '../../common/src/start-with-grants';
import { withAggregatePolicy } from './aggregate-policy';
import { Refresher } from './refresh/refresher';
import { analyticsResolvers } from './resolvers';

/** The analytics data set has no rows of its own to generate: its aggregates are computed from the others' (refresh.ts). */
const ANALYTICS_SEEDER = { schema: 'analytics', tables: [], reference: () => undefined, person: () => undefined };

export interface AnalyticsOptions {
  /** Minutes between refreshes of the aggregates (0: only at start, when never computed). Default `ANALYTICS_REFRESH_MINUTES`, else 15. */
  readonly refreshMinutes?: number;
  /** Today's date in Japan (YYYY-MM-DD); the real date unless a test fixes it. */
  readonly today?: () => string;
}

export interface RunningAnalytics extends RunningSubgraph {
  /** Computes the aggregates now; what an operator runs after loading data, and tests after crafting it. */
  refresh: Refresher['refresh'];
}

/** ANALYTICS_REFRESH_MINUTES, read when the subgraph starts: a whole number of minutes, 15 when unset. */
export function refreshMinutesFromEnvironment(value: string | undefined = process.env.ANALYTICS_REFRESH_MINUTES): number {
  if (value === undefined || value === '') return 15;
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes < 0) throw new Error(`ANALYTICS_REFRESH_MINUTES must be a whole number of minutes, got ${value}`);
  return minutes;
}

/**
 * Serves the aggregates for the internal analytics explorers on @apollo/server + @apollo/subgraph,
 * after computing them when they never were (the first start, or data just loaded).
 */
export async function startAnalytics(options: StartOptions & AnalyticsOptions): Promise<RunningAnalytics> {
  const db = new Database(options.pool);
  const refresher = new Refresher(options.pool, { intervalMinutes: options.refreshMinutes ?? refreshMinutesFromEnvironment(), today: options.today });
  await refresher.start();
  const typeDefs = readSchema('analytics');
  // The generated resolver types are exact per type; @apollo/subgraph takes a looser map of the same functions.
  const resolvers = analyticsResolvers(options.today) as Parameters<typeof withAggregatePolicy>[1];
  try {
    // No field holds a person's record: no record facts (every field is guarded by withAggregatePolicy instead of graphql-shield).
    const running = await startWithGrants('analytics', db, options, {}, ({ grants, fieldPolicy }) =>
      startApolloSubgraph({
        name: 'analytics',
        typeDefs,
        resolvers: (fieldPolicy ? withAggregatePolicy(typeDefs, resolvers) : resolvers) as GraphQLResolverMap<SubgraphContext>,
        context: (access) => newContext(db, access, grants),
        fieldPolicy: null,
        accessContextSecret: options.accessContextSecret,
        port: options.port,
        host: options.host,
      }),
    );
    return {
      ...running,
      refresh: () => refresher.refresh(),
      stop: async () => {
        await refresher.stop();
        await running.stop();
      },
    };
  } catch (error) {
    await refresher.stop();
    throw error;
  }
}

/** The analytics subgraph, with options of its own (tests fix the date and the refresh). */
export function analyticsModule(analytics: AnalyticsOptions = {}): SubgraphModule {
  return {
    name: 'analytics',
    schema: 'analytics',
    defaultPort: 4105,
    migrations: join(__dirname, '..', 'migrations'),
    seeder: ANALYTICS_SEEDER,
    start: (options) => startAnalytics({ ...options, ...analytics }),
  };
}

export const analyticsSubgraph: SubgraphModule = analyticsModule();
