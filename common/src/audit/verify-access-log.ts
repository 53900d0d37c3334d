import { Client } from 'pg';
import { ChainVerifier, Verification } from './chain-verifier';
import { AUDIT_READER_ROLE, CHAINS_TABLE, EVENTS_TABLE, EventRow, eventOfRow, SELECT_EVENT } from './event-row';

export interface VerifyOptions {
  /** PostgreSQL with the audit schema; its user must be allowed to act as AUDIT_READER_ROLE. */
  readonly databaseUrl: string;
  /** Only events recorded from then on (after older months were detached for retention). Default all. */
  readonly since?: Date;
  /** Events read per statement. Default 5,000. */
  readonly pageSize?: number;
}

/**
 * Reads the whole access log, chain by chain in order, and checks every hash and every link
 * (ChainVerifier). Reads in pages, so the log may be larger than memory, as AUDIT_READER_ROLE, so
 * verifying cannot change it.
 */
export async function verifyAccessLog(options: VerifyOptions): Promise<Verification> {
  const client = new Client({ connectionString: options.databaseUrl, options: `-c role=${AUDIT_READER_ROLE}` });
  await client.connect();
  try {
    const since = options.since ?? null;
    const chains = await client.query<{ id: string; started_at: Date }>(`SELECT id, started_at FROM ${CHAINS_TABLE}`);
    const verifier = new ChainVerifier({ registered: new Map(chains.rows.map((c) => [c.id, c.started_at])), since: since ?? undefined });
    const pageSize = options.pageSize ?? 5_000;
    let after: [string, string, string] | null = null;
    for (;;) {
      const page = await client.query<EventRow>(
        `SELECT ${SELECT_EVENT} FROM ${EVENTS_TABLE} e
          WHERE ($1::timestamptz IS NULL OR e.recorded_at >= $1)
            AND ($2::uuid IS NULL OR (e.chain_id, e.seq, e.id) > ($2::uuid, $3::bigint, $4::uuid))
          ORDER BY e.chain_id, e.seq, e.id LIMIT $5`,
        [since, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, pageSize],
      );
      const rows: EventRow[] = page.rows;
      for (const row of rows) verifier.check(eventOfRow(row));
      if (rows.length < pageSize) break;
      const last: EventRow = rows[rows.length - 1]!;
      after = [last.chain_id, last.seq, last.id];
    }
    return verifier.result();
  } finally {
    await client.end();
  }
}
