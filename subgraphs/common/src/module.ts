import { Pool } from 'pg';
import { Cache } from '../../../common/src/cache/cache';
import { SubgraphSeeder } from '../../../data/src/seeder';
import { RunningService } from './apollo-subgraph';
import { SqlStats } from './database';

export interface StartOptions {
  /** A pool whose connections use this subgraph's schema (see createPool). */
  readonly pool: Pool;
  /** The secret the gateway signs access contexts with (ACCESS_CONTEXT_SECRET); requests not signed with it are refused. */
  readonly accessContextSecret: string;
  readonly port: number;
  readonly host?: string;
  /** The cache grant look-ups read through, shared with the rest of the stack. Default: Redis at `REDIS_URL`, else process memory. */
  readonly cache?: Cache;
  /**
   * Whether every field is guarded by the access policy. Default true; false only for tests of
   * what the resolvers return, which must read every field whoever asks.
   */
  readonly enforceFieldPolicy?: boolean;
  /**
   * Eligibility: how recently the caller must have authenticated to open emergency access without a
   * card, in seconds; the gateway is given the same. Env `REAUTHENTICATION_WINDOW_SECONDS`, default 300
   * (the access policy's 5 minutes).
   */
  readonly reauthenticationWindowSeconds?: number;
  /**
   * Eligibility: how long after the card reader verified the patient its consent report is still
   * recorded, in seconds. Env `CONSENT_VERIFICATION_WINDOW_SECONDS`, default 300.
   */
  readonly consentVerificationWindowSeconds?: number;
}

export interface RunningSubgraph extends RunningService {
  /** Statements run since start, for tests and the benchmark. */
  readonly stats: SqlStats;
}

/** What each subgraph package exports: its name, PostgreSQL schema, migrations, data generator (if its data is generated) and server. */
export interface SubgraphModule {
  readonly name: string;
  readonly schema: string;
  /** The port it serves on unless told otherwise (the supergraph records these). */
  readonly defaultPort: number;
  readonly migrations: string;
  /** Generates its synthetic data; none for a subgraph whose data is never generated (the access log, which the gateway writes). */
  readonly seeder?: SubgraphSeeder;
  start(options: StartOptions): Promise<RunningSubgraph>;
}
