import { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { CopyValue, TableSpec } from './seeder';

function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function arrayLiteral(values: readonly (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

/** One row in PostgreSQL's COPY text format. */
export function copyLine(row: readonly CopyValue[]): string {
  return `${row
    .map((v) => (v === null ? '\\N' : Array.isArray(v) ? escapeText(arrayLiteral(v)) : typeof v === 'boolean' ? (v ? 't' : 'f') : escapeText(String(v))))
    .join('\t')}\n`;
}

/** Rows of one seeder's tables, collected for a chunk of people. */
export class RowBuffer {
  private readonly lines = new Map<string, string[]>();
  readonly counts = new Map<string, number>();

  constructor(private readonly tables: readonly TableSpec[]) {
    for (const t of tables) this.lines.set(t.table, []);
  }

  add(table: string, row: readonly CopyValue[]): void {
    const spec = this.tables.find((t) => t.table === table);
    if (!spec) throw new Error(`no table ${table} in this seeder`);
    if (row.length !== spec.columns.length) throw new Error(`${table}: ${row.length} values for ${spec.columns.length} columns`);
    this.lines.get(table)!.push(copyLine(row));
    this.counts.set(table, (this.counts.get(table) ?? 0) + 1);
  }

  /** Takes the collected lines, leaving the buffer empty for the next chunk. */
  drain(): Map<string, string[]> {
    const out = new Map(this.lines);
    for (const t of this.tables) this.lines.set(t.table, []);
    return out;
  }
}

/** COPYs each table's lines in the seeder's table order (parents before children), on one connection. */
export async function copyChunk(client: PoolClient, schema: string, tables: readonly TableSpec[], lines: Map<string, string[]>): Promise<void> {
  for (const spec of tables) {
    const rows = lines.get(spec.table);
    if (!rows || rows.length === 0) continue;
    const sink = client.query(copyFrom(`COPY ${schema}.${spec.table} (${spec.columns.join(', ')}) FROM STDIN`));
    await pipeline(Readable.from(chunks(rows)), sink);
  }
}

function* chunks(rows: string[], size = 2000): Generator<string> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size).join('');
}
