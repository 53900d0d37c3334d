import { DIAGNOSES, DRUGS, DiagnosisMaster, DrugMaster, MATERIALS, MaterialMaster, PROCEDURES, ProcedureMaster } from './masters';
import { Rng } from './rng';
import { Institution, Person, World, addDays, ageOn } from './world';

/**
 * A person's medical story over the three years before `asOf`: conditions, visits and what
 * was done and prescribed at each. The receipts, prescriptions and checkups generators all
 * read the same story, so a person's claims, medications and checkup questionnaire agree.
 */
export interface PrescribedDrug {
  readonly drug: DrugMaster;
  /** Units per day (or per use for as-needed drugs). */
  readonly dailyQuantity: number;
  readonly days: number;
}

export interface VisitDiagnosis {
  readonly diagnosis: DiagnosisMaster;
  readonly startDate: string;
  /** 転帰: null while treatment continues. */
  readonly outcome: 'CURED' | 'DIED' | 'STOPPED' | null;
  /** Whether the claim records that the patient was told of this diagnosis (告知). */
  readonly told: boolean;
}

export interface Visit {
  readonly date: string;
  readonly institution: Institution;
  readonly diagnoses: readonly VisitDiagnosis[];
  readonly procedures: ReadonlyArray<{ procedure: ProcedureMaster; count: number }>;
  readonly materials: ReadonlyArray<{ material: MaterialMaster; quantity: number }>;
  readonly prescribed: readonly PrescribedDrug[];
  /** Drugs given in house (院内処方) are billed on the claim; otherwise a pharmacy dispenses them. */
  readonly inHouse: boolean;
  readonly pharmacy: Institution | null;
  readonly inpatientDays: number;
  readonly meals: number;
}

export interface Condition {
  readonly key: keyof typeof DIAGNOSES;
  readonly since: string;
}

export interface Story {
  readonly person: Person;
  readonly conditions: readonly Condition[];
  readonly visits: readonly Visit[];
  /** Taking medication for blood pressure, lipids or glucose (checkup questionnaire). */
  readonly onBloodPressureMedication: boolean;
  readonly onLipidMedication: boolean;
  readonly onGlucoseMedication: boolean;
  readonly smoker: boolean;
}

const CHRONIC: ReadonlyArray<{ key: keyof typeof DIAGNOSES; risk: (age: number) => number; drugs: readonly DrugMaster[] }> = [
  { key: 'hypertension', risk: (a) => (a < 30 ? 0.01 : a < 50 ? 0.1 : a < 70 ? 0.35 : 0.55), drugs: [DRUGS.amlodipine, DRUGS.candesartan] },
  { key: 'dyslipidemia', risk: (a) => (a < 30 ? 0.01 : a < 50 ? 0.08 : 0.25), drugs: [DRUGS.rosuvastatin, DRUGS.atorvastatin] },
  { key: 'diabetes', risk: (a) => (a < 40 ? 0.01 : a < 60 ? 0.07 : 0.15), drugs: [DRUGS.metformin, DRUGS.sitagliptin] },
  { key: 'asthma', risk: (a) => (a < 15 ? 0.06 : 0.03), drugs: [DRUGS.montelukast, DRUGS.salbutamolInhaler] },
  { key: 'atopicDermatitis', risk: (a) => (a < 20 ? 0.08 : 0.02), drugs: [DRUGS.heparinoid] },
  { key: 'bph', risk: (a) => (a < 55 ? 0 : 0.15), drugs: [DRUGS.tamsulosin] },
  { key: 'ckd', risk: (a) => (a < 50 ? 0.001 : 0.008), drugs: [DRUGS.epoetin] },
];

const MONTHS = 36;

function monthDate(asOf: string, monthsBack: number, day: number): string {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) - monthsBack;
  const date = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return date > asOf ? asOf : date;
}

