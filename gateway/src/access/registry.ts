import { Pool, QueryResultRow } from 'pg';
import { SqlReader } from '../../../common/src/access/sql-reader';
import { ERRORS } from '../../../common/src/errors';
import { logEvent } from '../../../common/src/log';
import { CallerRegistry, InstitutionLocation, InternalUserRecord, PersonRecord, StaffRecord, TerminalRecord } from './caller-registry';

/** A staff member's record, from `staff` aliased `s`. */
const STAFF_COLUMNS = `s.login_id AS "loginId", s.institution_code AS "institutionCode", s.qualification,
  EXISTS (SELECT 1 FROM disaster_authorities d WHERE d.staff_id = s.id AND d.revoked_at IS NULL) AS "disasterAuthority"`;

export interface RegistryOptions {
  /** PostgreSQL holding the eligibility schema (REGISTRY_DATABASE_URL). */
  readonly databaseUrl: string;
  /** Connections at most. Default 5. */
  readonly maxConnections?: number;
  /**
   * Time allowed to connect and for one statement, in ms. Default 5,000: a server that goes
   * silent (connections open, nothing answered) makes a look-up SERVICE_UNAVAILABLE, not a hang.
   */
  readonly timeoutMs?: number;
}

export interface PostgresRegistry extends CallerRegistry {
  /** The same read-only pool, for the consent registry's grants (eligibility.grants). */
  readonly reader: SqlReader;
  close(): Promise<void>;
}

/**
 * The caller registries read from the eligibility schema on a pool of the gateway's own, whose
 * sessions are read-only: parameterised statements only. A registry that cannot be read is
 * SERVICE_UNAVAILABLE, so no caller is accepted without having been looked up.
 */
export function postgresRegistry(options: RegistryOptions): PostgresRegistry {
  const pool = new Pool({
    connectionString: options.databaseUrl,
    max: options.maxConnections ?? 5,
    options: '-c search_path=eligibility -c default_transaction_read_only=on',
    connectionTimeoutMillis: options.timeoutMs ?? 5000,
    // Both: the server's bound frees it, the client's answers even when the server cannot be heard.
    statement_timeout: options.timeoutMs ?? 5000,
    query_timeout: options.timeoutMs ?? 5000,
  });
  // An idle client that loses its server must not crash the gateway; the next lookup reports it.
  pool.on('error', () => undefined);

  async function first<R extends QueryResultRow>(text: string, values: readonly unknown[]): Promise<R | null> {
    try {
      return (await pool.query<R>(text, values as unknown[])).rows[0] ?? null;
    } catch (error) {
      // The code only: PostgreSQL's messages can quote the parameters, and those identify people.
      logEvent('gateway', 'registry-unavailable', { code: (error as { code?: unknown }).code ?? null });
      throw ERRORS.SERVICE_UNAVAILABLE('The caller registry is unavailable; retry later');
    }
  }

  return {
    staff: (loginId, institutionCode) =>
      first<StaffRecord>(`SELECT ${STAFF_COLUMNS} FROM staff s WHERE s.login_id = $1 AND s.institution_code = $2`, [loginId, institutionCode]),
    emergencyIdHolder: (emergencyId, institutionCode) =>
      first<StaffRecord>(
        `SELECT ${STAFF_COLUMNS} FROM emergency_ids e JOIN staff s ON s.id = e.staff_id AND s.institution_code = e.institution_code
          WHERE e.login_id = $1 AND e.institution_code = $2 AND e.revoked_at IS NULL`,
        [emergencyId, institutionCode],
      ),
    terminal: (id, institutionCode) =>
      first<TerminalRecord>(
        'SELECT id::text AS id, institution_code AS "institutionCode", kind FROM terminals WHERE id = $1::bigint AND institution_code = $2 AND retired_at IS NULL',
        [id, institutionCode],
      ),
    institutionLocation: (institutionCode) =>
      first<InstitutionLocation>('SELECT prefecture_code AS "prefectureCode", municipality_code AS "municipalityCode" FROM institutions WHERE code = $1', [
        institutionCode,
      ]),
    internalUser: (loginId) => first<InternalUserRecord>('SELECT login_id AS "loginId", role FROM internal_users WHERE login_id = $1', [loginId]),
    person: (personId, on) =>
      first<PersonRecord>(
        `SELECT p.id::text AS "personId",
                EXISTS (SELECT 1 FROM card_certificates c
                         WHERE c.person_id = p.id AND c.issued_on <= $2::date AND $2::date < c.expires_on
                           AND (c.revoked_on IS NULL OR $2::date < c.revoked_on)) AS "activeCertificate"
           FROM people p WHERE p.id = $1::uuid`,
        [personId, on],
      ),
    reader: { query: async (text, values = []) => (await pool.query(text, values as unknown[])).rows },
    close: () => pool.end(),
  };
}
