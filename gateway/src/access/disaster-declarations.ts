import { Client } from 'pg';
import { DeclaredRegion, DISASTER_REGIONS_CHANNEL, Location, periodsAt, readRegionsNotEnded } from '../../../common/src/access/disaster-regions';
import { SqlReader } from '../../../common/src/access/sql-reader';
import { logEvent } from '../../../common/src/log';
import { DeclaredPeriod } from '../../../common/src/policy';

export interface DisasterDeclarations {
  /** The declared periods of the location's municipality (whatever their dates), as PostgreSQL has them. */
  periodsAt(location: Location): Promise<DeclaredPeriod[]>;
  close(): Promise<void>;
}

export interface DisasterDeclarationsOptions {
  /** PostgreSQL with the eligibility schema: where the declarations are, and where their changes are announced. */
  readonly databaseUrl: string;
  /** The read-only registry connection the declarations are read on. */
  readonly reader: SqlReader;
  /** The longest the declarations are kept without a word from PostgreSQL, in ms. Default 30,000. */
  readonly maxAgeMs?: number;
  /** How long to wait before listening again once the connection is lost, in ms. Default 1,000. */
  readonly reconnectDelayMs?: number;
  /** The clock (tests move it). Default the system clock. */
  readonly now?: () => Date;
}

/**
 * The declared disasters as a gateway holds them: read from PostgreSQL (the truth) and kept in
 * this process, dropped the moment eligibility announces a change (LISTEN on the channel it
 * NOTIFYs in the transaction that changes them, so the word comes once the change is committed).
 * Another gateway on the same database is told the same, so a declaration made through one is in
 * force on every one at once. Kept at most `maxAgeMs` in any case, and not at all while the
 * connection that listens is down (every question then reads PostgreSQL).
 */
export async function listenedDeclarations(options: DisasterDeclarationsOptions): Promise<DisasterDeclarations> {
  const now = options.now ?? (() => new Date());
  const maxAgeMs = options.maxAgeMs ?? 30_000;
  const reconnectDelayMs = options.reconnectDelayMs ?? 1_000;
  let held: { regions: readonly DeclaredRegion[]; readAt: number } | null = null;
  /** Counts the changes announced: a read begun before one is not kept. */
  let generation = 0;
  let listening = false;
  let closed = false;
  let client: Client | null = null;
  let retry: NodeJS.Timeout | undefined;

  const forget = () => {
    generation++;
    held = null;
  };

  const listen = async (): Promise<void> => {
    const connection = new Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 5000 });
    const lost = () => {
      if (client !== connection) return;
      listening = false;
      client = null;
      forget();
      connection.end().catch(() => undefined);
      if (!closed) retry = setTimeout(() => void listen(), reconnectDelayMs).unref();
    };
    connection.on('notification', (message) => {
      if (message.channel === DISASTER_REGIONS_CHANNEL) forget();
    });
    connection.on('error', lost);
    connection.on('end', lost);
    client = connection;
    try {
      await connection.connect();
      await connection.query(`LISTEN ${DISASTER_REGIONS_CHANNEL}`);
      listening = true;
      // Whatever changed before it listened is read afresh.
      forget();
    } catch (error) {
      logEvent('gateway', 'disaster-declarations-unlistened', { code: (error as { code?: unknown }).code ?? null });
      lost();
    }
  };

  async function regions(): Promise<readonly DeclaredRegion[]> {
    const time = now().getTime();
    if (listening && held !== null && time - held.readAt <= maxAgeMs) return held.regions;
    const before = generation;
    const read = await readRegionsNotEnded(options.reader, now());
    if (listening && generation === before) held = { regions: read, readAt: time };
    return read;
  }

  await listen();
  return {
    periodsAt: async (location) => periodsAt(await regions(), location),
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const connection = client;
      client = null;
      listening = false;
      await connection?.end().catch(() => undefined);
    },
  };
}
