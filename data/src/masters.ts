/**
 * Code masters in the receipt electronic-file (レセ電) formats: 7-digit diagnosis codes,
 * 9-digit procedure, drug and material codes. The codes are synthetic but shaped as the
 * real masters are; names and sections are the real vocabulary.
 */

export type ProcedureSection =
  | 'INITIAL_VISIT' | 'REVISIT' | 'MEDICAL_MANAGEMENT' | 'HOME_CARE' | 'MEDICATION' | 'INJECTION'
  | 'TREATMENT' | 'SURGERY_ANESTHESIA' | 'EXAMINATION_PATHOLOGY' | 'IMAGING' | 'OTHER' | 'INPATIENT';

/** The medical-care categories an institution may see (DOMAIN.md §5, institution view ②). */
export type CareCategory =
  | 'SURGERY' | 'SHORT_STAY_SURGERY' | 'TRANSPLANT' | 'TRANSFUSION' | 'RADIATION_THERAPY' | 'IMAGING_DIAGNOSIS'
  | 'PATHOLOGY_DIAGNOSIS' | 'MEDICAL_MANAGEMENT' | 'HOME_CARE_GUIDANCE' | 'DIALYSIS';

export interface ProcedureMaster {
  readonly code: string;
  readonly name: string;
  readonly section: ProcedureSection;
  readonly points: number;
  readonly careCategory: CareCategory | null;
}

export type DrugRoute = 'ORAL' | 'TOPICAL' | 'INJECTION' | 'INHALED';

export interface DrugMaster {
  readonly code: string;
  readonly name: string;
  /** Ingredient code: two drugs with the same ingredient and route duplicate each other. */
  readonly ingredientCode: string;
  readonly ingredientName: string;
  readonly route: DrugRoute;
  readonly asNeeded: boolean;
  readonly drugClass: string;
  readonly unit: string;
  /** Points (10 yen each) per unit, as billed. */
  readonly unitPoints: number;
}

export interface DiagnosisMaster {
  readonly code: string;
  readonly name: string;
}

export interface MaterialMaster {
  readonly code: string;
  readonly name: string;
  readonly points: number;
}

const p = (code: string, name: string, section: ProcedureSection, points: number, careCategory: CareCategory | null = null): ProcedureMaster =>
  ({ code, name, section, points, careCategory });

