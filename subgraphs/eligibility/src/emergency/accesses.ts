import { AccessContext } from '../../../../common/src/access/access-context';
import { AccessPurpose } from '../../../../common/src/access/access-grant';
import { badUserInput, ERRORS } from '../../../../common/src/errors';
import { CONSENT_CATEGORIES, ConsentCategory } from '../../../../common/src/policy';
import { assertValid } from '../../../../common/src/validate';
import { Database } from '../../../common/src/database';
import { certificateActiveOn } from '../certificate-validity';
import { CERTIFICATE_COLUMNS } from '../columns';
import { certificateSerialProblem } from '../input-validation';
import { CardCertificateRow } from '../rows';
import { DisasterAccessModel, EmergencyAccessModel } from './access-models';
import { identificationOf, identifyInsuredPerson, PatientIdentificationInput } from './identification';
import { AccessOpenerOptions, openAccess } from './open-access';
import { viewerOf } from './viewer';

export interface EmergencyWithCardInput {
  readonly certificateSerial: string;
  readonly certificateKind: 'CARD' | 'SMARTPHONE';
  readonly purpose: 'PROTECT_LIFE_OR_BODY';
}

export interface EmergencyWithoutCardInput {
  readonly patient: PatientIdentificationInput;
  readonly purpose: 'PROTECT_LIFE_OR_BODY';
}

export interface DisasterAccessInput {
  readonly patient: PatientIdentificationInput;
  readonly purpose: AccessPurpose;
  readonly categories?: readonly ConsentCategory[] | null;
}

/** What the patient consented to separately, or every category when they cannot express intent (seed 000 §(3)). */
function disasterCategories(input: DisasterAccessInput): ConsentCategory[] {
  if (input.purpose === 'PROTECT_LIFE_OR_BODY') return [...CONSENT_CATEGORIES];
  const categories = CONSENT_CATEGORIES.filter((category) => input.categories?.includes(category));
  if (categories.length === 0) throw badUserInput('input.categories', 'must list at least one category the patient consented to');
  return categories;
}

/**
 * The emergency and disaster accesses (DOMAIN.md §4.2-§4.4) as the eligibility subgraph opens them:
 * the input's form checked first, then the basis, the patient and the grant (openAccess).
 */
export class EmergencyAccesses {
  constructor(
    private readonly options: AccessOpenerOptions,
    private readonly db: Database,
  ) {}

  /** 救急時① (seed 000): the patient's card on the reader, without face, PIN or consent. */
  async withCard(input: EmergencyWithCardInput, access: AccessContext, at: Date): Promise<EmergencyAccessModel> {
    assertValid('input.certificateSerial', input.certificateSerial, certificateSerialProblem);
    const serial = input.certificateSerial.toUpperCase();
    const opened = await openAccess(this.options, access, at, {
      basis: 'EMERGENCY_WITH_CARD',
      purpose: input.purpose,
      identification: 'CARD_CERTIFICATE',
      categories: CONSENT_CATEGORIES,
      identify: async (sql, today) => {
        const [certificate] = await sql.query<CardCertificateRow>(`SELECT ${CERTIFICATE_COLUMNS} FROM card_certificates c WHERE c.serial = $1 AND c.kind = $2`, [
          serial,
          input.certificateKind,
        ]);
        if (!certificate || !certificateActiveOn(certificate, today)) throw ERRORS.NO_MATCH.inResult('The certificate read identifies no insured person (unknown, expired or revoked)');
        return certificate.personId;
      },
    });
    return { grant: opened.grant, personId: opened.personId, viewer: await viewerOf(this.db, access) };
  }

  /** 救急時② (seed 000): no card; a recent re-authentication, and the four attributes. */
  async withoutCard(input: EmergencyWithoutCardInput, access: AccessContext, at: Date): Promise<EmergencyAccessModel> {
    const identification = identificationOf(input.patient, 'input.patient');
    const opened = await openAccess(this.options, access, at, {
      basis: 'EMERGENCY_NO_CARD',
      purpose: input.purpose,
      identification: 'FOUR_ATTRIBUTES',
      categories: CONSENT_CATEGORIES,
      identify: (sql, today) => identifyInsuredPerson(sql, identification, today),
    });
    return { grant: opened.grant, personId: opened.personId, viewer: await viewerOf(this.db, access) };
  }

  /** 災害時 (seed 000 §(3)): a declared region and period, the four attributes, the consent obtained separately. */
  async disaster(input: DisasterAccessInput, access: AccessContext, at: Date): Promise<DisasterAccessModel> {
    const identification = identificationOf(input.patient, 'input.patient');
    const categories = disasterCategories(input);
    const opened = await openAccess(this.options, access, at, {
      basis: 'DISASTER',
      purpose: input.purpose,
      identification: 'FOUR_ATTRIBUTES',
      categories,
      identify: (sql, today) => identifyInsuredPerson(sql, identification, today),
    });
    return { grant: opened.grant, personId: opened.personId, disasterId: opened.disasterId! };
  }
}
