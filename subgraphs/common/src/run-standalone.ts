import { requireAccessContextSecret } from '../../../common/src/access/access-context-secret';
import { positiveIntegerFromEnv } from '../../../common/src/env-numbers';
import { createPool } from './database';
import { migrate } from './migrate';
import { SubgraphModule } from './module';

function portFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${value}`);
  return port;
}

/**
 * Runs one subgraph as its own service: `DATABASE_URL` (required), `ACCESS_CONTEXT_SECRET`
 * (required, at least 32 bytes: the gateway's, so that it answers the gateway only), `PORT`
 * (default the module's `defaultPort`), `HOST` (default 127.0.0.1), `REAUTHENTICATION_WINDOW_SECONDS`
 * (eligibility; the gateway's, default 300), `CONSENT_VERIFICATION_WINDOW_SECONDS` (eligibility, default 300). Applies the subgraph's migrations, serves,
 * and on SIGTERM or SIGINT stops once, closes its pool and exits 0.
 */
export function runStandalone(module: SubgraphModule): void {
  const start = async (): Promise<void> => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error('DATABASE_URL is required (e.g. postgres://postgres@127.0.0.1:5432/postgres)');
    const accessContextSecret = requireAccessContextSecret(process.env.ACCESS_CONTEXT_SECRET);
    const port = portFrom(process.env.PORT, module.defaultPort);
    const pool = createPool({ connectionString, schema: module.schema });
    await migrate(pool, module.schema, module.migrations);
    const reauthenticationWindowSeconds = positiveIntegerFromEnv(process.env, 'REAUTHENTICATION_WINDOW_SECONDS');
    const consentVerificationWindowSeconds = positiveIntegerFromEnv(process.env, 'CONSENT_VERIFICATION_WINDOW_SECONDS');
    const running = await module.start({
      pool,
      accessContextSecret,
      port,
      host: process.env.HOST ?? '127.0.0.1',
      reauthenticationWindowSeconds,
      consentVerificationWindowSeconds,
    });
    console.log(`${module.name} subgraph ready at ${running.url}`);
    let stopping: Promise<void> | null = null;
    const stop = (): Promise<void> =>
      (stopping ??= (async () => {
        await running.stop();
        await pool.end();
        process.exit(0);
      })());
    process.on('SIGTERM', () => void stop());
    process.on('SIGINT', () => void stop());
  };
  start().catch((error: unknown) => {
    console.error(`${module.name} subgraph failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
