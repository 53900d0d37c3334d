import { CareCategory, EmergencySummaryPeriods, FieldRule, PersonFieldRule, PolicyVersion } from './types';

/**
 * THE POLICY: which caller sees which field of a person's data, as data with an effective date.
 * Each rule is named by a key; the SDL marks every field with the key of its rule
 * (`@accessPolicy(key:)`, mapped in field-keys.ts). The version in force on a date is the last one
 * whose `effectiveFrom` is not after it; a rule absent from it was not yet offered (NOT_AVAILABLE).
 *
 * Sources: seed 000, 「患者が確認できるレセプト情報」 (the patient view of a claim: the itemized
 * statement 明細書) and 「全国の医療機関等が確認できるレセプト情報」 (the institution view), as
 * restated in DOMAIN.md §5.
 */

const PUBLIC: FieldRule = { kind: 'PUBLIC' };
const INSTITUTION_ROSTER: FieldRule = { kind: 'INSTITUTION_ROSTER' };
const AUDIT: FieldRule = { kind: 'AUDIT' };

const eligibility = (rule: Pick<PersonFieldRule, 'institution' | 'emergency'>): PersonFieldRule => ({
  kind: 'PERSON',
  category: 'ELIGIBILITY',
  staff: 'ALL',
  patient: 'SHOWN',
  ...rule,
});

// DOMAIN.md §6: every access to a person's data is logged. The person sees which institution looked,
// when and under which basis (`history`), not the staff member; auditors read everything (`audit`).
const ACCESS_LOG: Readonly<Record<string, FieldRule>> = {
  'accessLog.history': { kind: 'ACCESS_LOG', patient: 'SHOWN' },
  'accessLog.audit': { kind: 'ACCESS_LOG', patient: 'HIDDEN' },
};

const REFERENCE_AND_ELIGIBILITY: Readonly<Record<string, FieldRule>> = {
  ...ACCESS_LOG,
  'reference.institution': PUBLIC,
  'reference.insurer': PUBLIC,
  'reference.drug': PUBLIC,
  'institution.roster': INSTITUTION_ROSTER,
  // DOMAIN.md §3: reception sees eligibility (coverage), which needs no consent (§4.1).
  'eligibility.person': eligibility({ institution: 'SHOWN', emergency: true }),
  'eligibility.qualifications': eligibility({ institution: 'SHOWN', emergency: true }),
  'eligibility.result': eligibility({ institution: 'SHOWN', emergency: true }),
  'eligibility.certificates': eligibility({ institution: 'PATIENT_ONLY', emergency: false }),
  // DOMAIN.md §4.1: the eligibility answer carries, per category, whether consent was given, when, and until when.
  'eligibility.consent': eligibility({ institution: 'SHOWN', emergency: true }),
  'access.grant': eligibility({ institution: 'SHOWN', emergency: false }),
  // What an institution reported of its own EHR: the patient and when, as an eligibility answer is.
  'ehr.registration': eligibility({ institution: 'SHOWN', emergency: false }),
  // Declared disasters and their regions are public: institutions learn where disaster access is open.
  'reference.disaster': PUBLIC,
  // Seed 000 救急時②: the auditors' periodic inspection of emergency access without a card.
  'audit.inspection': AUDIT,
};

// Seed 000: 「来年3月からは特定健診情報を」 (from March 2021). The emergency summary shows checkup dates only (EMERGENCY_SUMMARY).
const CHECKUPS: Readonly<Record<string, FieldRule>> = {
  'checkups.dates': { kind: 'PERSON', category: 'CHECKUPS', staff: 'QUALIFIED', patient: 'SHOWN', institution: 'SHOWN', emergency: false },
  'checkups.results': { kind: 'PERSON', category: 'CHECKUPS', staff: 'QUALIFIED', patient: 'SHOWN', institution: 'SHOWN', emergency: false },
};

