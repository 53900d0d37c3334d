/** A declared disaster (eligibility.disasters). */
export interface DisasterRow {
  readonly id: string;
  readonly name: string;
  readonly declaredAt: Date;
}

/** One municipality of a declared disaster and its period (eligibility.disaster_regions). */
export interface DisasterRegionRow {
  readonly disasterId: string;
  readonly prefectureCode: string;
  readonly municipalityCode: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly closedAt: Date | null;
}

export const DISASTER_COLUMNS = `d.id::text AS id, d.name, d.declared_at AS "declaredAt"`;

export const DISASTER_REGION_COLUMNS = `r.disaster_id::text AS "disasterId", r.prefecture_code AS "prefectureCode",
  r.municipality_code AS "municipalityCode", r.starts_at AS "startsAt", r.ends_at AS "endsAt", r.closed_at AS "closedAt"`;
