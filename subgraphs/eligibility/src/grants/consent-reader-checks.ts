import { SqlReader } from '../../../../common/src/access/sql-reader';
import { badUserInput } from '../../../../common/src/errors';
import { certificateActiveOn } from '../certificate-validity';
import { CERTIFICATE_COLUMNS } from '../columns';
import { CardCertificateRow } from '../rows';
import { ConsentReport } from './consent-report';

/**
 * What the registers say about a card reader's report, read in the recording transaction: the
 * institution is registered, the terminal is one of its own, and the certificate is known and
 * valid on `today` (an unknown, expired or revoked one is refused alike, as the eligibility
 * lookup answers NONE for all three). Returns the certificate's person, whom the consent is from.
 * The certificate row stays locked until the transaction ends, so it cannot be revoked meanwhile.
 */
export async function personOfVerifiedReport(sql: SqlReader, report: ConsentReport, today: string): Promise<string> {
  const [registered] = await sql.query<{ institutionKnown: boolean; terminalOfInstitution: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM institutions WHERE code = $1) AS "institutionKnown",
            EXISTS (SELECT 1 FROM terminals WHERE id = $2::bigint AND institution_code = $1) AS "terminalOfInstitution"`,
    [report.institutionCode, report.terminalId],
  );
  if (!registered?.institutionKnown) throw badUserInput('input.institutionCode', 'is not a registered institution');
  if (!registered.terminalOfInstitution) throw badUserInput('input.terminalId', 'is not a registered terminal of this institution');
  const [certificate] = await sql.query<CardCertificateRow>(
    `SELECT ${CERTIFICATE_COLUMNS} FROM card_certificates c WHERE c.serial = $1 AND c.kind = $2 FOR SHARE`,
    [report.serial, report.certificateKind],
  );
  if (!certificate || !certificateActiveOn(certificate, today)) {
    throw badUserInput('input.certificateSerial', 'is not a valid certificate of this kind (unknown, expired or revoked)');
  }
  return certificate.personId;
}