// Seed 000: 「来年10月からはレセプト記載の薬剤情報」, and 「※ 医療機関名は患者のみ提供」 for the dispensing institution.
const MEDICATIONS: Readonly<Record<string, FieldRule>> = {
  'medications.dispensing': { kind: 'PERSON', category: 'MEDICATIONS', staff: 'QUALIFIED', patient: 'SHOWN', institution: 'SHOWN', emergency: false },
  'medications.dispensingInstitution': {
    kind: 'PERSON',
    category: 'MEDICATIONS',
    staff: 'QUALIFIED',
    patient: 'SHOWN',
    institution: 'PATIENT_ONLY',
    emergency: false,
  },
};

const claimItem = (rule: Omit<PersonFieldRule, 'kind' | 'staff'>): PersonFieldRule => ({ kind: 'PERSON', staff: 'QUALIFIED', ...rule });

/**
 * Seed 000, ACTION 1 (「令和4年夏を目途」; in service from 2022-09-11): past visits (①) and the listed
 * medical care (②) for institutions, and the claim as the patient's itemized statement. One rule per
 * row of the patient table; `institution` follows the institution table.
 */
const MEDICAL_CARE: Readonly<Record<string, FieldRule>> = {
  'medicalCare.visits': claimItem({ category: 'VISITS', patient: 'SHOWN', institution: 'SHOWN', emergency: false }),
  'claim.list': claimItem({ category: 'MEDICAL_CARE', patient: 'SHOWN', institution: 'SHOWN', emergency: false }),
  'claim.person': claimItem({ category: 'MEDICAL_CARE', patient: 'SHOWN', institution: 'SHOWN', emergency: false }),
  'claim.treatmentMonth': claimItem({ category: 'MEDICAL_CARE', patient: 'SHOWN', institution: 'SHOWN', emergency: false }),
  // Not a row of the seed's table: the statement says whether the care was inpatient, outpatient or dental.
  'claim.claimType': claimItem({ category: 'MEDICAL_CARE', patient: 'SHOWN', institution: 'SHOWN', emergency: false }),
  'claim.institutionCode': claimItem({ category: 'MEDICAL_CARE', patient: 'HIDDEN', institution: 'SHOWN', emergency: false }),
  'claim.institutionNameAddress': claimItem({ category: 'MEDICAL_CARE', patient: 'SHOWN', institution: 'SHOWN', emergency: false }),
  'claim.insurer': claimItem({ category: 'BILLING', patient: 'SHOWN', institution: 'HIDDEN', emergency: false }),
  'claim.insured': claimItem({ category: 'BILLING', patient: 'SHOWN', institution: 'HIDDEN', emergency: false }),
  'claim.publicExpenses': claimItem({ category: 'BILLING', patient: 'SHOWN', institution: 'HIDDEN', emergency: false }),
  'claim.patientName': claimItem({ category: 'MEDICAL_CARE', patient: 'SHOWN', institution: 'SHOWN', emergency: false }),
  // 「氏名のみ○」: the statement names the patient but shows neither sex nor date of birth.
  'claim.patientSexBirthDate': claimItem({ category: 'MEDICAL_CARE', patient: 'HIDDEN', institution: 'SHOWN', emergency: false }),
  // The list is open; each diagnosis in it only where told (seed 000 注: 患者への告知を前提).
  'claim.diagnoses': claimItem({ category: 'DIAGNOSES', patient: 'HIDDEN', institution: 'SHOWN', emergency: false }),
  'claim.diagnosis': claimItem({ category: 'DIAGNOSES', patient: 'HIDDEN', institution: { when: 'TOLD' }, emergency: false }),
  'claim.treatmentStartDate': claimItem({ category: 'MEDICAL_CARE', patient: 'SHOWN', institution: 'HIDDEN', emergency: false }),
  'claim.outcome': claimItem({ category: 'MEDICAL_CARE', patient: 'HIDDEN', institution: 'HIDDEN', emergency: false }),
  'claim.actualDays': claimItem({ category: 'MEDICAL_CARE', patient: 'SHOWN', institution: 'HIDDEN', emergency: false }),
  // The list is open; each procedure to institutions only when it is listed medical care (LISTED_CARE_CATEGORIES).
  'claim.procedures': claimItem({ category: 'MEDICAL_CARE', patient: 'SHOWN', institution: 'SHOWN', emergency: false }),
  'claim.procedure': claimItem({ category: 'MEDICAL_CARE', patient: 'SHOWN', institution: { when: 'LISTED_CARE' }, emergency: false }),
  'claim.procedurePoints': claimItem({ category: 'BILLING', patient: 'SHOWN', institution: 'HIDDEN', emergency: false }),
  // In-house drugs are medication information (薬剤名) for institutions, as the dispensings are.
  'claim.drugs': claimItem({ category: 'MEDICATIONS', patient: 'SHOWN', institution: 'SHOWN', emergency: false }),
  'claim.drugPoints': claimItem({ category: 'BILLING', patient: 'SHOWN', institution: 'HIDDEN', emergency: false }),
  'claim.materials': claimItem({ category: 'MEDICAL_CARE', patient: 'SHOWN', institution: 'HIDDEN', emergency: false }),
  'claim.totalPoints': claimItem({ category: 'BILLING', patient: 'SHOWN', institution: 'HIDDEN', emergency: false }),
  'claim.meals': claimItem({ category: 'BILLING', patient: 'SHOWN', institution: 'HIDDEN', emergency: false }),
  // 摘要: 「算定項目(薬剤又は保険医療材料の名称含む)のみ○」 — billed items, not comments.
  'claim.remarks': claimItem({ category: 'MEDICAL_CARE', patient: 'SHOWN', institution: 'HIDDEN', emergency: false }),
  'claim.remark': claimItem({ category: 'MEDICAL_CARE', patient: { when: 'BILLED_ITEM' }, institution: 'HIDDEN', emergency: false }),
};

