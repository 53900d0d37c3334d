import { PoolClient } from 'pg';

/** Memory for building the indexes back, per connection. */
const INDEX_BUILD_MEMORY = '512MB';

/**
 * Prepares one schema, in the caller's transaction, for having all its rows replaced: empties
 * its tables (but the migration log), and drops its foreign keys and the indexes that back no
 * constraint. Building an index once over the loaded rows is much cheaper than maintaining it
 * row by row, and adding a foreign key checks all rows in one query rather than a trigger per row.
 * Returns what puts them back, to run in the same transaction after the load: a failed load
 * leaves the schema as it was.
 */
export async function emptyForBulkLoad(client: PoolClient, schema: string): Promise<() => Promise<void>> {
  const tables = await client.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = $1 AND tablename <> 'schema_migrations'`,
    [schema],
  );
  if (tables.rows.length > 0) await client.query(`TRUNCATE ${tables.rows.map((t) => t.name).join(', ')}`);
  const foreignKeys = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS table, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND connamespace = $1::regnamespace ORDER BY conrelid, conname`,
    [schema],
  );
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE c.relnamespace = $1::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
      ORDER BY i.indexrelid`,
    [schema],
  );
  for (const fk of foreignKeys.rows) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
  for (const index of indexes.rows) await client.query(`DROP INDEX ${index.name}`);
  return async () => {
    await client.query(`SET LOCAL maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
    for (const index of indexes.rows) await client.query(index.definition);
    for (const fk of foreignKeys.rows) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${fk.definition}`);
  };
}
