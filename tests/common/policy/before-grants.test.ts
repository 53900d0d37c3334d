import { Caller, decide, decideBeforeGrants, FIELD_POLICY_KEYS, Grant, RecordFacts } from '../../../common/src/policy';
import { analyst, clerk, grant, hoursAfter, NOW, nurse, OTHER_HOSPITAL, OTHER_PERSON_ID, own, others, patient, pharmacist, physician } from './fixtures';

const before = (caller: Caller, field: string) => decideBeforeGrants({ caller, field, at: NOW });

describe('decideBeforeGrants: what holds whatever the person has granted', () => {
  it('reception staff: eligibility allowed, medical data denied for want of qualification', () => {
    expect(before(clerk, 'Person.name')).toEqual({ kind: 'ALLOW' });
    expect(before(clerk, 'Dispensing.drugName')).toEqual({ kind: 'DENY', reason: 'QUALIFICATION_REQUIRED' });
  });

  it('a physician: consent-dependent fields are left to the record and its person’s grants, not denied', () => {
    expect(before(physician, 'Dispensing.drugName')).toEqual({ kind: 'ON_RECORD', needs: ['personId'] });
    expect(before(physician, 'Diagnosis.name')).toEqual({ kind: 'ON_RECORD', needs: ['personId', 'told'] });
  });

  it('a physician: what no basis opens is denied outright', () => {
    expect(before(physician, 'Claim.totalPoints')).toEqual({ kind: 'DENY', reason: 'NOT_IN_INSTITUTION_VIEW' });
    expect(before(physician, 'Dispensing.dispensingInstitution')).toEqual({ kind: 'DENY', reason: 'PATIENT_ONLY' });
  });

  it('a decision kept for one caller is not given to another differing only in qualification, institution or person', () => {
    expect(before(physician, 'Dispensing.drugName').kind).toBe('ON_RECORD');
    expect(before({ ...physician, qualification: undefined }, 'Dispensing.drugName')).toEqual({ kind: 'DENY', reason: 'QUALIFICATION_REQUIRED' });
    expect(before({ ...physician, institutionCode: undefined }, 'Dispensing.drugName').kind).toBe('DENY');
    expect(before({ ...patient, personId: undefined }, 'Claim.totalPoints')).toEqual({ kind: 'DENY', reason: 'NOT_OWN_RECORD' });
  });

  it('analysts and patients are decided as without grants', () => {
    expect(before(analyst, 'Person.name')).toEqual({ kind: 'DENY', reason: 'NO_PERSON_ACCESS' });
    expect(before(patient, 'Claim.totalPoints')).toEqual({ kind: 'ON_RECORD', needs: ['personId'] });
  });
});

describe('decideBeforeGrants never contradicts decide, whatever the grants', () => {
  const callers: Caller[] = [patient, physician, pharmacist, clerk, nurse, analyst, { role: 'PHYSICIAN', institutionCode: OTHER_HOSPITAL, qualification: 'PHYSICIAN' }];
  const grantSets: Grant[][] = [
    [],
    [grant('CONSENT')],
    [grant('CONSENT', { categories: ['CHECKUPS'] })],
    [grant('CONSENT', { grantedAt: hoursAfter(NOW, -30) })],
    [grant('EMERGENCY_WITH_CARD', { categories: [] })],
    [grant('DISASTER', { categories: ['MEDICATIONS'], personId: OTHER_PERSON_ID })],
  ];
  const records: RecordFacts[] = [own, others, { ...own, told: true, careCategory: 'SURGERY', remarkKind: 'BILLED_ITEM' }, { ...own, told: false, careCategory: null, remarkKind: 'COMMENT' }];

  it.each(callers.map((caller) => [`${caller.role} ${caller.institutionCode ?? ''}`, caller] as const))('%s', (_label, caller) => {
    for (const field of FIELD_POLICY_KEYS.keys()) {
      const decision = before(caller, field);
      if (decision.kind === 'ON_RECORD') continue;
      const expected = decision.kind === 'ALLOW' ? { allow: true } : { allow: false, reason: decision.reason };
      for (const grants of grantSets) for (const facts of records) expect(decide({ caller, grants, field, facts, at: NOW })).toEqual(expected);
    }
  });
});