export const PROCEDURES = {
  initialVisit: p('111000110', '初診料', 'INITIAL_VISIT', 291),
  revisit: p('112007410', '再診料', 'REVISIT', 75),
  outpatientManagement: p('112011010', '外来管理加算', 'REVISIT', 52),
  specificDiseaseManagement: p('113001810', '特定疾患療養管理料（診療所）', 'MEDICAL_MANAGEMENT', 225, 'MEDICAL_MANAGEMENT'),
  lifestyleManagement: p('113030510', '生活習慣病管理料（Ⅱ）', 'MEDICAL_MANAGEMENT', 333, 'MEDICAL_MANAGEMENT'),
  homeCareGuidance: p('114001110', '在宅患者訪問診療料（Ⅰ）１', 'HOME_CARE', 888, 'HOME_CARE_GUIDANCE'),
  prescriptionFee: p('120002910', '処方箋料（その他）', 'MEDICATION', 60),
  inHouseDispensing: p('120000710', '調剤料（内服薬・浸煎薬・屯服薬）', 'MEDICATION', 11),
  intravenousInjection: p('130003510', '点滴注射', 'INJECTION', 102),
  wound: p('140000610', '創傷処置（100cm2未満）', 'TREATMENT', 52),
  artificialKidney: p('140007310', '人工腎臓（慢性維持透析）（４時間未満）', 'TREATMENT', 1876, 'DIALYSIS'),
  peritonealDialysis: p('140008010', '腹膜灌流（連続携行式腹膜灌流）', 'TREATMENT', 330, 'DIALYSIS'),
  cataractSurgery: p('150263610', '水晶体再建術（眼内レンズを挿入する場合）（その他）', 'SURGERY_ANESTHESIA', 12100, 'SURGERY'),
  fractureSurgery: p('150050110', '骨折観血的手術（大腿）', 'SURGERY_ANESTHESIA', 21630, 'SURGERY'),
  shortStaySurgery: p('190188770', '短期滞在手術等基本料１', 'SURGERY_ANESTHESIA', 2947, 'SHORT_STAY_SURGERY'),
  transfusion: p('150222010', '保存血液輸血（２００ｍＬ以上）', 'SURGERY_ANESTHESIA', 450, 'TRANSFUSION'),
  bloodTest: p('160008010', '末梢血液一般検査', 'EXAMINATION_PATHOLOGY', 21),
  biochemistry: p('160019210', '生化学的検査（１）判断料', 'EXAMINATION_PATHOLOGY', 144),
  hba1c: p('160010010', 'ＨｂＡ１ｃ', 'EXAMINATION_PATHOLOGY', 49),
  pathologyDiagnosis: p('160062010', '病理診断料（組織診断料）', 'EXAMINATION_PATHOLOGY', 520, 'PATHOLOGY_DIAGNOSIS'),
  chestXray: p('170000410', '単純撮影（イ）の写真診断', 'IMAGING', 85, 'IMAGING_DIAGNOSIS'),
  ct: p('170011810', 'ＣＴ撮影（６４列以上のマルチスライス型の機器）', 'IMAGING', 1000, 'IMAGING_DIAGNOSIS'),
  imagingDiagnosis: p('170028810', 'コンピューター断層診断', 'IMAGING', 450, 'IMAGING_DIAGNOSIS'),
  radiation: p('180018910', '体外照射（高エネルギー放射線治療）（１回目）', 'OTHER', 840, 'RADIATION_THERAPY'),
  rehabilitation: p('180027410', '運動器リハビリテーション料（Ⅰ）', 'OTHER', 185),
  admission: p('190117710', '急性期一般入院料１', 'INPATIENT', 1688),
  dentalRevisit: p('302000110', '歯科再診料', 'REVISIT', 58),
  dentalScaling: p('309002110', '歯周基本治療（スケーリング）', 'TREATMENT', 72),
  dentalFilling: p('309006310', '充填１（単純なもの）', 'TREATMENT', 106),
} as const;

const d = (
  code: string, name: string, ingredientCode: string, ingredientName: string, route: DrugRoute,
  drugClass: string, unit: string, unitPoints: number, asNeeded = false,
): DrugMaster => ({ code, name, ingredientCode, ingredientName, route, asNeeded, drugClass, unit, unitPoints });

