import { Basis, Caller, Category, decide, FIELD_POLICY_KEYS, Grant, POLICY_VERSIONS, RecordFacts } from '../../../common/src/policy';
import { fieldsOf } from './supergraph';
import {
  ALLOW,
  analyst,
  auditor,
  clerk,
  deny,
  disasterNurse,
  EMERGENCY_ID,
  emergencyPhysician,
  Expected,
  expected,
  grant,
  HOSPITAL,
  hoursAfter,
  NOW,
  nurse,
  operator,
  OTHER_HOSPITAL,
  OTHER_PERSON_ID,
  others,
  own,
  patient,
  pharmacist,
  physician,
  SUMMARY_NOW,
} from './fixtures';

const at = (iso: string) => new Date(iso);
const consentToAll = [grant('CONSENT')];

describe('decide: the claim, row by row (seed 000 「患者が確認できるレセプト情報」 and 「全国の医療機関等が確認できるレセプト情報」)', () => {
  // [Claim field, patient (SELF), institution (a physician with consent to every category)]
  const CLAIM: ReadonlyArray<readonly [string, Expected, Expected]> = [
    ['id', 'ALLOW', 'ALLOW'],
    ['treatmentMonth', 'ALLOW', 'ALLOW'],
    ['claimType', 'ALLOW', 'ALLOW'],
    ['prefectureCode', 'NOT_IN_PATIENT_VIEW', 'ALLOW'],
    ['institutionCode', 'NOT_IN_PATIENT_VIEW', 'ALLOW'],
    ['institution', 'NOT_IN_PATIENT_VIEW', 'ALLOW'],
    ['institutionName', 'ALLOW', 'ALLOW'],
    ['institutionAddress', 'ALLOW', 'ALLOW'],
    ['insurer', 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['insured', 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['publicExpenses', 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['patientName', 'ALLOW', 'ALLOW'],
    ['patientSex', 'NOT_IN_PATIENT_VIEW', 'ALLOW'],
    ['patientBirthDate', 'NOT_IN_PATIENT_VIEW', 'ALLOW'],
    ['diagnoses', 'NOT_IN_PATIENT_VIEW', 'ALLOW'],
    ['treatmentStartDate', 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['outcome', 'NOT_IN_PATIENT_VIEW', 'NOT_IN_INSTITUTION_VIEW'],
    ['actualDays', 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['procedures', 'ALLOW', 'ALLOW'],
    ['drugs', 'ALLOW', 'ALLOW'],
    ['materials', 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['totalPoints', 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['meals', 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['remarks', 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['person', 'ALLOW', 'ALLOW'],
  ];

  it('covers every field of Claim in the supergraph', () => {
    expect(CLAIM.map(([field]) => field).sort()).toEqual(fieldsOf('Claim').sort());
  });

  it.each(CLAIM)('Claim.%s: patient %s, institution %s', (field, patientView, institutionView) => {
    expect(decide({ caller: patient, grants: [], field: `Claim.${field}`, facts: own, at: NOW })).toEqual(expected(patientView));
    expect(decide({ caller: physician, grants: consentToAll, field: `Claim.${field}`, facts: own, at: NOW })).toEqual(expected(institutionView));
  });

  // The items inside a claim: [field, record facts, patient, institution]
  const ITEMS: ReadonlyArray<readonly [string, RecordFacts, Expected, Expected]> = [
    ['ClaimInsurer.number', own, 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['ClaimInsurer.benefitRatio', own, 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['ClaimInsured.symbol', own, 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['PublicExpense.payerNumber', own, 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['PublicExpense.recipientNumber', own, 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['Diagnosis.name', { ...own, told: true }, 'NOT_IN_PATIENT_VIEW', 'ALLOW'],
    ['Diagnosis.name', { ...own, told: false }, 'NOT_IN_PATIENT_VIEW', 'NOT_NOTIFIED'],
    ['Diagnosis.code', { ...own, told: false }, 'NOT_IN_PATIENT_VIEW', 'NOT_NOTIFIED'],
    ['Procedure.name', { ...own, careCategory: 'SURGERY' }, 'ALLOW', 'ALLOW'],
    ['Procedure.name', { ...own, careCategory: 'DIALYSIS' }, 'ALLOW', 'ALLOW'],
    ['Procedure.name', { ...own, careCategory: 'IMAGING_DIAGNOSIS' }, 'ALLOW', 'ALLOW'],
    ['Procedure.name', { ...own, careCategory: null }, 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['Procedure.count', { ...own, careCategory: 'RADIATION_THERAPY' }, 'ALLOW', 'ALLOW'],
    ['Procedure.points', { ...own, careCategory: 'SURGERY' }, 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['ClaimDrug.name', own, 'ALLOW', 'ALLOW'],
    ['ClaimDrug.points', own, 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['ClaimMaterial.name', own, 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['Meals.amountYen', own, 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['Remark.text', { ...own, remarkKind: 'BILLED_ITEM' }, 'ALLOW', 'NOT_IN_INSTITUTION_VIEW'],
    ['Remark.text', { ...own, remarkKind: 'COMMENT' }, 'NOT_IN_PATIENT_VIEW', 'NOT_IN_INSTITUTION_VIEW'],
    ['Visit.institutionName', own, 'ALLOW', 'ALLOW'],
    ['Visit.lastVisitDate', own, 'ALLOW', 'ALLOW'],
  ];

  it.each(ITEMS)('%s with %j: patient %s, institution %s', (field, facts, patientView, institutionView) => {
    expect(decide({ caller: patient, grants: [], field, facts, at: NOW })).toEqual(expected(patientView));
    expect(decide({ caller: physician, grants: consentToAll, field, facts, at: NOW })).toEqual(expected(institutionView));
  });
});

describe('decide: every basis × category', () => {
  // One field of each category, with the facts of a record of the patient.
  const SAMPLES: Readonly<Record<Category, readonly [string, RecordFacts]>> = {
    ELIGIBILITY: ['Person.name', own],
    MEDICATIONS: ['Dispensing.drugName', own],
    CHECKUPS: ['Checkup.items', own],
    MEDICAL_CARE: ['Procedure.name', { ...own, careCategory: 'SURGERY' }],
    VISITS: ['Visit.institutionName', own],
    DIAGNOSES: ['Diagnosis.name', { ...own, told: true }],
    BILLING: ['Claim.totalPoints', own],
  };
  // An emergency opens none of the histories, only the emergency summary (below).
  const EMERGENCY: Expected[] = ['ALLOW', 'OUTSIDE_BASIS', 'OUTSIDE_BASIS', 'OUTSIDE_BASIS', 'OUTSIDE_BASIS', 'OUTSIDE_BASIS', 'NOT_IN_INSTITUTION_VIEW'];
  // Columns in the order of SAMPLES.
  const MATRIX: ReadonlyArray<readonly [Basis, Caller, Expected[]]> = [
    ['SELF', patient, ['ALLOW', 'ALLOW', 'ALLOW', 'ALLOW', 'ALLOW', 'NOT_IN_PATIENT_VIEW', 'ALLOW']],
    ['CONSENT', physician, ['ALLOW', 'ALLOW', 'ALLOW', 'ALLOW', 'ALLOW', 'ALLOW', 'NOT_IN_INSTITUTION_VIEW']],
    ['EMERGENCY_WITH_CARD', emergencyPhysician, EMERGENCY],
    ['EMERGENCY_NO_CARD', emergencyPhysician, EMERGENCY],
    ['DISASTER', physician, ['ALLOW', 'ALLOW', 'ALLOW', 'ALLOW', 'ALLOW', 'ALLOW', 'NOT_IN_INSTITUTION_VIEW']],
  ];
  const cells = MATRIX.flatMap(([basis, caller, row]) =>
    Object.entries(SAMPLES).map(([category, [field, facts]], column) => [basis, category, field, caller, facts, row[column]] as const),
  );

  it.each(cells)('%s opens %s (%s)', (basis, _category, field, caller, facts, cell) => {
    // An emergency grant lasts half an hour.
    const emergency = basis.startsWith('EMERGENCY');
    const grants = basis === 'SELF' ? [] : [grant(basis, emergency ? { categories: [], grantedAt: hoursAfter(NOW, -0.25) } : {})];
    expect(decide({ caller, grants, field, facts, at: NOW })).toEqual(expected(cell));
  });

  it('consent and disaster open only the categories they list', () => {
    const medicationsOnly = { categories: ['MEDICATIONS'] as const };
    const checkup = { caller: physician, field: 'Checkup.items', facts: own, at: NOW };
    expect(decide({ ...checkup, grants: [grant('CONSENT', medicationsOnly)] })).toEqual(deny('CONSENT_REQUIRED'));
    expect(decide({ ...checkup, grants: [grant('DISASTER', medicationsOnly)] })).toEqual(deny('OUTSIDE_BASIS'));
    expect(decide({ ...checkup, grants: [grant('CONSENT', medicationsOnly), grant('CONSENT', { categories: ['CHECKUPS'] })] })).toEqual(ALLOW);
  });

  it('visits and diagnoses are consented to with the medical-care information', () => {
    const grants = [grant('CONSENT', { categories: ['MEDICAL_CARE'] })];
    expect(decide({ caller: physician, grants, field: 'Visit.month', facts: own, at: NOW })).toEqual(ALLOW);
    expect(decide({ caller: physician, grants, field: 'Diagnosis.name', facts: { ...own, told: true }, at: NOW })).toEqual(ALLOW);
    expect(decide({ caller: physician, grants, field: 'Dispensing.drugName', facts: own, at: NOW })).toEqual(deny('CONSENT_REQUIRED'));
  });

  it('disaster authority lets staff without a qualification read under a disaster grant, and under nothing else', () => {
    const medication = { field: 'Dispensing.drugName', facts: own, at: NOW };
    expect(decide({ ...medication, caller: disasterNurse, grants: [grant('DISASTER')] })).toEqual(ALLOW);
    expect(decide({ ...medication, caller: disasterNurse, grants: [grant('CONSENT')] })).toEqual(deny('QUALIFICATION_REQUIRED'));
    expect(decide({ ...medication, caller: disasterNurse, grants: [] })).toEqual(deny('QUALIFICATION_REQUIRED'));
    expect(decide({ ...medication, caller: nurse, grants: [grant('DISASTER')] })).toEqual(deny('QUALIFICATION_REQUIRED'));
    // Eligibility needs no basis; the patient-only fields stay the patient's.
    expect(decide({ caller: disasterNurse, grants: [], field: 'Person.name', facts: own, at: NOW })).toEqual(ALLOW);
    expect(decide({ caller: disasterNurse, grants: [grant('DISASTER')], field: 'Dispensing.dispensingInstitutionName', facts: own, at: NOW })).toEqual(deny('PATIENT_ONLY'));
  });

  it('a grant with SELF basis opens nothing to staff', () => {
    const grants = [grant('SELF', { institutionCode: HOSPITAL })];
    expect(decide({ caller: physician, grants, field: 'Dispensing.drugName', facts: own, at: NOW })).toEqual(deny('CONSENT_REQUIRED'));
  });
});

describe('decide: consent lasts 24 hours from when it was given (DOMAIN.md §4.1)', () => {
  const givenAt = at('2024-06-03T09:00:00+09:00');
  const consent = grant('CONSENT', { grantedAt: givenAt });
  const medication = { caller: pharmacist, field: 'Dispensing.drugName', facts: own };

  it.each([
    ['at 23:59 after it was given', 23 + 59 / 60, 'ALLOW'],
    ['at 24:00', 24, 'CONSENT_EXPIRED'],
    ['at 24:01', 24 + 1 / 60, 'CONSENT_EXPIRED'],
    ['a minute before it was given', -1 / 60, 'CONSENT_REQUIRED'],
  ] as const)('%s: %s', (_when, hours, cell) => {
    expect(decide({ ...medication, grants: [consent], at: hoursAfter(givenAt, hours) })).toEqual(expected(cell));
  });

  it('24 hours even where the grant claims longer', () => {
    const long = grant('CONSENT', { grantedAt: givenAt, hours: 48 });
    expect(decide({ ...medication, grants: [long], at: hoursAfter(givenAt, 24 + 1 / 60) })).toEqual(deny('CONSENT_EXPIRED'));
  });

  it('an expired consent for a category does not answer for another category', () => {
    const expiredMedications = grant('CONSENT', { grantedAt: givenAt, categories: ['MEDICATIONS'] });
    const later = hoursAfter(givenAt, 25);
    expect(decide({ ...medication, grants: [expiredMedications], at: later })).toEqual(deny('CONSENT_EXPIRED'));
    expect(decide({ caller: pharmacist, field: 'Checkup.items', facts: own, grants: [expiredMedications], at: later })).toEqual(deny('CONSENT_REQUIRED'));
  });

  it('a fresh consent after an expired one counts', () => {
    const expired = grant('CONSENT', { grantedAt: hoursAfter(givenAt, -30) });
    expect(decide({ ...medication, grants: [expired, consent], at: hoursAfter(givenAt, 1) })).toEqual(ALLOW);
  });

  it('a disaster grant ends at its expiresAt (the end of the declared period), not after 24 hours', () => {
    const disaster = grant('DISASTER', { grantedAt: givenAt, hours: 24 * 7 });
    expect(decide({ ...medication, grants: [disaster], at: hoursAfter(givenAt, 24 * 6) })).toEqual(ALLOW);
    expect(decide({ ...medication, grants: [disaster], at: hoursAfter(givenAt, 24 * 7) })).toEqual(deny('CONSENT_REQUIRED'));
  });
});

describe('decide: whose grant', () => {
  const medication = { caller: physician, field: 'Dispensing.drugName', facts: own, at: NOW };

  it("another institution's consent does not count", () => {
    expect(decide({ ...medication, grants: [grant('CONSENT', { institutionCode: OTHER_HOSPITAL })] })).toEqual(deny('CONSENT_REQUIRED'));
    expect(decide({ ...medication, grants: [grant('EMERGENCY_WITH_CARD', { institutionCode: OTHER_HOSPITAL })] })).toEqual(deny('CONSENT_REQUIRED'));
  });

  it("a grant without an institution does not count for staff", () => {
    expect(decide({ ...medication, grants: [grant('CONSENT', { institutionCode: null })] })).toEqual(deny('CONSENT_REQUIRED'));
  });

  it("another patient's consent does not open this patient's record", () => {
    const grants = [grant('CONSENT', { personId: OTHER_PERSON_ID })];
    expect(decide({ ...medication, grants })).toEqual(deny('CONSENT_REQUIRED'));
    expect(decide({ ...medication, grants, facts: others })).toEqual(ALLOW);
  });

  it('a record without a person opens to no grant', () => {
    expect(decide({ ...medication, grants: consentToAll, facts: {} })).toEqual(deny('CONSENT_REQUIRED'));
  });

  it('staff without an institution open nothing with grants', () => {
    const roving: Caller = { role: 'PHYSICIAN', qualification: 'PHYSICIAN' };
    expect(decide({ ...medication, caller: roving, grants: consentToAll })).toEqual(deny('CONSENT_REQUIRED'));
  });
});

describe('decide: who asks (DOMAIN.md §3)', () => {
  const ELIGIBILITY_FIELDS = ['Person.name', 'Person.birthDate', 'Address.line', 'Qualification.number', 'Qualification.benefitRatio', 'EligibilityResult.status'];
  const MEDICAL_FIELDS = ['Dispensing.drugName', 'Checkup.items', 'Procedure.name', 'Visit.month', 'Claim.treatmentMonth', 'ElectronicPrescription.status'];

  it.each([clerk, nurse])('$role sees eligibility, even without a grant', (caller) => {
    for (const field of ELIGIBILITY_FIELDS) expect(decide({ caller, grants: [], field, facts: own, at: NOW })).toEqual(ALLOW);
  });

  it.each([clerk, nurse])('$role: anything beyond eligibility → QUALIFICATION_REQUIRED, consent or not', (caller) => {
    for (const field of MEDICAL_FIELDS) {
      expect(decide({ caller, grants: consentToAll, field, facts: { ...own, careCategory: 'SURGERY' }, at: NOW })).toEqual(deny('QUALIFICATION_REQUIRED'));
    }
  });

  it('a physician whose qualification on record is not the role acted in is not qualified', () => {
    const unverified: Caller = { role: 'PHYSICIAN', institutionCode: HOSPITAL };
    const mismatched: Caller = { role: 'PHYSICIAN', institutionCode: HOSPITAL, qualification: 'PHARMACIST' };
    for (const caller of [unverified, mismatched]) {
      expect(decide({ caller, grants: consentToAll, field: 'Dispensing.drugName', facts: own, at: NOW })).toEqual(deny('QUALIFICATION_REQUIRED'));
      expect(decide({ caller, grants: [], field: 'Person.name', facts: own, at: NOW })).toEqual(ALLOW);
    }
  });

  it.each([analyst, operator, auditor])('$role sees no person at all', (caller) => {
    const personFields = [...FIELD_POLICY_KEYS.entries()].filter(([, key]) => POLICY_VERSIONS.at(-1)?.rules[key]?.kind === 'PERSON');
    expect(personFields.length).toBeGreaterThan(100);
    for (const [field] of personFields) {
      expect(decide({ caller, grants: consentToAll, field, facts: own, at: SUMMARY_NOW })).toEqual(deny('NO_PERSON_ACCESS'));
    }
  });

  it('public reference data is for everyone', () => {
    for (const caller of [analyst, clerk, patient, physician, operator]) {
      for (const field of ['Institution.name', 'Institution.address', 'Institution.kind', 'Drug.name', 'Drug.ingredientName', 'Insurer.name']) {
        expect(decide({ caller, grants: [], field, facts: {}, at: NOW })).toEqual(ALLOW);
      }
    }
  });

  it("an institution's terminals and staff: its own staff, the operator and auditors", () => {
    const terminal = { grants: [], field: 'Terminal.label', at: NOW };
    expect(decide({ ...terminal, caller: clerk, facts: { institutionCode: HOSPITAL } })).toEqual(ALLOW);
    expect(decide({ ...terminal, caller: physician, facts: { institutionCode: OTHER_HOSPITAL } })).toEqual(deny('NOT_OWN_RECORD'));
    expect(decide({ ...terminal, caller: operator, facts: { institutionCode: OTHER_HOSPITAL } })).toEqual(ALLOW);
    expect(decide({ ...terminal, caller: auditor, facts: { institutionCode: OTHER_HOSPITAL } })).toEqual(ALLOW);
    expect(decide({ ...terminal, caller: patient, facts: { institutionCode: HOSPITAL } })).toEqual(deny('ROLE_NOT_PERMITTED'));
    expect(decide({ ...terminal, caller: analyst, facts: { institutionCode: HOSPITAL } })).toEqual(deny('ROLE_NOT_PERMITTED'));
  });

  it('ids, keys, connection plumbing and root fields need no rule', () => {
    for (const field of ['Person.id', 'Claim.id', 'Institution.code', 'ClaimConnection.totalCount', 'ClaimEdge.cursor', 'PageInfo.endCursor', 'Query.person']) {
      expect(decide({ caller: analyst, grants: [], field, facts: {}, at: NOW })).toEqual(ALLOW);
    }
  });
});

describe('decide: the patient (SELF)', () => {
  it('reads their own record without a grant, and nobody else’s', () => {
    for (const field of ['Person.name', 'Dispensing.drugName', 'CheckupItems.hba1c', 'Claim.totalPoints', 'CardCertificate.expiresOn']) {
      expect(decide({ caller: patient, grants: [], field, facts: own, at: NOW })).toEqual(ALLOW);
      expect(decide({ caller: patient, grants: [], field, facts: others, at: NOW })).toEqual(deny('NOT_OWN_RECORD'));
      expect(decide({ caller: patient, grants: [], field, facts: {}, at: NOW })).toEqual(deny('NOT_OWN_RECORD'));
    }
  });

  it('a patient caller without a person id reads nothing', () => {
    expect(decide({ caller: { role: 'PATIENT' }, grants: [], field: 'Person.name', facts: own, at: NOW })).toEqual(deny('NOT_OWN_RECORD'));
  });

  it("institutions never see the patient's certificates", () => {
    expect(decide({ caller: clerk, grants: [], field: 'CardCertificate.expiresOn', facts: own, at: NOW })).toEqual(deny('PATIENT_ONLY'));
  });
});

describe('decide: diagnoses only where the claim shows the patient was told (seed 000 注)', () => {
  const diagnosis = { caller: physician, grants: consentToAll, field: 'Diagnosis.name', at: NOW };
  it.each([
    [true, 'ALLOW'],
    [false, 'NOT_NOTIFIED'],
    [undefined, 'NOT_NOTIFIED'],
  ] as const)('told %s → %s', (told, cell) => {
    expect(decide({ ...diagnosis, facts: { ...own, told } })).toEqual(expected(cell));
  });

  it('without consent the told status is not reached', () => {
    expect(decide({ ...diagnosis, grants: [], facts: { ...own, told: false } })).toEqual(deny('CONSENT_REQUIRED'));
  });
});

describe("decide: the dispensing institution's name is given to the patient only (seed 000 ※)", () => {
  const FIELDS = [
    'Dispensing.dispensingInstitutionName',
    'Dispensing.dispensingInstitution',
    'ElectronicPrescription.dispensingInstitutionName',
    'ElectronicPrescription.dispensingInstitution',
  ];
  it.each(FIELDS)('%s: patient yes, institution no', (field) => {
    expect(decide({ caller: patient, grants: [], field, facts: own, at: NOW })).toEqual(ALLOW);
    expect(decide({ caller: pharmacist, grants: consentToAll, field, facts: own, at: NOW })).toEqual(deny('PATIENT_ONLY'));
    expect(decide({ caller: emergencyPhysician, grants: [grant('EMERGENCY_WITH_CARD')], field, facts: own, at: NOW })).toEqual(deny('PATIENT_ONLY'));
  });

  it('the prescribing institution and the drug are shown to institutions', () => {
    for (const field of ['Dispensing.prescribingInstitutionName', 'Dispensing.drugName', 'Dispensing.dispensedOn']) {
      expect(decide({ caller: pharmacist, grants: consentToAll, field, facts: own, at: NOW })).toEqual(ALLOW);
    }
  });
});

describe('decide: the version in force (launch dates of seed 000)', () => {
  const consentAt = (when: Date): Grant[] => [grant('CONSENT', { grantedAt: hoursAfter(when, -1) })];
  it.each([
    ['特定健診情報', 'Checkup.items', {}, '2021-02-28T23:59:00+09:00', '2021-03-01T00:00:00+09:00'],
    ['薬剤情報', 'Dispensing.drugName', {}, '2021-09-30T23:59:00+09:00', '2021-10-01T00:00:00+09:00'],
    ['medical care', 'Procedure.name', { careCategory: 'SURGERY' }, '2022-09-10T23:59:00+09:00', '2022-09-11T00:00:00+09:00'],
    ['past visits', 'Visit.institutionName', {}, '2022-09-10T23:59:00+09:00', '2022-09-11T00:00:00+09:00'],
    ['電子処方箋', 'ElectronicPrescription.status', {}, '2023-01-25T23:59:00+09:00', '2023-01-26T00:00:00+09:00'],
  ] as const)('%s: %s not available before, available after', (_name, field, extra, before, after) => {
    const facts = { ...own, ...extra };
    expect(decide({ caller: physician, grants: consentAt(at(before)), field, facts, at: at(before) })).toEqual(deny('NOT_AVAILABLE'));
    expect(decide({ caller: physician, grants: consentAt(at(after)), field, facts, at: at(after) })).toEqual(ALLOW);
  });

  it('the patient view of a claim starts with the medical-care information', () => {
    const claim = { caller: patient, grants: [], field: 'Claim.totalPoints', facts: own };
    expect(decide({ ...claim, at: at('2022-09-10T12:00:00+09:00') })).toEqual(deny('NOT_AVAILABLE'));
    expect(decide({ ...claim, at: at('2022-09-11T12:00:00+09:00') })).toEqual(ALLOW);
  });

  it('before the first version nothing is available', () => {
    expect(decide({ caller: clerk, grants: [], field: 'Person.name', facts: own, at: at('2020-12-31T12:00:00+09:00') })).toEqual(deny('NOT_AVAILABLE'));
  });

  it('the launch date begins at midnight in Japan', () => {
    const justAfterMidnightInJapan = at('2021-09-30T15:30:00Z');
    expect(decide({ caller: physician, grants: consentAt(justAfterMidnightInJapan), field: 'Dispensing.drugName', facts: own, at: justAfterMidnightInJapan })).toEqual(ALLOW);
  });
});

describe('decide: deny by default', () => {
  it.each(['Claim.secretNotes', 'Person.individualNumber', 'NoSuchType.field', 'Claim', ''])('%s → NO_POLICY', (field) => {
    for (const caller of [patient, physician, clerk, analyst, operator]) {
      expect(decide({ caller, grants: consentToAll, field, facts: own, at: NOW })).toEqual(deny('NO_POLICY'));
    }
  });
});

describe('decide: the emergency summary (DOMAIN.md §4.2)', () => {
  const SUMMARY_FIELDS = [
    'Person.emergencySummary',
    'EmergencySummary.visits',
    'EmergencyVisit.lastVisitDate',
    'EmergencySummary.care',
    'EmergencySummary.surgeries',
    'EmergencyCare.name',
    'EmergencySummary.medications',
    'EmergencySummary.electronicPrescriptionDispensings',
    'EmergencyMedication.drugName',
    'EmergencySummary.checkupDates',
  ];
  const HISTORIES = ['Person.claims', 'Person.visits', 'Person.medications', 'Person.electronicPrescriptions', 'Person.checkups', 'Person.duplicateMedicationCheck', 'Checkup.examinedOn', 'Claim.treatmentMonth'];
  const emergencyGrant = (basis: Basis, options: Parameters<typeof grant>[1] = {}) => [
    grant(basis, { categories: [], grantedAt: hoursAfter(SUMMARY_NOW, -0.25), hours: 0.5, ...options }),
  ];

  it.each(['EMERGENCY_WITH_CARD', 'EMERGENCY_NO_CARD'] as const)('%s opens every part of the summary and none of the histories', (basis) => {
    const decisions = (fields: readonly string[]) => fields.map((field) => decide({ caller: emergencyPhysician, grants: emergencyGrant(basis), field, facts: own, at: SUMMARY_NOW }));
    expect(decisions(SUMMARY_FIELDS)).toEqual(SUMMARY_FIELDS.map(() => ALLOW));
    expect(decisions(HISTORIES)).toEqual(HISTORIES.map(() => deny('OUTSIDE_BASIS')));
  });

  it("an emergency grant is read by its opener only, with the emergency ID, at an emergency-only terminal", () => {
    const field = { field: 'EmergencyMedication.drugName', facts: own, at: SUMMARY_NOW, grants: emergencyGrant('EMERGENCY_WITH_CARD') };
    expect(decide({ ...field, caller: emergencyPhysician })).toEqual(ALLOW);
    expect(decide({ ...field, caller: { ...emergencyPhysician, loginId: '1310000017-E03' } })).toEqual(deny('CONSENT_REQUIRED'));
    expect(decide({ ...field, caller: { ...emergencyPhysician, terminalKind: 'EXAMINATION_ROOM' } })).toEqual(deny('CONSENT_REQUIRED'));
    expect(decide({ ...field, caller: { ...emergencyPhysician, emergencyId: false } })).toEqual(deny('CONSENT_REQUIRED'));
    expect(decide({ ...field, caller: physician })).toEqual(deny('CONSENT_REQUIRED'));
    expect(decide({ ...field, grants: emergencyGrant('EMERGENCY_WITH_CARD', { openedBy: null }), caller: emergencyPhysician })).toEqual(deny('CONSENT_REQUIRED'));
  });

  it('an emergency grant ends after its half hour', () => {
    const grants = emergencyGrant('EMERGENCY_NO_CARD', { grantedAt: hoursAfter(SUMMARY_NOW, -0.5), hours: 24 });
    expect(decide({ caller: emergencyPhysician, grants, field: 'EmergencySummary.medications', facts: own, at: SUMMARY_NOW })).toEqual(deny('CONSENT_REQUIRED'));
  });

  it('consent opens the parts of the categories it lists; the summary was not offered before December 2024', () => {
    const grants = [grant('CONSENT', { categories: ['MEDICATIONS'], grantedAt: hoursAfter(SUMMARY_NOW, -1) })];
    const consented = (field: string) => decide({ caller: physician, grants, field, facts: own, at: SUMMARY_NOW });
    expect(consented('EmergencySummary.medications')).toEqual(ALLOW);
    expect(consented('EmergencySummary.checkupDates')).toEqual(deny('CONSENT_REQUIRED'));
    expect(decide({ caller: emergencyPhysician, grants: [grant('EMERGENCY_WITH_CARD')], field: 'EmergencySummary.medications', facts: own, at: NOW })).toEqual(deny('NOT_AVAILABLE'));
  });

  it('the fixtures open the emergency grant by the emergency physician', () => {
    expect(grant('EMERGENCY_NO_CARD').openedBy).toBe(EMERGENCY_ID);
  });
});

describe('decide: analytics, aggregates that never show a person (DOMAIN.md §3 and §7)', () => {
  // Published figures and the registry's facility counts; counts over persons' data.
  const PUBLISHED = ['Rollout.published', 'RolloutSnapshot.cardReaderApplications', 'FacilityShare.percent', 'TargetDistance.facilitiesToGo', 'SubsidyUnderRules.subsidyYen', 'OperatingCostEstimate.oku'];
  const AGGREGATES = [
    'AggregateCount.value',
    'AggregateCount.suppressed',
    'CheckupResultRow.examined',
    'HealthRiskComparison.index',
    'ConsentRateRow.consents',
    'DuplicateFindingCount.duplicating',
    'RolloutSnapshot.insuranceUseRegistrations',
    'AnalyticsStatus.refreshedAt',
  ];
  // [caller, published figures, aggregates over persons' data]
  const ROWS: ReadonlyArray<readonly [string, Caller, Expected, Expected]> = [
    ['analyst', analyst, 'ALLOW', 'ALLOW'],
    ['operator', operator, 'ALLOW', 'ROLE_NOT_PERMITTED'],
    ['auditor', auditor, 'ROLE_NOT_PERMITTED', 'ROLE_NOT_PERMITTED'],
    ['physician', physician, 'ROLE_NOT_PERMITTED', 'ROLE_NOT_PERMITTED'],
    ['pharmacist', pharmacist, 'ROLE_NOT_PERMITTED', 'ROLE_NOT_PERMITTED'],
    ['clerk', clerk, 'ROLE_NOT_PERMITTED', 'ROLE_NOT_PERMITTED'],
    ['nurse', nurse, 'ROLE_NOT_PERMITTED', 'ROLE_NOT_PERMITTED'],
    ['patient', patient, 'ROLE_NOT_PERMITTED', 'ROLE_NOT_PERMITTED'],
  ];

  it.each(ROWS)('%s: published %s, aggregates %s', (_name, caller, published, aggregates) => {
    for (const field of PUBLISHED) expect(decide({ caller, grants: [], field, facts: {}, at: NOW })).toEqual(expected(published));
    for (const field of AGGREGATES) expect(decide({ caller, grants: [], field, facts: {}, at: NOW })).toEqual(expected(aggregates));
  });

  it('a consent opens no aggregate to a physician, nor does an emergency', () => {
    for (const grants of [consentToAll, [grant('EMERGENCY_WITH_CARD')]]) {
      expect(decide({ caller: physician, grants, field: 'CheckupResultRow.examined', facts: own, at: NOW })).toEqual(deny('ROLE_NOT_PERMITTED'));
    }
  });

  it('who sees them is data: each analytics rule lists its roles, in every version of the policy', () => {
    for (const version of POLICY_VERSIONS) {
      expect(version.rules['analytics.published']).toEqual({ kind: 'AGGREGATE', roles: ['ANALYST', 'OPERATOR'] });
      expect(version.rules['analytics.aggregates']).toEqual({ kind: 'AGGREGATE', roles: ['ANALYST'] });
    }
  });

  it('the analyst still reads no person, and a person field is never an aggregate', () => {
    expect(decide({ caller: analyst, grants: [], field: 'Checkup.items', facts: own, at: NOW })).toEqual(deny('NO_PERSON_ACCESS'));
    const aggregateKeys = new Set(['analytics.published', 'analytics.aggregates']);
    const personTypes = ['Person', 'Claim', 'Checkup', 'Dispensing', 'Qualification', 'CardCertificate', 'ElectronicPrescription'];
    const misfiled = [...FIELD_POLICY_KEYS].filter(([field, key]) => aggregateKeys.has(key) && personTypes.includes(field.split('.')[0]!));
    expect(misfiled).toEqual([]);
  });
});