// Seed 000, ACTION 2 (電子処方箋, in service from 2023-01-26).
const ELECTRONIC_PRESCRIPTIONS: Readonly<Record<string, FieldRule>> = {
  'prescriptions.electronic': { kind: 'PERSON', category: 'MEDICATIONS', staff: 'QUALIFIED', patient: 'SHOWN', institution: 'SHOWN', emergency: false },
  'prescriptions.dispensingInstitution': {
    kind: 'PERSON',
    category: 'MEDICATIONS',
    staff: 'QUALIFIED',
    patient: 'SHOWN',
    institution: 'PATIENT_ONLY',
    emergency: false,
  },
  'prescriptions.duplicateCheck': { kind: 'PERSON', category: 'MEDICATIONS', staff: 'QUALIFIED', patient: 'SHOWN', institution: 'SHOWN', emergency: false },
};

const summaryPart = (category: PersonFieldRule['category']): PersonFieldRule => ({
  kind: 'PERSON',
  category,
  staff: 'QUALIFIED',
  patient: 'SHOWN',
  institution: 'SHOWN',
  emergency: true,
});

/**
 * DOMAIN.md §4.2: the emergency summary (救急時医療情報), the only medical data the emergency bases
 * open, each part over the period EMERGENCY_SUMMARY_PERIODS gives. Its parts belong to the categories
 * of the records they show, so a consent to those categories shows them too. The histories themselves
 * (claims, medications, checkups) are not part of it (`emergency: false` above).
 */
const EMERGENCY_SUMMARY: Readonly<Record<string, FieldRule>> = {
  // The summary object carries no data of its own: each part is decided by its own rule.
  'emergency.summary': summaryPart('ELIGIBILITY'),
  'emergency.visits': summaryPart('VISITS'),
  'emergency.care': summaryPart('MEDICAL_CARE'),
  'emergency.medications': summaryPart('MEDICATIONS'),
  'emergency.checkupDates': summaryPart('CHECKUPS'),
};

