import { Client } from 'pg';
import { prefectureName } from '../data/src/places';

/** What the README's emergency and disaster walkthrough types in, read from the demo data. */
export interface EmergencyDemo {
  /** The example person as a card reader reads their My Number card. */
  readonly card: { readonly serial: string; readonly kind: string } | null;
  /** The example person's four attributes, as a front desk asks them of a patient without a card. */
  readonly attributes: { readonly name: string; readonly birthDate: string; readonly sex: string; readonly address: string };
  /** Where the disaster persona's hospital is: the region to declare a disaster for. */
  readonly region: { readonly prefectureCode: string; readonly municipalityCode: string; readonly municipality: string };
}

export async function emergencyDemo(databaseUrl: string, personId: string, institutionCode: string): Promise<EmergencyDemo> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [person] = (
      await client.query<{ name: string; birthDate: string; sex: string; prefectureCode: string; municipality: string; line: string }>(
        `SELECT name_kanji AS name, birth_date::text AS "birthDate", sex, prefecture_code AS "prefectureCode", municipality, address_line AS line
           FROM eligibility.people WHERE id = $1`,
        [personId],
      )
    ).rows;
    const [card] = (
      await client.query<{ serial: string; kind: string }>(
        `SELECT serial, kind FROM eligibility.card_certificates
          WHERE person_id = $1 AND kind = 'CARD' AND revoked_on IS NULL AND issued_on <= now()::date AND now()::date < expires_on
          ORDER BY issued_on DESC LIMIT 1`,
        [personId],
      )
    ).rows;
    const [region] = (
      await client.query<{ prefectureCode: string; municipalityCode: string; municipality: string }>(
        'SELECT prefecture_code AS "prefectureCode", municipality_code AS "municipalityCode", municipality FROM eligibility.institutions WHERE code = $1',
        [institutionCode],
      )
    ).rows;
    if (!person || !region) throw new Error('the demo data has no example person or disaster persona');
    return {
      card: card ?? null,
      attributes: { name: person.name, birthDate: person.birthDate, sex: person.sex, address: `${prefectureName(person.prefectureCode)}${person.municipality}${person.line}` },
      region,
    };
  } finally {
    await client.end();
  }
}