export const DRUGS = {
  amlodipine: d('610443047', 'アムロジピン錠５ｍｇ「サワイ」', '2171022', 'アムロジピンベシル酸塩', 'ORAL', 'ANTIHYPERTENSIVE', '錠', 1.0),
  amlodipineOther: d('622082701', 'ノルバスク錠５ｍｇ', '2171022', 'アムロジピンベシル酸塩', 'ORAL', 'ANTIHYPERTENSIVE', '錠', 1.5),
  candesartan: d('620006822', 'ブロプレス錠８', '2149040', 'カンデサルタンシレキセチル', 'ORAL', 'ANTIHYPERTENSIVE', '錠', 3.4),
  rosuvastatin: d('620009301', 'クレストール錠２．５ｍｇ', '2189017', 'ロスバスタチンカルシウム', 'ORAL', 'LIPID_LOWERING', '錠', 2.3),
  atorvastatin: d('610462011', 'アトルバスタチン錠１０ｍｇ「トーワ」', '2189015', 'アトルバスタチンカルシウム水和物', 'ORAL', 'LIPID_LOWERING', '錠', 1.9),
  metformin: d('620008925', 'メトグルコ錠２５０ｍｇ', '3962002', 'メトホルミン塩酸塩', 'ORAL', 'ANTIDIABETIC', '錠', 1.0),
  sitagliptin: d('620007016', 'ジャヌビア錠５０ｍｇ', '3969010', 'シタグリプチンリン酸塩水和物', 'ORAL', 'ANTIDIABETIC', '錠', 12.3),
  insulin: d('620004891', 'ノボラピッド注フレックスペン', '2492415', 'インスリンアスパルト', 'INJECTION', 'ANTIDIABETIC', 'キット', 180.0),
  montelukast: d('620003513', 'シングレア錠１０ｍｇ', '4490026', 'モンテルカストナトリウム', 'ORAL', 'ANTI_ASTHMATIC', '錠', 9.5),
  salbutamolInhaler: d('620000142', 'サルタノールインヘラー１００μｇ', '2254700', 'サルブタモール硫酸塩', 'INHALED', 'ANTI_ASTHMATIC', '瓶', 82.0, true),
  heparinoid: d('620005573', 'ヒルドイドソフト軟膏０．３％', '3339950', 'ヘパリン類似物質', 'TOPICAL', 'DERMATOLOGIC', 'ｇ', 1.9),
  heparinoidGeneric: d('622079001', 'ヘパリン類似物質油性クリーム０．３％「日医工」', '3339950', 'ヘパリン類似物質', 'TOPICAL', 'DERMATOLOGIC', 'ｇ', 0.9),
  loxoprofen: d('620098801', 'ロキソニン錠６０ｍｇ', '1149019', 'ロキソプロフェンナトリウム水和物', 'ORAL', 'ANALGESIC', '錠', 1.0, true),
  loxoprofenGeneric: d('610453096', 'ロキソプロフェンＮａ錠６０ｍｇ「サワイ」', '1149019', 'ロキソプロフェンナトリウム水和物', 'ORAL', 'ANALGESIC', '錠', 0.9, true),
  carbocisteine: d('620002023', 'ムコダイン錠５００ｍｇ', '2233002', 'Ｌ－カルボシステイン', 'ORAL', 'EXPECTORANT', '錠', 1.0),
  amoxicillin: d('610409352', 'サワシリンカプセル２５０', '6131001', 'アモキシシリン水和物', 'ORAL', 'ANTIBIOTIC', 'カプセル', 1.1),
  famotidine: d('610463147', 'ファモチジン錠２０ｍｇ「サワイ」', '2325003', 'ファモチジン', 'ORAL', 'GASTROINTESTINAL', '錠', 1.0),
  tamsulosin: d('620007419', 'ハルナールＤ錠０．２ｍｇ', '2590008', 'タムスロシン塩酸塩', 'ORAL', 'UROLOGIC', '錠', 4.6),
  epoetin: d('620002770', 'エポジン注シリンジ３０００', '3999411', 'エポエチン　ベータ', 'INJECTION', 'HEMATOPOIETIC', '筒', 250.0),
} as const;

export const DIAGNOSES = {
  hypertension: { code: '8833421', name: '高血圧症' },
  dyslipidemia: { code: '2724008', name: '脂質異常症' },
  diabetes: { code: '2500015', name: '２型糖尿病' },
  asthma: { code: '4939004', name: '気管支喘息' },
  atopicDermatitis: { code: '6918003', name: 'アトピー性皮膚炎' },
  cold: { code: '4600003', name: '急性上気道炎' },
  gastritis: { code: '5359010', name: '急性胃炎' },
  lowBackPain: { code: '7245002', name: '腰痛症' },
  bph: { code: '6009002', name: '前立腺肥大症' },
  ckd: { code: '5859004', name: '慢性腎不全' },
  cataract: { code: '3669001', name: '白内障' },
  femurFracture: { code: '8208003', name: '大腿骨頚部骨折' },
  lungCancer: { code: '1629007', name: '肺癌' },
  periodontitis: { code: '5231005', name: '歯周炎' },
  caries: { code: '5210004', name: 'う蝕' },
} as const satisfies Record<string, DiagnosisMaster>;

export const MATERIALS = {
  intraocularLens: { code: '737020000', name: '眼内レンズ', points: 2750 },
  bonePlate: { code: '737090000', name: '骨プレート', points: 6850 },
  dialyzer: { code: '737040000', name: 'ダイアライザー', points: 146 },
} as const satisfies Record<string, MaterialMaster>;

export const ALL_DRUGS: readonly DrugMaster[] = Object.values(DRUGS);
export const ALL_PROCEDURES: readonly ProcedureMaster[] = Object.values(PROCEDURES);
export const ALL_DIAGNOSES: readonly DiagnosisMaster[] = Object.values(DIAGNOSES);
export const ALL_MATERIALS: readonly MaterialMaster[] = Object.values(MATERIALS);
