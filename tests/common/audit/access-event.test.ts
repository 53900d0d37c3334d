import { AccessContext } from '../../../common/src/access/access-context';
import { accessEventOf, eventBasis, isDisaster, isEmergency, outcomeOf, purposeOf } from '../../../common/src/audit/access-event';
import { FieldAccess } from '../../../common/src/audit/access-ledger';
import { testAccessContext } from '../../support/access';
import { PERSON } from './fixtures';

const served = (field: string, basis: FieldAccess['basis'] = null, category: FieldAccess['category'] = 'MEDICATIONS'): FieldAccess => ({ field, category, allowed: true, denyReasons: [], basis });
const withheld = (field: string, ...denyReasons: FieldAccess['denyReasons']): FieldAccess => ({ field, category: 'MEDICAL_CARE', allowed: false, denyReasons, basis: null });

describe('an access event', () => {
  it('is ALLOWED when every field was served, PARTIAL when some were withheld, REFUSED when none was served', () => {
    expect(outcomeOf([served('Person.name')])).toBe('ALLOWED');
    expect(outcomeOf([])).toBe('ALLOWED');
    expect(outcomeOf([served('Person.name'), withheld('Person.claims', 'CONSENT_REQUIRED')])).toBe('PARTIAL');
    // Served for some records, withheld for others (an untold diagnosis).
    expect(outcomeOf([{ ...served('Diagnosis.name'), denyReasons: ['NOT_NOTIFIED'] }])).toBe('PARTIAL');
    expect(outcomeOf([withheld('Person.claims', 'QUALIFICATION_REQUIRED')])).toBe('REFUSED');
  });

  it('names the most exceptional basis a field was served under: an emergency is never hidden behind a consent', () => {
    expect(eventBasis([served('Person.name'), served('Person.medications', 'CONSENT')])).toBe('CONSENT');
    expect(eventBasis([served('Person.medications', 'CONSENT'), served('Person.checkups', 'EMERGENCY_NO_CARD')])).toBe('EMERGENCY_NO_CARD');
    expect(eventBasis([served('Person.medications', 'CONSENT'), served('Person.claims', 'DISASTER')])).toBe('DISASTER');
    expect(eventBasis([served('Person.name')])).toBeNull();
    expect(eventBasis([{ ...withheld('Person.claims', 'OUTSIDE_BASIS'), basis: 'EMERGENCY_WITH_CARD' }])).toBeNull();
  });

  it.each([
    ['PHYSICIAN', 'CONSENT', 'TREAT'],
    ['PHYSICIAN', 'EMERGENCY_WITH_CARD', 'ETREAT'],
    ['PHYSICIAN', 'EMERGENCY_NO_CARD', 'ETREAT'],
    ['PHARMACIST', 'DISASTER', 'TREAT'],
    ['PATIENT', 'SELF', 'PATRQT'],
    ['CLERK', null, 'COVERAGE'],
    ['PHYSICIAN', null, 'TREAT'],
    ['AUDITOR', null, 'HOPERAT'],
    ['ANALYST', null, 'HOPERAT'],
  ] as const)('records the purpose of use of a %s reading under %s as %s', (role, basis, purpose) => {
    expect(purposeOf(role, basis)).toBe(purpose);
  });

  it('flags emergency and disaster accesses', () => {
    expect([isEmergency('EMERGENCY_WITH_CARD'), isEmergency('EMERGENCY_NO_CARD'), isEmergency('CONSENT'), isEmergency(null)]).toEqual([true, true, false, false]);
    expect([isDisaster('DISASTER'), isDisaster('CONSENT')]).toEqual([true, false]);
  });

  it('records who, qualification, institution, terminal, basis, purpose, person, categories and fields, outcome and reasons, and the request id', () => {
    const access: AccessContext = testAccessContext();
    const at = new Date('2026-11-21T09:00:00Z');
    const event = accessEventOf('event-1', access, {
      personId: PERSON,
      roots: [],
      fields: [served('Person.medications', 'CONSENT'), served('Person.name', null, 'ELIGIBILITY'), withheld('Claim.outcome', 'NOT_IN_INSTITUTION_VIEW')],
    }, at);
    expect(event).toEqual({
      id: 'event-1',
      recordedAt: at,
      requestId: access.requestId,
      userId: access.userId,
      role: 'PHYSICIAN',
      qualification: 'PHYSICIAN',
      institutionCode: '0110000007',
      terminalId: '2',
      terminalKind: 'EXAMINATION_ROOM',
      basis: 'CONSENT',
      purposeOfUse: 'TREAT',
      personId: PERSON,
      categories: ['ELIGIBILITY', 'MEDICATIONS', 'MEDICAL_CARE'],
      fields: { served: { CONSENT: ['Person.medications'], NONE: ['Person.name'] }, withheld: { NOT_IN_INSTITUTION_VIEW: ['Claim.outcome'] } },
      outcome: 'PARTIAL',
      denyReasons: ['NOT_IN_INSTITUTION_VIEW'],
    });
  });
});
