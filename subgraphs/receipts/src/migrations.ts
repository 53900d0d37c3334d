import { join } from 'node:path';

/** The receipts schema's migrations (001_init.sql, ...), applied by subgraphs/common/src/migrate.ts. */
export const RECEIPTS_MIGRATIONS = join(__dirname, '..', 'migrations');
