import { FieldAccess } from '../../../common/src/audit/access-ledger';
import { decidedFields, fieldDecisionsOf } from '../../../common/src/audit/field-decisions';

const fields: FieldAccess[] = [
  { field: 'Person.medications', category: 'MEDICATIONS', allowed: true, denyReasons: [], basis: 'CONSENT' },
  { field: 'Dispensing.drugName', category: 'MEDICATIONS', allowed: true, denyReasons: [], basis: 'CONSENT' },
  { field: 'Person.name', category: 'ELIGIBILITY', allowed: true, denyReasons: [], basis: null },
  // Served for the told diagnoses, withheld for the others.
  { field: 'Diagnosis.name', category: 'DIAGNOSES', allowed: true, denyReasons: ['NOT_NOTIFIED'], basis: 'CONSENT' },
  { field: 'Claim.outcome', category: 'MEDICAL_CARE', allowed: false, denyReasons: ['NOT_IN_INSTITUTION_VIEW'], basis: null },
];

describe('the fields of an access as the log stores them', () => {
  it('are grouped by the basis they were served under and the reason they were withheld, each list in name order', () => {
    expect(fieldDecisionsOf(fields)).toEqual({
      served: { CONSENT: ['Diagnosis.name', 'Dispensing.drugName', 'Person.medications'], NONE: ['Person.name'] },
      withheld: { NOT_NOTIFIED: ['Diagnosis.name'], NOT_IN_INSTITUTION_VIEW: ['Claim.outcome'] },
    });
  });

  it('read back as each field once with what was decided on it, and its category from the policy', () => {
    expect(decidedFields(fieldDecisionsOf(fields))).toEqual(
      [...fields].sort((a, b) => (a.field < b.field ? -1 : 1)).map(({ field, category, allowed, denyReasons, basis }) => ({ field, category, allowed, denyReasons, basis })),
    );
  });
});
