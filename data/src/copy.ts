import { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { CopyValue, TableSpec } from './seeder';

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeText(value: string): string {
  return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPES[c]!) : value;
}

function arrayLiteral(values: readonly (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

function field(value: CopyValue): string {
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return escapeText(arrayLiteral(value));
}

/** One row in PostgreSQL's COPY text format. */
export function copyLine(row: readonly CopyValue[]): string {
  let line = field(row[0]!);
  for (let i = 1; i < row.length; i++) line += `\t${field(row[i]!)}`;
  return `${line}\n`;
}

/** A growing UTF-8 byte string: lines are encoded as they come, with no large intermediate strings. */
class Utf8Builder {
  private bytes = Buffer.allocUnsafe(1 << 16);
  length = 0;

  append(text: string): void {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    const room = this.length + text.length * 3;
    if (room > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(room, this.bytes.length * 2));
      this.bytes.copy(grown, 0, 0, this.length);
      this.bytes = grown;
    }
    this.length += this.bytes.write(text, this.length, 'utf8');
  }

  /** A copy of the bytes in a buffer of their own (transferable to another thread). */
  take(): Uint8Array {
    const out = new Uint8Array(this.length);
    out.set(this.bytes.subarray(0, this.length));
    this.length = 0;
    return out;
  }
}

/** A chunk of one table: its rows in COPY text (UTF-8) and how many there are. */
export interface TableChunk {
  readonly bytes: Uint8Array;
  readonly rows: number;
}

/** The chunks of one seeder's tables, by table name (tables with no rows left out). */
export type SeederChunk = ReadonlyMap<string, TableChunk>;

interface TableText {
  readonly columns: number;
  readonly text: Utf8Builder;
  rows: number;
}

/** Rows of one seeder's tables in COPY text, collected for a chunk of people. */
export class RowBuffer {
  private readonly byTable = new Map<string, TableText>();

  constructor(tables: readonly TableSpec[]) {
    for (const t of tables) this.byTable.set(t.table, { columns: t.columns.length, text: new Utf8Builder(), rows: 0 });
  }

  add(table: string, row: readonly CopyValue[]): void {
    const target = this.byTable.get(table);
    if (!target) throw new Error(`no table ${table} in this seeder`);
    if (row.length !== target.columns) throw new Error(`${table}: ${row.length} values for ${target.columns} columns`);
    target.text.append(copyLine(row));
    target.rows++;
  }

  /** Takes the collected rows, leaving the buffer empty for the next chunk. */
  drain(): Map<string, TableChunk> {
    const out = new Map<string, TableChunk>();
    for (const [table, target] of this.byTable) {
      if (target.rows === 0) continue;
      out.set(table, { bytes: target.text.take(), rows: target.rows });
      target.rows = 0;
    }
    return out;
  }
}

/**
 * COPYs each table's rows in the seeder's table order (parents before children), on one connection.
 * `freeze` writes the rows already frozen: only for tables emptied in the same transaction.
 */
export async function copyChunk(client: PoolClient, schema: string, tables: readonly TableSpec[], chunk: SeederChunk, freeze = false): Promise<void> {
  for (const spec of tables) {
    const bytes = chunk.get(spec.table)?.bytes;
    if (!bytes || bytes.length === 0) continue;
    const sink = client.query(copyFrom(`COPY ${schema}.${spec.table} (${spec.columns.join(', ')}) FROM STDIN${freeze ? ' WITH (FREEZE)' : ''}`));
    await pipeline(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), sink);
  }
}
