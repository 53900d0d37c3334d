import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadDataSet } from '../../data/src/load';
import { World } from '../../data/src/world';
import { RunningSubgraph, StartOptions, SubgraphModule } from '../../subgraphs/common/src/module';
import { eligibilitySubgraph } from '../../subgraphs/eligibility/src';
import { AccessContext } from '../../common/src/access/access-context';
import { signedHeaders, TEST_ACCESS_CONTEXT_SECRET } from './access';
import { GraphQLResponse, postGraphQL } from './graphql';
import { createTestDatabase } from './postgres';

type Variables = Record<string, unknown>;

/** A response with the number of SQL statements the subgraph ran while it was being produced. */
export interface Counted<T> {
  readonly response: T;
  readonly statements: number;
}

/** A temp database with one subgraph's schema and rows, and the subgraph serving it in this process on a free port. */
export interface SubgraphHarness {
  /** A pool on the subgraph's schema, for finding and crafting rows (its own statements are not counted). */
  readonly pool: Pool;
  readonly server: RunningSubgraph;
  /** The secret the subgraph accepts access contexts signed with. */
  readonly accessContextSecret: string;
  /** Runs a query with an access context signed as the gateway signs it (a physician's unless `access` says otherwise). */
  query<T = Record<string, unknown>>(query: string, variables?: Variables, access?: AccessContext): Promise<GraphQLResponse<T>>;
  /** Runs a query and returns its response with the number of SQL statements the subgraph ran for it. */
  counted<T = Record<string, unknown>>(query: string, variables?: Variables): Promise<Counted<GraphQLResponse<T>>>;
  close(): Promise<void>;
}

export interface SubgraphHarnessOptions {
  /** A generated data set for the module's seeder to load (all of the world's people) before the server starts. */
  readonly world?: World;
  /** Starts the server; the module's own start unless a test needs other options. */
  readonly start?: (options: StartOptions) => Promise<RunningSubgraph>;
  /**
   * Whether the access policy guards the fields (StartOptions.enforceFieldPolicy). Default true;
   * false for tests of what the resolvers return, which read every field whoever asks.
   */
  readonly enforceFieldPolicy?: boolean;
}

/** Runs `request` and returns its result with the number of SQL statements `harness`' subgraph ran meanwhile. */
export async function counted<T>(harness: Pick<SubgraphHarness, 'server'>, request: () => Promise<T>): Promise<Counted<T>> {
  const before = harness.server.stats.statements;
  const response = await request();
  return { response, statements: harness.server.stats.statements - before };
}

/**
 * Creates a database, migrates `module` into it (and eligibility, whose grants table is the
 * consent registry every subgraph reads), loads the world (if given) with its seeder and starts
 * the subgraph on a free port.
 */
export async function startSubgraph(module: SubgraphModule, options: SubgraphHarnessOptions = {}): Promise<SubgraphHarness> {
  const database = await createTestDatabase();
  try {
    await database.migrate(...(module.name === eligibilitySubgraph.name ? [module] : [eligibilitySubgraph, module]));
    const pool = database.pool(module.schema);
    if (options.world && module.seeder) await loadDataSet(pool, options.world, [module.seeder], { people: options.world.options.people });
    const accessContextSecret = TEST_ACCESS_CONTEXT_SECRET;
    const startOptions: StartOptions = { pool, accessContextSecret, port: 0, enforceFieldPolicy: options.enforceFieldPolicy ?? true };
    const server = await (options.start ? options.start(startOptions) : module.start(startOptions));
    const query = <T>(text: string, variables?: Variables, access?: AccessContext): Promise<GraphQLResponse<T>> =>
      postGraphQL<T>(server.url, text, variables, signedHeaders(accessContextSecret, access));
    return {
      pool,
      server,
      accessContextSecret,
      query,
      counted: <T>(text: string, variables?: Variables) => counted({ server }, () => query<T>(text, variables)),
      async close() {
        await server.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/** A subgraph's standalone entry point running as its own process. */
export interface MainProcess {
  readonly child: ChildProcess;
  /** What it has written to stdout and stderr so far. */
  output(): string;
  readonly exited: Promise<number | null>;
}

const mains: MainProcess[] = [];

/** Runs `subgraphs/<subgraph>/src/main.ts` under tsx with `env` over this environment (less its DATABASE_URL and ACCESS_CONTEXT_SECRET). */
export function runMain(subgraph: string, env: Record<string, string>): MainProcess {
  const { DATABASE_URL: _database, ACCESS_CONTEXT_SECRET: _secret, ...rest } = process.env;
  const main = join(__dirname, '..', '..', 'subgraphs', subgraph, 'src', 'main.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', main], { env: { ...rest, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = { child, output: () => output, exited };
  mains.push(started);
  return started;
}

/** The URL `started` logs (the first group of `pattern`); fails when it exits or 30 seconds pass first. */
export async function loggedUrl(started: MainProcess, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = pattern.exec(started.output());
    if (found) return found[1]!;
    const exited = await Promise.race([started.exited.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 100))]);
    if (exited || Date.now() > deadline) throw new Error(`main.ts did not report its URL: ${started.output()}`);
  }
}

/** Kills the entry points this test file started that are still running. */
export function killMains(): void {
  for (const started of mains) if (started.child.exitCode === null && started.child.signalCode === null) started.child.kill('SIGKILL');
}
