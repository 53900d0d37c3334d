import { Caller, decide, decideStatically, FIELD_POLICY_KEYS, Grant, planFields, RecordFacts } from '../../../common/src/policy';
import {
  analyst,
  auditor,
  clerk,
  grant,
  HOSPITAL,
  hoursAfter,
  NOW,
  nurse,
  operator,
  OTHER_HOSPITAL,
  OTHER_PERSON_ID,
  own,
  others,
  patient,
  pharmacist,
  physician,
} from './fixtures';

const planned = (caller: Caller, grants: readonly Grant[], field: string) => decideStatically({ caller, grants, field, at: NOW });

describe('decideStatically: what the gateway can drop before planning', () => {
  it('analysts: every person field denied, public reference allowed', () => {
    const plan = planFields({ caller: analyst, grants: [], at: NOW });
    expect(plan.get('Dispensing.drugName')).toEqual({ kind: 'DENY', reason: 'NO_PERSON_ACCESS' });
    expect(plan.get('Person.name')).toEqual({ kind: 'DENY', reason: 'NO_PERSON_ACCESS' });
    expect(plan.get('Institution.name')).toEqual({ kind: 'ALLOW' });
    expect(plan.get('Terminal.label')).toEqual({ kind: 'DENY', reason: 'ROLE_NOT_PERMITTED' });
    expect(plan.size).toBe(FIELD_POLICY_KEYS.size);
  });

  it('clerks: eligibility allowed outright, the rest denied', () => {
    expect(planned(clerk, [], 'Person.name')).toEqual({ kind: 'ALLOW' });
    expect(planned(clerk, [], 'Qualification.number')).toEqual({ kind: 'ALLOW' });
    expect(planned(clerk, [grant('CONSENT')], 'Dispensing.drugName')).toEqual({ kind: 'DENY', reason: 'QUALIFICATION_REQUIRED' });
  });

  it('a physician without grants: medical data denied; patient-only and unlisted fields denied whatever the grants', () => {
    expect(planned(physician, [], 'Dispensing.drugName')).toEqual({ kind: 'DENY', reason: 'CONSENT_REQUIRED' });
    expect(planned(physician, [], 'Diagnosis.name')).toEqual({ kind: 'DENY', reason: 'CONSENT_REQUIRED' });
    expect(planned(physician, [grant('CONSENT')], 'Dispensing.dispensingInstitutionName')).toEqual({ kind: 'DENY', reason: 'PATIENT_ONLY' });
    expect(planned(physician, [grant('CONSENT')], 'Claim.totalPoints')).toEqual({ kind: 'DENY', reason: 'NOT_IN_INSTITUTION_VIEW' });
  });

  it('with a grant in force, the record decides: whose it is, and its conditions', () => {
    const grants = [grant('CONSENT')];
    expect(planned(physician, grants, 'Dispensing.drugName')).toEqual({ kind: 'ON_RECORD', needs: ['personId'] });
    expect(planned(physician, grants, 'Diagnosis.name')).toEqual({ kind: 'ON_RECORD', needs: ['personId', 'told'] });
    expect(planned(physician, grants, 'Procedure.name')).toEqual({ kind: 'ON_RECORD', needs: ['personId', 'careCategory'] });
  });

  it('patients: their own record is decided on the record', () => {
    expect(planned(patient, [], 'Person.name')).toEqual({ kind: 'ON_RECORD', needs: ['personId'] });
    expect(planned(patient, [], 'Remark.text')).toEqual({ kind: 'ON_RECORD', needs: ['personId', 'remarkKind'] });
    expect(planned(patient, [], 'Claim.outcome')).toEqual({ kind: 'DENY', reason: 'NOT_IN_PATIENT_VIEW' });
  });

  it('an expired consent leaves the reason to the record (other patients get CONSENT_REQUIRED)', () => {
    const expired = [grant('CONSENT', { grantedAt: hoursAfter(NOW, -30) })];
    expect(planned(physician, expired, 'Dispensing.drugName')).toEqual({ kind: 'ON_RECORD', needs: ['personId'] });
    expect(decide({ caller: physician, grants: expired, field: 'Dispensing.drugName', facts: own, at: NOW })).toEqual({ allow: false, reason: 'CONSENT_EXPIRED' });
    expect(decide({ caller: physician, grants: expired, field: 'Dispensing.drugName', facts: others, at: NOW })).toEqual({ allow: false, reason: 'CONSENT_REQUIRED' });
  });

  it('unknown fields are denied before planning', () => {
    expect(planned(physician, [grant('CONSENT')], 'Claim.secretNotes')).toEqual({ kind: 'DENY', reason: 'NO_POLICY' });
  });
});

describe('decideStatically agrees with decide on every record', () => {
  const callers: Caller[] = [patient, physician, pharmacist, clerk, nurse, analyst, operator, auditor, { role: 'PATIENT' }];
  const grantSets: Grant[][] = [
    [],
    [grant('CONSENT')],
    [grant('CONSENT', { categories: ['MEDICATIONS'] })],
    [grant('CONSENT', { grantedAt: hoursAfter(NOW, -30) })],
    [grant('CONSENT', { personId: OTHER_PERSON_ID })],
    [grant('CONSENT', { institutionCode: OTHER_HOSPITAL })],
    [grant('EMERGENCY_WITH_CARD', { categories: [] })],
    [grant('EMERGENCY_NO_CARD', { categories: [], hours: -1 })],
    [grant('DISASTER', { categories: ['CHECKUPS'] })],
    [grant('CONSENT', { grantedAt: hoursAfter(NOW, -30), categories: ['MEDICAL_CARE'] }), grant('DISASTER', { personId: OTHER_PERSON_ID })],
  ];
  const records: RecordFacts[] = [
    {},
    own,
    others,
    { ...own, told: true, careCategory: 'DIALYSIS', remarkKind: 'BILLED_ITEM', institutionCode: HOSPITAL },
    { ...own, told: false, careCategory: null, remarkKind: 'COMMENT', institutionCode: OTHER_HOSPITAL },
    { ...others, told: true, careCategory: 'SURGERY', remarkKind: 'BILLED_ITEM', institutionCode: HOSPITAL },
  ];
  const fields = [...FIELD_POLICY_KEYS.keys(), 'Person.id', 'Query.claim', 'Claim.secretNotes'];

  it.each(callers.map((caller) => [caller.role, caller] as const))('%s: ALLOW and DENY hold for every record', (_role, caller) => {
    for (const grants of grantSets) {
      for (const field of fields) {
        const decision = decideStatically({ caller, grants, field, at: NOW });
        if (decision.kind === 'ON_RECORD') continue;
        const expected = decision.kind === 'ALLOW' ? { allow: true } : { allow: false, reason: decision.reason };
        for (const facts of records) expect(decide({ caller, grants, field, facts, at: NOW })).toEqual(expected);
      }
    }
  });
});
