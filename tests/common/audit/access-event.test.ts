import { AccessContext } from '../../../common/src/access/access-context';
import { accessEventOf, eventBasis, isDisaster, isEmergency, outcomeOf, purposeOf } from '../../../common/src/audit/access-event';
import { FieldDecisions } from '../../../common/src/audit/field-decisions';
import { testAccessContext } from '../../support/access';
import { PERSON } from './fixtures';

const fields = (served: FieldDecisions['served'], withheld: FieldDecisions['withheld'] = {}): FieldDecisions => ({ served, withheld });

describe('an access event', () => {
  it('is ALLOWED when every field was served, PARTIAL when some were withheld, REFUSED when none was served', () => {
    expect(outcomeOf(fields({ NONE: ['Person.name'] }))).toBe('ALLOWED');
    expect(outcomeOf(fields({}))).toBe('ALLOWED');
    expect(outcomeOf(fields({ NONE: ['Person.name'] }, { CONSENT_REQUIRED: ['Person.claims'] }))).toBe('PARTIAL');
    // Served for some records, withheld for others (an untold diagnosis).
    expect(outcomeOf(fields({ CONSENT: ['Diagnosis.name'] }, { NOT_NOTIFIED: ['Diagnosis.name'] }))).toBe('PARTIAL');
    expect(outcomeOf(fields({}, { QUALIFICATION_REQUIRED: ['Person.claims'] }))).toBe('REFUSED');
  });

  it('names the most exceptional basis a field was served under: an emergency is never hidden behind a consent', () => {
    expect(eventBasis(fields({ NONE: ['Person.name'], CONSENT: ['Person.medications'] }))).toBe('CONSENT');
    expect(eventBasis(fields({ CONSENT: ['Person.medications'], EMERGENCY_NO_CARD: ['Person.checkups'] }))).toBe('EMERGENCY_NO_CARD');
    expect(eventBasis(fields({ CONSENT: ['Person.medications'], DISASTER: ['Person.claims'] }))).toBe('DISASTER');
    expect(eventBasis(fields({ NONE: ['Person.name'] }))).toBeNull();
    expect(eventBasis(fields({}, { OUTSIDE_BASIS: ['Person.claims'] }))).toBeNull();
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
    const decisions = fields({ CONSENT: ['Person.medications'], NONE: ['Person.name'] }, { NOT_IN_INSTITUTION_VIEW: ['Claim.outcome'] });
    const event = accessEventOf('event-1', access, { personId: PERSON, fields: decisions }, at);
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
      fields: decisions,
      outcome: 'PARTIAL',
      denyReasons: ['NOT_IN_INSTITUTION_VIEW'],
    });
  });

  it('of an analytics query: no person, ANALYTICS alone, the operating organisation\'s business (HOPERAT) whoever asked', () => {
    const decisions = fields({ NONE: ['OperatingCostEstimate.oku'] }, { ROLE_NOT_PERMITTED: ['AnalyticsStatus.refreshedAt'] });
    const event = accessEventOf('event-2', testAccessContext(), { personId: null, fields: decisions }, new Date('2026-11-21T09:00:00Z'));
    expect(event).toMatchObject({ personId: null, role: 'PHYSICIAN', basis: null, purposeOfUse: 'HOPERAT', categories: ['ANALYTICS'], outcome: 'PARTIAL', denyReasons: ['ROLE_NOT_PERMITTED'] });
  });
});
