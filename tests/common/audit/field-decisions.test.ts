import { decidedFields, fieldsIn } from '../../../common/src/audit/field-decisions';

const decisions = {
  served: { CONSENT: ['Diagnosis.name', 'Dispensing.drugName', 'Person.medications'], NONE: ['Person.name'] },
  // The told diagnoses were served, the others withheld.
  withheld: { NOT_NOTIFIED: ['Diagnosis.name'], NOT_IN_INSTITUTION_VIEW: ['Claim.outcome'] },
};

describe('the fields of an access as the log stores them (served by basis, withheld by reason)', () => {
  it('read back as each field once with what was decided on it, and its category from the policy', () => {
    expect(decidedFields(decisions)).toEqual([
      { field: 'Claim.outcome', category: 'MEDICAL_CARE', allowed: false, denyReasons: ['NOT_IN_INSTITUTION_VIEW'], basis: null },
      { field: 'Diagnosis.name', category: 'DIAGNOSES', allowed: true, denyReasons: ['NOT_NOTIFIED'], basis: 'CONSENT' },
      { field: 'Dispensing.drugName', category: 'MEDICATIONS', allowed: true, denyReasons: [], basis: 'CONSENT' },
      { field: 'Person.medications', category: 'MEDICATIONS', allowed: true, denyReasons: [], basis: 'CONSENT' },
      { field: 'Person.name', category: 'ELIGIBILITY', allowed: true, denyReasons: [], basis: null },
    ]);
  });

  it('name every field once', () => {
    expect(fieldsIn(decisions).sort()).toEqual(['Claim.outcome', 'Diagnosis.name', 'Dispensing.drugName', 'Person.medications', 'Person.name']);
  });
});
