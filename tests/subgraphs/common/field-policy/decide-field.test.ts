import { GrantStore } from '../../../../common/src/access/grant-store';
import { MemoryCache } from '../../../../common/src/cache/memory-cache';
import { ConsentCategory } from '../../../../common/src/policy';
import { newContext, SubgraphContext } from '../../../../subgraphs/common/src/context';
import { Database } from '../../../../subgraphs/common/src/database';
import { decideField } from '../../../../subgraphs/common/src/field-policy';
import { testAccessContext } from '../../../support/access';
import { hoursAgo, insertConsent } from '../../../support/grants';
import { createGrantFixture, GrantFixture } from '../../eligibility/grants-fixtures';

/** decideField over the consent registry in a real PostgreSQL: why a field is denied when no consent in force opens it. */
const FIELD = 'Claim.treatmentMonth';

let fixture: GrantFixture;
let db: Database;

beforeAll(async () => {
  fixture = await createGrantFixture();
});
afterAll(async () => {
  await fixture.close();
});
beforeEach(() => {
  db = new Database(fixture.pool);
});
afterEach(async () => {
  await fixture.pool.query('DELETE FROM grants');
});

/** A physician of the fixture's institution asking now, in a new request. */
function request(): SubgraphContext {
  const access = testAccessContext({ caller: { role: 'PHYSICIAN', institutionCode: fixture.institution.code, qualification: 'PHYSICIAN' } });
  return newContext(db, access, new GrantStore(db, new MemoryCache()));
}

interface ConsentOverrides {
  readonly personId?: string;
  readonly institutionCode?: string;
  readonly categories?: ConsentCategory[];
  readonly grantedAt?: Date;
  readonly revokedAt?: Date;
}

/** The fixture person's consent to medical care at the caller's institution, given a minute ago, unless overridden. */
const medicalCareConsent = (values: ConsentOverrides = {}) =>
  insertConsent(fixture.pool, { personId: fixture.personId, institutionCode: fixture.institution.code, categories: ['MEDICAL_CARE'], ...values });

describe('decideField: consent', () => {
  test('a consent in force opens the field, and nothing but the grants in force is read', async () => {
    await medicalCareConsent();
    const before = db.stats.statements;
    expect(await decideField(request(), FIELD, { personId: fixture.personId })).toEqual({ allow: true });
    expect(db.stats.statements - before).toBe(1);
  });

  test('a consent that ran out (given 25 hours ago) denies the field as CONSENT_EXPIRED', async () => {
    await medicalCareConsent({ grantedAt: hoursAgo(25) });
    expect(await decideField(request(), FIELD, { personId: fixture.personId })).toEqual({ allow: false, reason: 'CONSENT_EXPIRED' });
  });

  test('a consent that ran out for other categories only is CONSENT_REQUIRED', async () => {
    await medicalCareConsent({ grantedAt: hoursAgo(25), categories: ['MEDICATIONS'] });
    expect(await decideField(request(), FIELD, { personId: fixture.personId })).toEqual({ allow: false, reason: 'CONSENT_REQUIRED' });
  });

  test('a revoked consent, or one given at another institution, is CONSENT_REQUIRED once it has run out too', async () => {
    await medicalCareConsent({ grantedAt: hoursAgo(30), revokedAt: hoursAgo(29) });
    await medicalCareConsent({ personId: fixture.otherPersonId, grantedAt: hoursAgo(25), institutionCode: fixture.otherInstitution.code });
    expect(await decideField(request(), FIELD, { personId: fixture.personId })).toEqual({ allow: false, reason: 'CONSENT_REQUIRED' });
    expect(await decideField(request(), FIELD, { personId: fixture.otherPersonId })).toEqual({ allow: false, reason: 'CONSENT_REQUIRED' });
  });

  test('the ended consents of every person a request is denied for are read in one statement, once', async () => {
    await medicalCareConsent({ grantedAt: hoursAgo(25) });
    const context = request();
    await Promise.all([context.grants.of(fixture.personId), context.grants.of(fixture.otherPersonId)]);
    const before = db.stats.statements;
    const decisions = await Promise.all(
      [fixture.personId, fixture.otherPersonId, fixture.personId].map((personId) => decideField(context, FIELD, { personId })),
    );
    expect(decisions.map((decision) => !decision.allow && decision.reason)).toEqual(['CONSENT_EXPIRED', 'CONSENT_REQUIRED', 'CONSENT_EXPIRED']);
    expect(db.stats.statements - before).toBe(1);
  });

  test('an id no person can have reads nothing and is CONSENT_REQUIRED, not an error of the registry', async () => {
    const before = db.stats.statements;
    expect(await decideField(request(), FIELD, { personId: 'not-a-person' })).toEqual({ allow: false, reason: 'CONSENT_REQUIRED' });
    expect(db.stats.statements - before).toBe(0);
  });
});
