import { GuidanceGroup, GuidanceInput, GuidanceLevel, GuidanceRisks, guidanceOf } from '../../../subgraphs/checkups/src/guidance';

/** A man of 50 with nothing to report; each case changes only what it is about. */
const HEALTHY: GuidanceInput = {
  sex: 'MALE',
  ageAtExam: 50,
  waistCm: 80,
  bmi: 22,
  systolicBp: 118,
  diastolicBp: 72,
  triglycerides: 100,
  triglyceridesFasting: true,
  hdl: 60,
  glucose: 90,
  glucoseFasting: true,
  hba1c: 5.2,
  smoker: false,
  onBloodPressureMedication: false,
  onLipidMedication: false,
  onGlucoseMedication: false,
};

const NO_RISK: GuidanceRisks = { bloodPressure: false, lipids: false, glucose: false, smoking: false };
const A = { waistCm: 85 } as const;
const B = { bmi: 25 } as const;
const BP = { systolicBp: 130 } as const;
const LIPIDS = { triglycerides: 150 } as const;
const GLUCOSE = { glucose: 100 } as const;

interface Case {
  readonly name: string;
  readonly input: Partial<GuidanceInput>;
  readonly group: GuidanceGroup;
  readonly level: GuidanceLevel;
  readonly risks?: Partial<GuidanceRisks>;
  readonly riskCount?: number;
  readonly excluded?: boolean;
}

