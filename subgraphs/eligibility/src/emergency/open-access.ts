import { Pool } from 'pg';
import { AccessContext } from '../../../../common/src/access/access-context';
import { AccessPurpose, IdentificationMethod } from '../../../../common/src/access/access-grant';
import { Location, periodsAt, readRegionsOfLocked } from '../../../../common/src/access/disaster-regions';
import { GrantStore } from '../../../../common/src/access/grant-store';
import { SqlReader } from '../../../../common/src/access/sql-reader';
import { accessBasisRefused, ERRORS, forbidden } from '../../../../common/src/errors';
import { todayInJapan } from '../../../../common/src/japan-calendar';
import { BASIS_RULES, ConsentCategory, decideAccessBasis, OpenedBasis } from '../../../../common/src/policy';
import { SqlStats } from '../../../common/src/database';
import { GRANT_ROW_COLUMNS, GrantRow } from '../grants/grant-row';
import { inTransaction } from '../grants/transaction';
import { callerInstitution } from '../internal-caller';

/** What opening an emergency or disaster access records, beyond the basis. */
export interface Opening {
  readonly basis: OpenedBasis;
  readonly purpose: AccessPurpose;
  readonly identification: IdentificationMethod;
  readonly categories: readonly ConsentCategory[];
  /** Finds the patient, in the transaction, once the basis is allowed: NO_MATCH, IDENTIFICATION_AMBIGUOUS otherwise. */
  readonly identify: (sql: SqlReader, today: string) => Promise<string>;
}

export interface OpenedAccess {
  readonly grant: GrantRow;
  readonly personId: string;
  /** The disaster a DISASTER grant is under; null for the emergency bases. */
  readonly disasterId: string | null;
}

export interface AccessOpenerOptions {
  readonly pool: Pool;
  readonly stats: SqlStats;
  /** The grant cache, dropped for the person once the grant is recorded. */
  readonly store: GrantStore;
  /** How recent an authentication EMERGENCY_NO_CARD needs, in seconds. */
  readonly reauthenticationWindowSeconds: number;
}

async function locationOf(sql: SqlReader, institutionCode: string): Promise<Location> {
  const [location] = await sql.query<Location>('SELECT prefecture_code AS "prefectureCode", municipality_code AS "municipalityCode" FROM institutions WHERE code = $1', [
    institutionCode,
  ]);
  if (!location) throw forbidden('ROLE_NOT_PERMITTED');
  return location;
}

/**
 * Opens an emergency or disaster access, in one transaction: the basis decided by the policy's
 * one decision (decideAccessBasis) on the caller the gateway signed, with the declared periods of
 * the institution's municipality read and held (so no closing slips in between); then the
 * patient identified; then the grant recorded, at the caller's institution and terminal, opened
 * by their login, with the statement and how the patient was identified. A refusal writes nothing.
 */
export async function openAccess(options: AccessOpenerOptions, access: AccessContext, at: Date, opening: Opening): Promise<OpenedAccess> {
  const institutionCode = callerInstitution(access);
  const { terminalId } = access;
  const loginId = access.caller.loginId;
  if (terminalId === null || loginId === undefined) throw forbidden('ROLE_NOT_PERMITTED');
  const opened = await inTransaction(options.pool, options.stats, async (sql) => {
    const location = BASIS_RULES[opening.basis].duringDeclaredDisaster ? await locationOf(sql, institutionCode) : null;
    const disasterPeriods = location === null ? [] : periodsAt(await readRegionsOfLocked(sql, location), location);
    const decision = decideAccessBasis({
      basis: opening.basis,
      caller: access.caller,
      authTime: access.authTime,
      disasterPeriods,
      at,
      reauthenticationWindowMs: options.reauthenticationWindowSeconds * 1000,
    });
    if (!decision.allow) throw accessBasisRefused(decision.refusal, options.reauthenticationWindowSeconds);
    const personId = await opening.identify(sql, todayInJapan(at));
    const [grant] = await sql.query<GrantRow>(
      `INSERT INTO grants AS g (person_id, basis, institution_code, categories, terminal_id, granted_at, expires_at, opened_by, purpose, identification, disaster_id)
       VALUES ($1::uuid, $2, $3, $4::text[], $5::bigint, $6, $7, $8, $9, $10, $11::uuid)
       RETURNING ${GRANT_ROW_COLUMNS}`,
      [
        personId,
        opening.basis,
        institutionCode,
        opening.categories,
        terminalId,
        at,
        decision.expiresAt,
        loginId,
        opening.purpose,
        opening.identification,
        decision.disasterId,
      ],
    );
    if (!grant) throw ERRORS.INTERNAL_SERVER_ERROR('The grant was not recorded');
    return { grant, personId, disasterId: decision.disasterId };
  });
  await options.store.invalidate(opened.personId, institutionCode);
  return opened;
}
