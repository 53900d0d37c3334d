import { join } from 'node:path';

/** The PostgreSQL schema the checkups subgraph owns, and its migrations. */
export const CHECKUPS_SCHEMA = 'checkups';
export const CHECKUPS_MIGRATIONS = join(__dirname, '..', 'migrations');