export function storyOf(world: World, person: Person): Story {
  const { seed, asOf } = world.options;
  const rng = Rng.for(seed, 'story', person.index);
  const age = ageOn(person.birthDate, asOf);
  const pref = person.prefectureCode;
  const clinic = world.institutionNear(rng, pref, 'MEDICAL_CLINIC');
  const hospital = world.institutionNear(rng, pref, 'HOSPITAL');
  const pharmacy = world.institutionNear(rng, pref, 'PHARMACY');
  const dental = world.institutionNear(rng, pref, 'DENTAL_CLINIC');
  const inHouse = rng.chance(0.2);
  const earliest = monthDate(asOf, MONTHS - 1, 1);
  const since = (): string => {
    const s = addDays(asOf, -rng.int(100, 3000));
    return s < person.birthDate ? person.birthDate : s;
  };

  const conditions: Condition[] = [];
  const chronic = CHRONIC.filter((c) => rng.chance(c.risk(age)));
  for (const c of chronic) conditions.push({ key: c.key, since: since() });
  // Some people also get the same ingredient from a second prescriber (the duplicate-medication check finds it).
  const secondPrescriber = chronic.length > 0 && rng.chance(0.08) ? world.institutionNear(rng, pref, 'MEDICAL_CLINIC', clinic) : null;

  const visits: Visit[] = [];
  const told = (key: keyof typeof DIAGNOSES): boolean => key !== 'lungCancer' || rng.chance(0.6);
  const diag = (key: keyof typeof DIAGNOSES, start: string, outcome: VisitDiagnosis['outcome'] = null): VisitDiagnosis =>
    ({ diagnosis: DIAGNOSES[key], startDate: start < earliest && outcome ? earliest : start, outcome, told: told(key) });

  for (let back = MONTHS - 1; back >= 0; back--) {
    const date = monthDate(asOf, back, rng.int(1, 28));
    if (date < person.birthDate) continue;
    // Chronic conditions: a visit every two or three months with a long prescription.
    const active = chronic.filter((c) => conditions.find((k) => k.key === c.key)!.since <= date);
    if (active.length > 0 && rng.chance(0.28)) {
      const dialysis = active.some((c) => c.key === 'ckd');
      const where = dialysis ? hospital : clinic;
      const prescribed = active.flatMap((c) => c.drugs).map((drug) => ({ drug, dailyQuantity: drug.route === 'TOPICAL' ? 5 : 1, days: drug.asNeeded ? 10 : 56 }));
      const procedures: Visit['procedures'][number][] = [
        { procedure: PROCEDURES.revisit, count: 1 },
        { procedure: PROCEDURES.outpatientManagement, count: 1 },
        { procedure: PROCEDURES.specificDiseaseManagement, count: 1 },
        { procedure: inHouse ? PROCEDURES.inHouseDispensing : PROCEDURES.prescriptionFee, count: 1 },
      ];
      if (active.some((c) => c.key === 'diabetes')) procedures.push({ procedure: PROCEDURES.hba1c, count: 1 });
      if (rng.chance(0.3)) procedures.push({ procedure: PROCEDURES.bloodTest, count: 1 }, { procedure: PROCEDURES.biochemistry, count: 1 });
      const materials: Visit['materials'][number][] = [];
      if (dialysis) {
        procedures.push({ procedure: PROCEDURES.artificialKidney, count: 13 });
        materials.push({ material: MATERIALS.dialyzer, quantity: 13 });
      }
      visits.push({
        date, institution: where, diagnoses: active.map((c) => diag(c.key, conditions.find((k) => k.key === c.key)!.since)),
        procedures, materials, prescribed, inHouse, pharmacy: inHouse ? null : pharmacy, inpatientDays: 0, meals: 0,
      });
      if (secondPrescriber && rng.chance(0.5)) {
        const first = active[0]!;
        const sameIngredient = first.key === 'hypertension' ? DRUGS.amlodipineOther : first.key === 'atopicDermatitis' ? DRUGS.heparinoidGeneric : first.drugs[0]!;
        visits.push({
          date: addDays(date, 3) > asOf ? date : addDays(date, 3), institution: secondPrescriber,
          diagnoses: [diag(first.key, conditions.find((k) => k.key === first.key)!.since)],
          procedures: [{ procedure: PROCEDURES.revisit, count: 1 }, { procedure: PROCEDURES.prescriptionFee, count: 1 }],
          materials: [], prescribed: [{ drug: sameIngredient, dailyQuantity: 1, days: 28 }], inHouse: false,
          pharmacy: world.institutionNear(rng, pref, 'PHARMACY'), inpatientDays: 0, meals: 0,
        });
      }
    }
    // Acute illness: about one visit a year.
    if (rng.chance(0.06)) {
      const kind = rng.weighted([['cold', 6], ['gastritis', 2], ['lowBackPain', 2]] as const);
      const drugs = kind === 'cold' ? [DRUGS.carbocisteine, DRUGS.amoxicillin] : kind === 'gastritis' ? [DRUGS.famotidine] : [DRUGS.loxoprofen];
      visits.push({
        date, institution: clinic, diagnoses: [diag(kind, date, 'CURED')],
        procedures: [{ procedure: PROCEDURES.initialVisit, count: 1 }, { procedure: PROCEDURES.prescriptionFee, count: 1 }, ...(kind === 'lowBackPain' ? [{ procedure: PROCEDURES.chestXray, count: 1 }] : [])],
        materials: [], prescribed: drugs.map((drug) => ({ drug, dailyQuantity: drug.asNeeded ? 1 : 3, days: drug.asNeeded ? 10 : 5 })),
        inHouse: false, pharmacy, inpatientDays: 0, meals: 0,
      });
    }
    // Dental care.
    if (rng.chance(0.04)) {
      const kind = rng.pick(['periodontitis', 'caries'] as const);
      visits.push({
        date, institution: dental, diagnoses: [diag(kind, date, rng.chance(0.7) ? 'CURED' : null)],
        procedures: [{ procedure: PROCEDURES.dentalRevisit, count: 1 }, { procedure: kind === 'caries' ? PROCEDURES.dentalFilling : PROCEDURES.dentalScaling, count: 1 }],
        materials: [], prescribed: [], inHouse: true, pharmacy: null, inpatientDays: 0, meals: 0,
      });
    }
    // Hospital care in later life: cataract (short-stay surgery), a fracture, a cancer.
    if (age >= 60 && rng.chance(0.004)) {
      visits.push({
        date, institution: hospital, diagnoses: [diag('cataract', date, 'CURED')],
        procedures: [{ procedure: PROCEDURES.cataractSurgery, count: 1 }, { procedure: PROCEDURES.shortStaySurgery, count: 1 }],
        materials: [{ material: MATERIALS.intraocularLens, quantity: 1 }], prescribed: [], inHouse: true, pharmacy: null, inpatientDays: 2, meals: 6,
      });
    }
    if (age >= 65 && rng.chance(0.002)) {
      visits.push({
        date, institution: hospital, diagnoses: [diag('femurFracture', date, rng.chance(0.05) ? 'DIED' : 'CURED')],
        procedures: [
          { procedure: PROCEDURES.admission, count: 14 }, { procedure: PROCEDURES.ct, count: 1 }, { procedure: PROCEDURES.imagingDiagnosis, count: 1 },
          { procedure: PROCEDURES.fractureSurgery, count: 1 }, { procedure: PROCEDURES.transfusion, count: 1 }, { procedure: PROCEDURES.rehabilitation, count: 10 },
        ],
        materials: [{ material: MATERIALS.bonePlate, quantity: 1 }], prescribed: [{ drug: DRUGS.loxoprofen, dailyQuantity: 3, days: 7 }],
        inHouse: true, pharmacy: null, inpatientDays: 14, meals: 42,
      });
    }
    if (age >= 50 && rng.chance(0.001)) {
      visits.push({
        date, institution: hospital, diagnoses: [diag('lungCancer', date)],
        procedures: [
          { procedure: PROCEDURES.revisit, count: 1 }, { procedure: PROCEDURES.ct, count: 1 }, { procedure: PROCEDURES.imagingDiagnosis, count: 1 },
          { procedure: PROCEDURES.pathologyDiagnosis, count: 1 }, { procedure: PROCEDURES.radiation, count: 5 },
        ],
        materials: [], prescribed: [], inHouse: true, pharmacy: null, inpatientDays: 0, meals: 0,
      });
    }
  }

  const taking = (keys: ReadonlyArray<Condition['key']>): boolean => chronic.some((c) => keys.includes(c.key));
  return {
    person,
    conditions,
    visits,
    onBloodPressureMedication: taking(['hypertension']),
    onLipidMedication: taking(['dyslipidemia']),
    onGlucoseMedication: taking(['diabetes']),
    smoker: age >= 20 && rng.chance(person.sex === 'MALE' ? 0.27 : 0.07),
  };
}
