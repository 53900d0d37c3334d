import { Pool } from 'pg';
import { GrantStore } from '../../../../common/src/access/grant-store';
import { institutionCodeProblem, personIdProblem } from '../../../../common/src/identifiers';
import { assertValid } from '../../../../common/src/validate';
import { Database } from '../../../common/src/database';
import { ConsentReport, ConsentReportInput, consentReport } from './consent-report';
import { ConsentStatusModel, consentStatuses, noConsent } from './consent-status';
import { grantIdProblem } from './grant-arguments';
import { GrantRow } from './grant-row';
import { recordConsent } from './record-consent';
import { revokeConsent } from './revoke-consent';
import { assertFreshVerification, DEFAULT_CONSENT_VERIFICATION_WINDOW_SECONDS } from './verification-window';

/**
 * Consent (DOMAIN.md §4.1) as the eligibility subgraph serves it: recorded from a card reader's
 * report, revoked, and read per category through the grant store, whose cache is invalidated
 * after every change commits.
 */
export class Consents {
  constructor(
    private readonly pool: Pool,
    private readonly db: Database,
    private readonly store: GrantStore,
    private readonly now: () => Date = () => new Date(),
    /** How long after the verification a card reader's report is recorded, in seconds. */
    private readonly verificationWindowSeconds: number = DEFAULT_CONSENT_VERIFICATION_WINDOW_SECONDS,
  ) {}

  /**
   * Records a card reader's report: its form checked first, then `authorize` (who may report it),
   * then that the verification is recent, all before any SQL; then the write.
   */
  async record(input: ConsentReportInput, authorize: (report: ConsentReport) => void): Promise<GrantRow> {
    const report = consentReport(input);
    authorize(report);
    const now = this.now();
    assertFreshVerification(report.verifiedAt, now, this.verificationWindowSeconds);
    const grant = await recordConsent(this.pool, this.db.stats, report, now);
    await this.store.invalidate(grant.personId, report.institutionCode);
    return grant;
  }

  async revoke(grantId: string, institutionCode: string, authorize: () => void): Promise<GrantRow> {
    assertValid('grantId', grantId, grantIdProblem);
    assertValid('institutionCode', institutionCode, institutionCodeProblem);
    authorize();
    const grant = await revokeConsent(this.db, grantId, institutionCode, this.now());
    await this.store.invalidate(grant.personId, institutionCode);
    return grant;
  }

  /** What the person has consented to at the institution, now; arguments checked by the caller. */
  async statusesAt(personId: string | null, institutionCode: string | null): Promise<ConsentStatusModel[]> {
    if (personId === null || institutionCode === null) return noConsent();
    const at = this.now();
    return consentStatuses(await this.store.activeGrants(personId, institutionCode, at), at);
  }

  /** The `consents(personId, institutionCode)` query: its arguments checked, naming them. */
  async statuses(personId: string, institutionCode: string, authorize: () => void): Promise<ConsentStatusModel[]> {
    assertValid('personId', personId, personIdProblem);
    assertValid('institutionCode', institutionCode, institutionCodeProblem);
    authorize();
    return this.statusesAt(personId, institutionCode);
  }
}
