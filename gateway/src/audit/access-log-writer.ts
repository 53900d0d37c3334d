import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Pool } from 'pg';
import { AccessEvent, ChainedAccessEvent } from '../../../common/src/audit/access-event';
import { AUDIT_WRITER_ROLE, CHAINS_TABLE, EVENT_COLUMN_TYPES, EVENT_COLUMNS, EVENTS_TABLE, rowOfEvent } from '../../../common/src/audit/event-row';
import { chainEvents, GENESIS_HASH } from '../../../common/src/audit/hash-chain';

/** Where the access log's events go: `append` resolves once they are committed, and rejects if they were not. */
export interface AccessEventSink {
  append(events: readonly AccessEvent[]): Promise<void>;
  close(): Promise<void>;
}

export interface AccessLogWriterOptions {
  /** PostgreSQL with the audit schema (AUDIT_DATABASE_URL); its user must be allowed to act as `role`. */
  readonly databaseUrl: string;
  /** The role the events are written as. Default AUDIT_WRITER_ROLE. */
  readonly role?: string;
  /** The most events one INSERT carries; more wait for the next. Default 1,000. */
  readonly maxBatch?: number;
  /** How long one write may take, in ms, before the requests waiting on it are refused. Default 5,000. */
  readonly timeoutMs?: number;
  /** Names this gateway instance in its chains' rows. Default host and process id. */
  readonly writerName?: string;
}

/** What a writer has done since it started. */
export interface WriterStats {
  /** INSERT statements that committed: each one transaction, with the events of every request waiting then. */
  writes: number;
  events: number;
  /** Writes that failed: their requests were refused. */
  failures: number;
}

interface Waiting {
  readonly events: readonly AccessEvent[];
  resolve(): void;
  reject(error: Error): void;
}

interface Chain {
  readonly id: string;
  readonly startedAt: Date;
  sequence: number;
  hash: string;
  /** Whether its row in the chains table was written. */
  registered: boolean;
}

const newChain = (): Chain => ({ id: randomUUID(), startedAt: new Date(), sequence: 0, hash: GENESIS_HASH, registered: false });

const monthOf = (time: Date): string => time.toISOString().slice(0, 7);
const nextMonth = (time: Date): Date => new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth() + 1, 1));

const RECORDSET = `jsonb_to_recordset($1::jsonb) AS r(${EVENT_COLUMNS.map((column) => `${column} ${EVENT_COLUMN_TYPES[column]}`).join(', ')})`;
const INSERT_EVENTS = `INSERT INTO ${EVENTS_TABLE} (${EVENT_COLUMNS.join(', ')}) SELECT ${EVENT_COLUMNS.join(', ')} FROM ${RECORDSET}`;
const INSERT_CHAIN_AND_EVENTS = `WITH chain AS (INSERT INTO ${CHAINS_TABLE} (id, started_at, writer) VALUES ($2, $3, $4)) ${INSERT_EVENTS}`;

/**
 * Writes access events to PostgreSQL with group commit: the events of every request that asks
 * while a write is under way go together in the next one, one INSERT (one transaction) each, so a
 * busy gateway writes larger batches rather than more of them. Each event is linked into this
 * instance's hash chain as it is written; a write that fails rejects all its events and starts a
 * new chain (whether the failed statement committed cannot be known). Monthly partitions are made
 * ahead of the events that need them.
 */
export class AccessLogWriter implements AccessEventSink {
  readonly stats: WriterStats = { writes: 0, events: 0, failures: 0 };
  private readonly pool: Pool;
  private readonly maxBatch: number;
  private readonly writerName: string;
  private readonly waiting: Waiting[] = [];
  private readonly months = new Set<string>();
  private chain = newChain();
  private flushing: Promise<void> | null = null;
  private closed = false;

  constructor(options: AccessLogWriterOptions) {
    const timeoutMs = options.timeoutMs ?? 5_000;
    this.pool = new Pool({
      connectionString: options.databaseUrl,
      max: 2,
      options: `-c search_path=audit -c role=${options.role ?? AUDIT_WRITER_ROLE}`,
      connectionTimeoutMillis: timeoutMs,
      statement_timeout: timeoutMs,
      query_timeout: timeoutMs,
    });
    // An idle client that loses its server must not crash the gateway; the next write reports it.
    this.pool.on('error', () => undefined);
    this.maxBatch = options.maxBatch ?? 1_000;
    this.writerName = options.writerName ?? `${hostname()}:${process.pid}`;
  }

  append(events: readonly AccessEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    if (this.closed) return Promise.reject(new Error('the access log writer is closed'));
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ events, resolve, reject });
      // On the next turn of the event loop: what other requests append meanwhile goes in the same write.
      this.flushing ??= new Promise<void>((done) => setImmediate(() => void this.flush().finally(done)));
    });
  }

  /** Writes what is waiting, then closes the pool. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flushing;
    await this.pool.end();
  }

  private async flush(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.takeBatch();
      const events = batch.flatMap((w) => w.events);
      try {
        await this.write(events);
        this.stats.writes += 1;
        this.stats.events += events.length;
        for (const w of batch) w.resolve();
      } catch (error) {
        this.stats.failures += 1;
        this.chain = newChain();
        for (const w of batch) w.reject(error as Error);
      }
    }
    this.flushing = null;
  }

  /** Whole requests, up to `maxBatch` events (at least one request). */
  private takeBatch(): Waiting[] {
    const batch: Waiting[] = [];
    let size = 0;
    while (this.waiting.length > 0 && (batch.length === 0 || size + this.waiting[0]!.events.length <= this.maxBatch)) {
      const next = this.waiting.shift()!;
      batch.push(next);
      size += next.events.length;
    }
    return batch;
  }

  private async write(events: readonly AccessEvent[]): Promise<void> {
    await this.ensurePartitions(events);
    const chain = this.chain;
    const chained: ChainedAccessEvent[] = chainEvents(events, chain.id, chain);
    const rows = JSON.stringify(chained.map(rowOfEvent));
    if (chain.registered) await this.pool.query(INSERT_EVENTS, [rows]);
    else await this.pool.query(INSERT_CHAIN_AND_EVENTS, [rows, chain.id, chain.startedAt, this.writerName]);
    const last = chained[chained.length - 1]!;
    chain.registered = true;
    chain.sequence = last.sequence;
    chain.hash = last.hash;
  }

  /** The partitions of the events' months and of the month after, made once per month by this instance. */
  private async ensurePartitions(events: readonly AccessEvent[]): Promise<void> {
    const times = events.map((event) => event.recordedAt.getTime());
    const [earliest, latest] = [new Date(Math.min(...times)), new Date(Math.max(...times))];
    const ahead = nextMonth(latest);
    const needed = [...new Set([...events.map((event) => monthOf(event.recordedAt)), monthOf(ahead)])];
    if (needed.every((month) => this.months.has(month))) return;
    await this.pool.query('SELECT audit.ensure_partitions($1, $2)', [earliest, ahead]);
    for (const month of needed) this.months.add(month);
  }
}
