import { DeclaredPeriod } from '../policy/access-basis';
import { SqlReader } from './sql-reader';

/**
 * The PostgreSQL notification channel a change of the declared disasters is announced on, in the
 * transaction that makes it (so only once it commits): every gateway drops what it holds of them.
 */
export const DISASTER_REGIONS_CHANNEL = 'eligibility_disaster_regions';

/** Where a declared disaster is in force, and when (eligibility.disaster_regions). */
export interface DeclaredRegion {
  readonly disasterId: string;
  readonly prefectureCode: string;
  readonly municipalityCode: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
}

/** Where an institution is: what a region is matched against. */
export interface Location {
  readonly prefectureCode: string;
  readonly municipalityCode: string;
}

const REGION_COLUMNS = `r.disaster_id::text AS "disasterId", r.prefecture_code AS "prefectureCode", r.municipality_code AS "municipalityCode",
  r.starts_at AS "startsAt", r.ends_at AS "endsAt"`;

/** Every region whose period has not ended by `at` (in force, or still to come): one statement, the source of truth. */
export function readRegionsNotEnded(db: SqlReader, at: Date): Promise<DeclaredRegion[]> {
  return db.query<DeclaredRegion>(`SELECT ${REGION_COLUMNS} FROM eligibility.disaster_regions r WHERE r.ends_at > $1`, [at]);
}

/**
 * The regions of a municipality, in a transaction that is to act on them: they stay as read
 * (FOR SHARE) until it ends, so no closing or extending happens in between.
 */
export function readRegionsOfLocked(db: SqlReader, location: Location): Promise<DeclaredRegion[]> {
  return db.query<DeclaredRegion>(
    `SELECT ${REGION_COLUMNS} FROM eligibility.disaster_regions r WHERE r.prefecture_code = $1 AND r.municipality_code = $2 FOR SHARE`,
    [location.prefectureCode, location.municipalityCode],
  );
}

/** The periods of the regions that are the location's municipality. */
export const periodsAt = (regions: readonly DeclaredRegion[], location: Location): DeclaredPeriod[] =>
  regions
    .filter((region) => region.prefectureCode === location.prefectureCode && region.municipalityCode === location.municipalityCode)
    .map(({ disasterId, startsAt, endsAt }) => ({ disasterId, startsAt, endsAt }));
