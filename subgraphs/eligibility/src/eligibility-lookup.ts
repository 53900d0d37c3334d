import { Database } from '../../common/src/database';
import { CERTIFICATE_COLUMNS, QUALIFICATION_COLUMNS } from './columns';
import { EligibilityDecision, decideByCertificate, decideByInsuranceNumbers } from './eligibility-status';
import { CertificateLookup, InsuranceNumbersLookup } from './input-validation';
import { CardCertificateRow, QualificationRow } from './rows';

type MatchRow = QualificationRow & { readonly personHasQualificationInForce: boolean };

/** One statement: the qualifications with these numbers, each with whether its person has any qualification in force on asOf. */
export async function lookUpByInsuranceNumbers(db: Database, lookup: InsuranceNumbersLookup): Promise<EligibilityDecision<QualificationRow>> {
  const rows = await db.query<MatchRow>(
    `SELECT ${QUALIFICATION_COLUMNS},
       EXISTS (
         SELECT 1 FROM qualifications o
         WHERE o.person_id = q.person_id AND o.acquired_on <= $6::date AND (o.lost_on IS NULL OR o.lost_on > $6::date)
       ) AS "personHasQualificationInForce"
     FROM qualifications q JOIN people p ON p.id = q.person_id
     WHERE q.insurer_number = $1 AND q.symbol = $2 AND q.number = $3
       AND ($4::text IS NULL OR q.branch = $4::text)
       AND ($5::date IS NULL OR p.birth_date = $5::date)`,
    [lookup.insurerNumber, lookup.symbol, lookup.number, lookup.branch, lookup.birthDate, lookup.asOf],
  );
  const matches = rows.map(({ personHasQualificationInForce, ...qualification }) => ({ qualification, personHasQualificationInForce }));
  return decideByInsuranceNumbers(matches, lookup.asOf);
}

/** The certificate, then (when it exists) its person's qualifications: at most two statements. */
export async function lookUpByCertificate(db: Database, lookup: CertificateLookup): Promise<EligibilityDecision<QualificationRow>> {
  const [certificate] = await db.query<CardCertificateRow>(
    `SELECT ${CERTIFICATE_COLUMNS} FROM card_certificates c WHERE c.serial = $1 AND c.kind = $2`,
    [lookup.serial, lookup.kind],
  );
  if (!certificate) return decideByCertificate(null, [], lookup.asOf);
  const qualifications = await db.query<QualificationRow>(`SELECT ${QUALIFICATION_COLUMNS} FROM qualifications q WHERE q.person_id = $1::uuid`, [certificate.personId]);
  return decideByCertificate(certificate, qualifications, lookup.asOf);
}
