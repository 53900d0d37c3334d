import { Pool } from 'pg';
import { DISASTER_REGIONS_CHANNEL } from '../../../../common/src/access/disaster-regions';
import { GrantStore } from '../../../../common/src/access/grant-store';
import { SqlReader } from '../../../../common/src/access/sql-reader';
import { badUserInput, ERRORS } from '../../../../common/src/errors';
import { SqlStats } from '../../../common/src/database';
import { inTransaction } from '../grants/transaction';
import { dayOf, Declaration, disasterIdOf, endOfDay, municipalityCodeOf } from './declaration-input';
import { DISASTER_COLUMNS, DISASTER_REGION_COLUMNS, DisasterRegionRow, DisasterRow } from './disaster-rows';

/** The grants a change of a region changed: their caches are dropped once it commits. */
interface GrantScope {
  readonly personId: string;
  readonly institutionCode: string;
}

/** Announces the change to every gateway, delivered only when the transaction commits. */
const announce = (sql: SqlReader): Promise<unknown> => sql.query('SELECT pg_notify($1, $2)', [DISASTER_REGIONS_CHANNEL, 'changed']);

/** The region, locked for the change; NOT_FOUND when the disaster was not declared for the municipality. */
async function regionForUpdate(sql: SqlReader, disasterId: string, municipalityCode: string): Promise<DisasterRegionRow> {
  const [region] = await sql.query<DisasterRegionRow>(
    `SELECT ${DISASTER_REGION_COLUMNS} FROM disaster_regions r WHERE r.disaster_id = $1::uuid AND r.municipality_code = $2 FOR UPDATE`,
    [disasterId, municipalityCode],
  );
  if (!region) throw ERRORS.NOT_FOUND(`Disaster ${disasterId} was not declared for municipality ${municipalityCode}`);
  return region;
}

async function disasterRow(sql: SqlReader, disasterId: string): Promise<DisasterRow> {
  const [disaster] = await sql.query<DisasterRow>(`SELECT ${DISASTER_COLUMNS} FROM disasters d WHERE d.id = $1::uuid`, [disasterId]);
  return disaster!;
}

/**
 * Declared disasters and their regions (DOMAIN.md §4.4), kept by operators. Every change is
 * announced (NOTIFY) in its own transaction, so the gateways drop what they hold of the
 * declarations once it commits; the grants a change ends or extends are dropped from the grant
 * cache after it commits.
 */
export class Declarations {
  constructor(
    private readonly pool: Pool,
    private readonly stats: SqlStats,
    private readonly grants: GrantStore,
  ) {}

  /** Declares a disaster for the municipalities and period, by the operator `declaredBy`. */
  declare(declaration: Declaration, declaredBy: string, now: Date): Promise<DisasterRow> {
    return inTransaction(this.pool, this.stats, async (sql) => {
      const [disaster] = await sql.query<DisasterRow>(
        `INSERT INTO disasters AS d (name, declared_at, declared_by) VALUES ($1, $2, $3) RETURNING ${DISASTER_COLUMNS}`,
        [declaration.name, now, declaredBy],
      );
      await sql.query(
        `INSERT INTO disaster_regions (disaster_id, prefecture_code, municipality_code, starts_at, ends_at, updated_at)
         SELECT $1::uuid, prefecture_code, municipality_code, $4, $5, $6 FROM unnest($2::text[], $3::text[]) AS r (prefecture_code, municipality_code)`,
        [
          disaster!.id,
          declaration.regions.map((region) => region.prefectureCode),
          declaration.regions.map((region) => region.municipalityCode),
          declaration.startsAt,
          declaration.endsAt,
          now,
        ],
      );
      await announce(sql);
      return disaster!;
    });
  }

  /**
   * Extends one municipality's period to the end of `endsOn` (Japan), and with it the disaster
   * grants there that were to end with the period. A closed municipality is not reopened.
   */
  async extend(disasterIdArgument: string, municipalityArgument: string, endsOn: string, now: Date): Promise<DisasterRow> {
    const [disasterId, municipalityCode] = [disasterIdOf(disasterIdArgument), municipalityCodeOf('municipalityCode', municipalityArgument)];
    const endsAt = endOfDay(dayOf('endsOn', endsOn));
    const { disaster, changed } = await inTransaction(this.pool, this.stats, async (sql) => {
      const region = await regionForUpdate(sql, disasterId, municipalityCode);
      if (region.closedAt !== null) throw badUserInput('municipalityCode', 'was closed for this disaster: declare it again to reopen it');
      if (endsAt.getTime() <= region.endsAt.getTime()) throw badUserInput('endsOn', 'must be after the last day in force now');
      await sql.query('UPDATE disaster_regions SET ends_at = $3, updated_at = $4 WHERE disaster_id = $1::uuid AND municipality_code = $2', [
        disasterId,
        municipalityCode,
        endsAt,
        now,
      ]);
      const changed = await sql.query<GrantScope>(
        `UPDATE grants g SET expires_at = $4
          WHERE g.disaster_id = $1::uuid AND g.revoked_at IS NULL AND g.expires_at = $3
            AND g.institution_code IN (SELECT code FROM institutions WHERE municipality_code = $2)
          RETURNING g.person_id::text AS "personId", g.institution_code AS "institutionCode"`,
        [disasterId, municipalityCode, region.endsAt, endsAt],
      );
      await announce(sql);
      return { disaster: await disasterRow(sql, disasterId), changed };
    });
    await this.forget(changed);
    return disaster;
  }

  /**
   * Closes one municipality now: its period ends, and so do the disaster grants of the
   * institutions there (revoked). Closing it again changes nothing.
   */
  async close(disasterIdArgument: string, municipalityArgument: string, now: Date): Promise<DisasterRow> {
    const [disasterId, municipalityCode] = [disasterIdOf(disasterIdArgument), municipalityCodeOf('municipalityCode', municipalityArgument)];
    const { disaster, changed } = await inTransaction(this.pool, this.stats, async (sql) => {
      const region = await regionForUpdate(sql, disasterId, municipalityCode);
      if (region.closedAt !== null) return { disaster: await disasterRow(sql, disasterId), changed: [] };
      await sql.query(
        `UPDATE disaster_regions SET ends_at = greatest(starts_at, least(ends_at, $3)), closed_at = $3, updated_at = $3
          WHERE disaster_id = $1::uuid AND municipality_code = $2`,
        [disasterId, municipalityCode, now],
      );
      const changed = await sql.query<GrantScope>(
        `UPDATE grants g SET revoked_at = greatest($3::timestamptz, g.granted_at)
          WHERE g.disaster_id = $1::uuid AND g.revoked_at IS NULL
            AND g.institution_code IN (SELECT code FROM institutions WHERE municipality_code = $2)
          RETURNING g.person_id::text AS "personId", g.institution_code AS "institutionCode"`,
        [disasterId, municipalityCode, now],
      );
      await announce(sql);
      return { disaster: await disasterRow(sql, disasterId), changed };
    });
    await this.forget(changed);
    return disaster;
  }

  private async forget(scopes: readonly GrantScope[]): Promise<void> {
    for (const { personId, institutionCode } of scopes) await this.grants.invalidate(personId, institutionCode);
  }
}