/** The periods of the emergency summary as it was launched (DOMAIN.md §4.2). */
export const EMERGENCY_SUMMARY_PERIODS: EmergencySummaryPeriods = {
  visits: { months: 3 },
  medications: { months: 3 },
  care: { months: 3 },
  electronicPrescriptionDispensings: { days: 45 },
  surgery: { years: 5 },
  // 手術（移植・輸血含む）and the short-stay surgery fee: seed 000's surgery row of the institution view.
  surgeryCategories: ['SURGERY', 'SHORT_STAY_SURGERY', 'TRANSPLANT', 'TRANSFUSION'],
  // The rest of the listed care (dialysis among it) is the care of the last months.
  careCategories: ['RADIATION_THERAPY', 'IMAGING_DIAGNOSIS', 'PATHOLOGY_DIAGNOSIS', 'MEDICAL_MANAGEMENT', 'HOME_CARE_GUIDANCE', 'DIALYSIS'],
};

/**
 * Analytics (DOMAIN.md §3 and §7): aggregates, never a person. What the seeds published (rollout
 * snapshots and targets, the subsidy rules, the operating-cost estimates) and the counts of the
 * institution registry hold no person's data: the operator, who registers terminals and runs the
 * system, sees them too. Counts computed from persons' data (checkups, consents, dispensings,
 * card registrations), small cells suppressed, are for analysts alone.
 */
const ANALYTICS: Readonly<Record<string, FieldRule>> = {
  'analytics.published': { kind: 'AGGREGATE', roles: ['ANALYST', 'OPERATOR'] },
  'analytics.aggregates': { kind: 'AGGREGATE', roles: ['ANALYST'] },
};

const V2021_03 = { ...REFERENCE_AND_ELIGIBILITY, ...CHECKUPS, ...ANALYTICS };
const V2021_10 = { ...V2021_03, ...MEDICATIONS };
const V2022_09 = { ...V2021_10, ...MEDICAL_CARE };
const V2023_01 = { ...V2022_09, ...ELECTRONIC_PRESCRIPTIONS };
const V2024_12 = { ...V2023_01, ...EMERGENCY_SUMMARY };

/** Oldest first. */
export const POLICY_VERSIONS: readonly PolicyVersion[] = [
  {
    effectiveFrom: '2021-03-01',
    source: 'Online eligibility confirmation and 特定健診情報 (seed 000: 「来年3月からは特定健診情報を」).',
    rules: V2021_03,
  },
  {
    effectiveFrom: '2021-10-01',
    source: '薬剤情報, the dispensing institution named to the patient only (seed 000: 「来年10月からはレセプト記載の薬剤情報」).',
    rules: V2021_10,
  },
  {
    effectiveFrom: '2022-09-11',
    source: 'Medical-care information from claims: visits, listed care, told diagnoses; the patient view of a claim (seed 000, ACTION 1: 「令和4年夏を目途」).',
    rules: V2022_09,
  },
  {
    effectiveFrom: '2023-01-26',
    source: '電子処方箋 and the duplicate-medication check (seed 000, ACTION 2).',
    rules: V2023_01,
  },
  {
    // DOMAIN.md §4.2 gives the month the service launched, not its day: in force from the month's first.
    effectiveFrom: '2024-12-01',
    source: 'The emergency summary (救急時医療情報閲覧), launched December 2024 (DOMAIN.md §4.2; seed 000 救急時①②).',
    rules: V2024_12,
    emergencySummary: EMERGENCY_SUMMARY_PERIODS,
  },
];

/** ② of the institution table: the care institutions may see (seed 000; DOMAIN.md §5). */
export const LISTED_CARE_CATEGORIES: readonly CareCategory[] = [
  'SURGERY',
  'SHORT_STAY_SURGERY',
  'TRANSPLANT',
  'TRANSFUSION',
  'RADIATION_THERAPY',
  'IMAGING_DIAGNOSIS',
  'PATHOLOGY_DIAGNOSIS',
  'MEDICAL_MANAGEMENT',
  'HOME_CARE_GUIDANCE',
  'DIALYSIS',
];
