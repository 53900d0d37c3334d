import { GrantStore } from '../../../common/src/access/grant-store';
import { RunningService } from './apollo-subgraph';
import { Database } from './database';
import { RecordFactsByType } from './field-policy/record-facts';
import { openGrantStore } from './grant-store';
import { RunningSubgraph, StartOptions } from './module';

/** What a subgraph's server is started with, beyond its own options. */
export interface SubgraphRuntime {
  readonly grants: GrantStore;
  /** The facts its field policy reads, or null when the policy is off (StartOptions.enforceFieldPolicy). */
  readonly fieldPolicy: RecordFactsByType | null;
}

/**
 * Starts a subgraph's server with the consent registry open (closed again when it stops or
 * fails to start) and its field policy on unless the options turn it off.
 */
export async function startWithGrants(
  name: string,
  db: Database,
  options: StartOptions,
  facts: RecordFactsByType,
  start: (runtime: SubgraphRuntime) => Promise<RunningService>,
): Promise<RunningSubgraph> {
  const grants = await openGrantStore(name, db, options.cache);
  let service: RunningService;
  try {
    service = await start({ grants: grants.store, fieldPolicy: options.enforceFieldPolicy === false ? null : facts });
  } catch (error) {
    await grants.close();
    throw error;
  }
  const stop = async (): Promise<void> => {
    await service.stop();
    await grants.close();
  };
  return { ...service, stop, stats: db.stats };
}
