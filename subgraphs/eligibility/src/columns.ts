/** SELECT lists that alias columns to the row types' camelCase names, dates as ISO text. */
export const PERSON_COLUMNS = `p.id::text AS id, p.name_kanji AS "nameKanji", p.name_kana AS "nameKana", p.sex,
  p.birth_date::text AS "birthDate", p.prefecture_code AS "prefectureCode", p.municipality_code AS "municipalityCode",
  p.municipality, p.address_line AS "addressLine", p.postal_code AS "postalCode"`;

export const QUALIFICATION_COLUMNS = `q.id::text AS id, q.person_id::text AS "personId", q.insurer_number AS "insurerNumber",
  q.symbol, q.number, q.branch, q.relationship, q.acquired_on::text AS "acquiredOn", q.lost_on::text AS "lostOn",
  q.benefit_ratio::int AS "benefitRatio", q.high_cost_category AS "highCostCategory"`;

export const INSURER_COLUMNS = `i.number, i.name, i.type, i.prefecture_code AS "prefectureCode"`;

export const INSTITUTION_COLUMNS = `i.code, i.name, i.kind, i.prefecture_code AS "prefectureCode",
  i.municipality_code AS "municipalityCode", i.municipality, i.address`;

export const CERTIFICATE_COLUMNS = `c.person_id::text AS "personId", c.kind, c.issued_on::text AS "issuedOn",
  c.expires_on::text AS "expiresOn", c.revoked_on::text AS "revokedOn"`;
