import { ERRORS, errorDefinitions, forbidden } from '../../../common/src/errors';
import { DENY_REASONS, DenyReason } from '../../../common/src/policy';

describe('FORBIDDEN and the deny reasons', () => {
  it('every reason is documented once', () => {
    const reasons = DENY_REASONS.map((definition) => definition.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
    expect(reasons).toEqual(
      expect.arrayContaining<DenyReason>(['CONSENT_REQUIRED', 'CONSENT_EXPIRED', 'NOT_NOTIFIED', 'PATIENT_ONLY', 'QUALIFICATION_REQUIRED', 'NO_POLICY', 'NO_PERSON_ACCESS', 'NOT_OWN_RECORD']),
    );
    for (const definition of DENY_REASONS) expect(definition.description.length).toBeGreaterThan(20);
  });

  it('the factory sets extensions.code FORBIDDEN and extensions.reason', () => {
    const error = forbidden('CONSENT_EXPIRED', 'Dispensing.drugName');
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', reason: 'CONSENT_EXPIRED', field: 'Dispensing.drugName' });
    expect(error.message).toMatch(/expired/);
    expect(forbidden('NO_POLICY').extensions).toEqual({ code: 'FORBIDDEN', reason: 'NO_POLICY' });
  });

  it('FORBIDDEN is in the error registry (and so in the README table), with HTTP 200', () => {
    expect(ERRORS.FORBIDDEN.code).toBe('FORBIDDEN');
    expect(errorDefinitions().find((definition) => definition.code === 'FORBIDDEN')?.httpStatus).toBeUndefined();
  });
});