const cases: Case[] = [
  // Step 1: waist by sex, then BMI.
  { name: 'healthy man: no group', input: {}, group: 'NONE', level: 'INFORMATION', riskCount: 0 },
  { name: 'man, waist 84.9: below 85', input: { waistCm: 84.9 }, group: 'NONE', level: 'INFORMATION' },
  { name: 'man, waist 85: group A', input: { waistCm: 85 }, group: 'A', level: 'INFORMATION' },
  { name: 'woman, waist 85: below the women\'s 90', input: { sex: 'FEMALE', waistCm: 85 }, group: 'NONE', level: 'INFORMATION' },
  { name: 'woman, waist 89.9: below 90', input: { sex: 'FEMALE', waistCm: 89.9 }, group: 'NONE', level: 'INFORMATION' },
  { name: 'woman, waist 90: group A', input: { sex: 'FEMALE', waistCm: 90 }, group: 'A', level: 'INFORMATION' },
  { name: 'BMI 24.9: no group', input: { bmi: 24.9 }, group: 'NONE', level: 'INFORMATION' },
  { name: 'BMI 25: group B', input: { bmi: 25 }, group: 'B', level: 'INFORMATION' },
  { name: 'woman, waist 89.9 and BMI 25: group B', input: { sex: 'FEMALE', waistCm: 89.9, bmi: 25 }, group: 'B', level: 'INFORMATION' },
  { name: 'waist 85 and BMI 30: group A (waist first)', input: { waistCm: 85, bmi: 30 }, group: 'A', level: 'INFORMATION' },
  { name: 'no waist measured, BMI 25: group B', input: { waistCm: null, bmi: 25 }, group: 'B', level: 'INFORMATION' },
  { name: 'no waist measured, BMI 24.9: no group', input: { waistCm: null, bmi: 24.9 }, group: 'NONE', level: 'INFORMATION' },
  { name: 'neither waist nor BMI: no group', input: { waistCm: null, bmi: null, ...BP, ...LIPIDS }, group: 'NONE', level: 'INFORMATION', riskCount: 2 },

  // Step 2: blood pressure.
  { name: 'systolic 129: no risk', input: { ...A, systolicBp: 129 }, group: 'A', level: 'INFORMATION', risks: NO_RISK },
  { name: 'systolic 130: risk', input: { ...A, systolicBp: 130 }, group: 'A', level: 'MOTIVATIONAL', risks: { bloodPressure: true }, riskCount: 1 },
  { name: 'diastolic 84: no risk', input: { ...A, diastolicBp: 84 }, group: 'A', level: 'INFORMATION', risks: NO_RISK },
  { name: 'diastolic 85: risk', input: { ...A, diastolicBp: 85 }, group: 'A', level: 'MOTIVATIONAL', risks: { bloodPressure: true }, riskCount: 1 },
  { name: 'systolic and diastolic both high: one risk', input: { ...A, systolicBp: 150, diastolicBp: 95 }, group: 'A', level: 'MOTIVATIONAL', riskCount: 1 },
  { name: 'blood pressure not measured: no risk', input: { ...A, systolicBp: null, diastolicBp: null }, group: 'A', level: 'INFORMATION', risks: NO_RISK },

  // Step 2: lipids, fasting and non-fasting triglycerides, HDL.
  { name: 'fasting TG 149: no risk', input: { ...A, triglycerides: 149 }, group: 'A', level: 'INFORMATION', risks: NO_RISK },
  { name: 'fasting TG 150: risk', input: { ...A, triglycerides: 150 }, group: 'A', level: 'MOTIVATIONAL', risks: { lipids: true } },
  { name: 'non-fasting TG 150: below the non-fasting 175', input: { ...A, triglycerides: 150, triglyceridesFasting: false }, group: 'A', level: 'INFORMATION', risks: NO_RISK },
  { name: 'non-fasting TG 174: no risk', input: { ...A, triglycerides: 174, triglyceridesFasting: false }, group: 'A', level: 'INFORMATION', risks: NO_RISK },
  { name: 'non-fasting TG 175: risk', input: { ...A, triglycerides: 175, triglyceridesFasting: false }, group: 'A', level: 'MOTIVATIONAL', risks: { lipids: true } },
  { name: 'TG 160, fasting state unknown: judged as non-fasting', input: { ...A, triglycerides: 160, triglyceridesFasting: null }, group: 'A', level: 'INFORMATION', risks: NO_RISK },
  { name: 'TG 175, fasting state unknown: risk', input: { ...A, triglycerides: 175, triglyceridesFasting: null }, group: 'A', level: 'MOTIVATIONAL', risks: { lipids: true } },
  { name: 'HDL 40: no risk', input: { ...A, hdl: 40 }, group: 'A', level: 'INFORMATION', risks: NO_RISK },
  { name: 'HDL 39: risk', input: { ...A, hdl: 39 }, group: 'A', level: 'MOTIVATIONAL', risks: { lipids: true } },
  { name: 'TG and HDL both abnormal: one risk', input: { ...A, triglycerides: 300, hdl: 30 }, group: 'A', level: 'MOTIVATIONAL', riskCount: 1 },
  { name: 'lipids not measured: no risk', input: { ...A, triglycerides: null, triglyceridesFasting: null, hdl: null }, group: 'A', level: 'INFORMATION', risks: NO_RISK },

  // Step 2: glucose, fasting and non-fasting, HbA1c.
  { name: 'fasting glucose 99: no risk', input: { ...A, glucose: 99 }, group: 'A', level: 'INFORMATION', risks: NO_RISK },
  { name: 'fasting glucose 100: risk', input: { ...A, glucose: 100 }, group: 'A', level: 'MOTIVATIONAL', risks: { glucose: true } },
  { name: 'non-fasting glucose 99: no risk', input: { ...A, glucose: 99, glucoseFasting: false }, group: 'A', level: 'INFORMATION', risks: NO_RISK },
  { name: 'non-fasting glucose 100: risk', input: { ...A, glucose: 100, glucoseFasting: false }, group: 'A', level: 'MOTIVATIONAL', risks: { glucose: true } },
  { name: 'HbA1c 5.5: no risk', input: { ...A, hba1c: 5.5 }, group: 'A', level: 'INFORMATION', risks: NO_RISK },
  { name: 'HbA1c 5.6: risk', input: { ...A, hba1c: 5.6 }, group: 'A', level: 'MOTIVATIONAL', risks: { glucose: true } },
  { name: 'HbA1c 5.6 without glucose measured: risk', input: { ...A, glucose: null, glucoseFasting: null, hba1c: 5.6 }, group: 'A', level: 'MOTIVATIONAL', risks: { glucose: true } },
  { name: 'glucose 100 and HbA1c 6.5: one risk', input: { ...A, glucose: 100, hba1c: 6.5 }, group: 'A', level: 'MOTIVATIONAL', riskCount: 1 },
  { name: 'glucose and HbA1c not measured: no risk', input: { ...A, glucose: null, glucoseFasting: null, hba1c: null }, group: 'A', level: 'INFORMATION', risks: NO_RISK },

  // Step 2: smoking counts only with another risk.
  { name: 'smoker with no other risk: smoking not counted', input: { ...A, smoker: true }, group: 'A', level: 'INFORMATION', risks: NO_RISK, riskCount: 0 },
  { name: 'smoker with one other risk, group A: two risks', input: { ...A, ...BP, smoker: true }, group: 'A', level: 'INTENSIVE', risks: { bloodPressure: true, smoking: true }, riskCount: 2 },
  { name: 'smoker with one other risk, group B: two risks', input: { ...B, ...GLUCOSE, smoker: true }, group: 'B', level: 'MOTIVATIONAL', risks: { glucose: true, smoking: true }, riskCount: 2 },
  { name: 'smoker with two other risks, group B: three risks', input: { ...B, ...BP, ...LIPIDS, smoker: true }, group: 'B', level: 'INTENSIVE', riskCount: 3 },
  { name: 'smoking unanswered counts as non-smoker', input: { ...A, ...BP, smoker: null }, group: 'A', level: 'MOTIVATIONAL', riskCount: 1 },

  // Step 3: counting in group A and group B.
  { name: 'group A, 0 risks: information', input: { ...A }, group: 'A', level: 'INFORMATION', riskCount: 0 },
  { name: 'group A, 1 risk: motivational', input: { ...A, ...LIPIDS }, group: 'A', level: 'MOTIVATIONAL', riskCount: 1 },
  { name: 'group A, 2 risks: intensive', input: { ...A, ...BP, ...GLUCOSE }, group: 'A', level: 'INTENSIVE', riskCount: 2 },
  { name: 'group A, 3 risks: intensive', input: { ...A, ...BP, ...LIPIDS, ...GLUCOSE }, group: 'A', level: 'INTENSIVE', riskCount: 3 },
  { name: 'group B, 0 risks: information', input: { ...B }, group: 'B', level: 'INFORMATION', riskCount: 0 },
  { name: 'group B, 1 risk: motivational', input: { ...B, ...BP }, group: 'B', level: 'MOTIVATIONAL', riskCount: 1 },
  { name: 'group B, 2 risks: motivational', input: { ...B, ...BP, ...LIPIDS }, group: 'B', level: 'MOTIVATIONAL', riskCount: 2 },
  { name: 'group B, 3 risks: intensive', input: { ...B, ...BP, ...LIPIDS, ...GLUCOSE }, group: 'B', level: 'INTENSIVE', riskCount: 3 },
  { name: 'group B, 4 risks: intensive', input: { ...B, ...BP, ...LIPIDS, ...GLUCOSE, smoker: true }, group: 'B', level: 'INTENSIVE', riskCount: 4 },
  { name: 'no group, 4 risks: information', input: { ...BP, ...LIPIDS, ...GLUCOSE, smoker: true }, group: 'NONE', level: 'INFORMATION', riskCount: 4 },

  // Step 4: ages 65-74 are capped at motivational.
  { name: 'age 64, group A, 2 risks: intensive', input: { ...A, ...BP, ...LIPIDS, ageAtExam: 64 }, group: 'A', level: 'INTENSIVE' },
  { name: 'age 65, group A, 2 risks: motivational', input: { ...A, ...BP, ...LIPIDS, ageAtExam: 65 }, group: 'A', level: 'MOTIVATIONAL', riskCount: 2 },
  { name: 'age 74, group A, 2 risks: motivational', input: { ...A, ...BP, ...LIPIDS, ageAtExam: 74 }, group: 'A', level: 'MOTIVATIONAL' },
  { name: 'age 65, group B, 3 risks: motivational', input: { ...B, ...BP, ...LIPIDS, ...GLUCOSE, ageAtExam: 65 }, group: 'B', level: 'MOTIVATIONAL' },
  { name: 'age 65, group A, 1 risk: stays motivational', input: { ...A, ...BP, ageAtExam: 65 }, group: 'A', level: 'MOTIVATIONAL' },
  { name: 'age 65, group A, 0 risks: stays information', input: { ...A, ageAtExam: 65 }, group: 'A', level: 'INFORMATION' },
  { name: 'age 40, group A, 2 risks: intensive', input: { ...A, ...BP, ...LIPIDS, ageAtExam: 40 }, group: 'A', level: 'INTENSIVE' },

  // Medication: excluded from guidance, risks still reported.
  { name: 'on blood-pressure medication: excluded', input: { ...A, ...BP, ...LIPIDS, onBloodPressureMedication: true }, group: 'A', level: 'INFORMATION', excluded: true, riskCount: 2 },
  { name: 'on lipid medication: excluded', input: { ...B, ...BP, ...LIPIDS, ...GLUCOSE, onLipidMedication: true }, group: 'B', level: 'INFORMATION', excluded: true, riskCount: 3 },
  { name: 'on glucose medication: excluded', input: { ...A, ...GLUCOSE, onGlucoseMedication: true }, group: 'A', level: 'INFORMATION', excluded: true, risks: { glucose: true } },
  { name: 'on medication without a group: excluded', input: { onBloodPressureMedication: true }, group: 'NONE', level: 'INFORMATION', excluded: true },
  { name: 'medication unanswered: not excluded', input: { ...A, ...BP, onBloodPressureMedication: null }, group: 'A', level: 'MOTIVATIONAL', excluded: false },
];

describe('guidanceOf (特定保健指導の階層化)', () => {
  it.each(cases)('$name', ({ input, group, level, risks, riskCount, excluded }) => {
    const result = guidanceOf({ ...HEALTHY, ...input });
    expect(result.group).toBe(group);
    expect(result.level).toBe(level);
    if (risks) expect(result.risks).toEqual({ ...NO_RISK, ...risks });
    if (riskCount !== undefined) expect(result.riskCount).toBe(riskCount);
    expect(result.excludedForMedication).toBe(excluded ?? false);
  });

  it('counts exactly the risks it reports', () => {
    for (const { input } of cases) {
      const result = guidanceOf({ ...HEALTHY, ...input });
      expect(result.riskCount).toBe(Object.values(result.risks).filter(Boolean).length);
    }
  });
});
