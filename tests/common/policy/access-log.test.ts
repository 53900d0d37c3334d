import { basisOfAllowed, Caller, decide, FIELD_POLICY_KEYS, Grant, RecordFacts } from '../../../common/src/policy';
import { fieldsOf } from './supergraph';
import { ALLOW, analyst, auditor, clerk, deny, emergencyPhysician, grant, hoursAfter, NOW, nurse, operator, others, own, patient, pharmacist, physician, SUMMARY_NOW } from './fixtures';

const decideOn = (caller: Caller, field: string, facts: RecordFacts = own, grants: readonly Grant[] = []) => decide({ caller, grants, field, facts, at: NOW });

describe('decide: the access log (DOMAIN.md §6)', () => {
  it('every field of the access history and of the auditors\' events has a rule of the log', () => {
    const fields = [
      'Person.accessHistory',
      ...fieldsOf('AccessHistoryEntry').filter((f) => f !== 'id').map((f) => `AccessHistoryEntry.${f}`),
      'AccessLog.events',
      ...fieldsOf('AccessEvent').filter((f) => f !== 'id').map((f) => `AccessEvent.${f}`),
      ...fieldsOf('AccessedField').map((f) => `AccessedField.${f}`),
    ];
    expect(fields.length).toBeGreaterThan(30);
    for (const field of fields) expect(FIELD_POLICY_KEYS.get(field)).toMatch(/^accessLog\./);
  });

  it('the person reads their own history: which institution, when, under which basis, which categories', () => {
    for (const field of ['Person.accessHistory', 'AccessHistoryEntry.institution', 'AccessHistoryEntry.basis', 'AccessHistoryEntry.categories', 'AccessHistoryEntry.accessedAt']) {
      expect(decideOn(patient, field, own)).toEqual(ALLOW);
      expect(decideOn(patient, field, others)).toEqual(deny('NOT_OWN_RECORD'));
    }
  });

  it('the person does not read the auditors\' record: not the staff member who looked, nor the search', () => {
    expect(decideOn(patient, 'AccessEvent.userId', own)).toEqual(deny('NOT_IN_PATIENT_VIEW'));
    expect(decideOn(patient, 'AccessLog.events', {})).toEqual(deny('NOT_IN_PATIENT_VIEW'));
  });

  it('auditors read everything of it, for any person', () => {
    for (const field of ['Person.accessHistory', 'AccessHistoryEntry.basis', 'AccessLog.events', 'AccessEvent.userId', 'AccessEvent.fields', 'AccessedField.denyReasons']) {
      expect(decideOn(auditor, field, others)).toEqual(ALLOW);
    }
  });

  it.each([
    ['a physician with the person\'s consent', physician, [grant('CONSENT')]],
    ['a pharmacist', pharmacist, []],
    ['a nurse', nurse, []],
    ['a reception clerk', clerk, []],
    ['an analyst', analyst, []],
    ['an operator', operator, []],
  ] as const)('%s reads none of it (ROLE_NOT_PERMITTED)', (_who, caller, grants) => {
    for (const field of ['Person.accessHistory', 'AccessHistoryEntry.institution', 'AccessLog.events', 'AccessEvent.userId']) {
      expect(decideOn(caller, field, own, grants)).toEqual(deny('ROLE_NOT_PERMITTED'));
    }
  });
});

describe('basisOfAllowed: the basis a field was served under, for the log', () => {
  const basisOf = (caller: Caller, field: string, grants: readonly Grant[], facts: RecordFacts = own) => basisOfAllowed({ caller, grants, field, facts, at: NOW });

  it('is SELF for the patient\'s own data and history', () => {
    expect(basisOf(patient, 'Person.medications', [])).toBe('SELF');
    expect(basisOf(patient, 'Person.accessHistory', [])).toBe('SELF');
  });

  /** An emergency access opened a quarter of an hour before, once the emergency summary was offered. */
  const emergencyBasisOf = (caller: Caller, basis: 'EMERGENCY_WITH_CARD' | 'EMERGENCY_NO_CARD') =>
    basisOfAllowed({ caller, grants: [grant(basis, { grantedAt: hoursAfter(SUMMARY_NOW, -0.25) })], field: 'EmergencySummary.medications', facts: own, at: SUMMARY_NOW });

  it('is the basis of the grant that opens the field for staff', () => {
    expect(basisOf(physician, 'Person.medications', [grant('CONSENT')])).toBe('CONSENT');
    expect(emergencyBasisOf(emergencyPhysician, 'EMERGENCY_WITH_CARD')).toBe('EMERGENCY_WITH_CARD');
    expect(emergencyBasisOf(emergencyPhysician, 'EMERGENCY_NO_CARD')).toBe('EMERGENCY_NO_CARD');
    expect(basisOf(physician, 'Person.checkups', [grant('DISASTER', { categories: ['CHECKUPS'] })])).toBe('DISASTER');
  });

  it('names no basis the caller does not read under: an emergency access is its opener\'s, at an emergency-only terminal', () => {
    expect(emergencyBasisOf(physician, 'EMERGENCY_WITH_CARD')).toBeNull();
    expect(emergencyBasisOf({ ...emergencyPhysician, loginId: '1310000017-E03' }, 'EMERGENCY_WITH_CARD')).toBeNull();
  });

  it('names a consent before an emergency or disaster access that would open the field too', () => {
    expect(basisOf(physician, 'Person.medications', [grant('EMERGENCY_NO_CARD'), grant('DISASTER'), grant('CONSENT')])).toBe('CONSENT');
  });

  it('is none for what needs no basis: eligibility, reference data, an auditor reading the log', () => {
    expect(basisOf(clerk, 'Person.name', [])).toBeNull();
    expect(basisOf(physician, 'Institution.name', [grant('CONSENT')])).toBeNull();
    expect(basisOf(auditor, 'AccessEvent.userId', [])).toBeNull();
  });

  it('takes no grant of another person or institution, nor one not in force', () => {
    expect(basisOf(physician, 'Person.medications', [grant('CONSENT', { personId: 'person-2' })])).toBeNull();
    expect(basisOf(physician, 'Person.medications', [grant('CONSENT', { institutionCode: '1310000025' })])).toBeNull();
    expect(basisOf(physician, 'Person.medications', [grant('CONSENT', { grantedAt: new Date(NOW.getTime() - 25 * 3600_000) })])).toBeNull();
  });
});
