import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { SubgraphContext } from '../../../common/src/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
};

/** What the emergency and disaster accesses can be broken down by. */
export type AccessDimension =
  /** The prefecture of the institution that accessed (the first two digits of its 医療機関コード). */
  | 'PREFECTURE';

export type AccessFilter = {
  /** 都道府県コード (01-47) of the accessing institution. */
  prefectureCode?: InputMaybe<Scalars['String']['input']>;
};

/** Age at the checkup, in the five-year bands of 特定健診 (40 to 74). */
export type AgeBand =
  | 'AGE_40_44'
  | 'AGE_45_49'
  | 'AGE_50_54'
  | 'AGE_55_59'
  | 'AGE_60_64'
  | 'AGE_65_69'
  | 'AGE_70_74';

/**
 * A count over persons' data. Under 10 it is never shown (NDB rule), and a count that would let a
 * withheld one be worked out, by subtracting from a total or from neighbouring cells of this or any
 * other answer, is withheld too (secondary suppression).
 */
export type AggregateCount = {
  __typename?: 'AggregateCount';
  /** The count as a percentage of its row's total, rounded to one decimal; null when either is withheld, or where no share applies. */
  percent?: Maybe<Scalars['Float']['output']>;
  /** Whether the count is withheld. */
  suppressed?: Maybe<Scalars['Boolean']['output']>;
  /** The count; null when withheld. */
  value?: Maybe<Scalars['Int']['output']>;
};

/** When the aggregates were computed, and what they cover. */
export type AnalyticsStatus = {
  __typename?: 'AnalyticsStatus';
  /** Days (YYYY-MM-DD, Japan) with emergency or disaster accesses in the access log. */
  accessDays?: Maybe<Array<Scalars['String']['output']>>;
  /** Fiscal years (年度, named by the year they start) with checkups. */
  checkupFiscalYears?: Maybe<Array<Scalars['Int']['output']>>;
  /** Months (YYYY-MM) with consents given at card readers. */
  consentMonths?: Maybe<Array<Scalars['String']['output']>>;
  /** Months (YYYY-MM) with dispensed drugs. */
  dispensingMonths?: Maybe<Array<Scalars['String']['output']>>;
  /** When the aggregates were last computed from the data (ISO 8601); null until the first time. */
  refreshedAt?: Maybe<Scalars['String']['output']>;
};

export type CheckupDimension =
  | 'AGE_BAND'
  | 'INSURER'
  /** The person's prefecture of residence. */
  | 'PREFECTURE'
  | 'SEX';

export type CheckupFilter = {
  ageBand?: InputMaybe<AgeBand>;
  insurerNumber?: InputMaybe<Scalars['String']['input']>;
  prefectureCode?: InputMaybe<Scalars['String']['input']>;
  sex?: InputMaybe<Sex>;
};

/** One group of checkups; a dimension not broken down by is null. */
export type CheckupResultRow = {
  __typename?: 'CheckupResultRow';
  ageBand?: Maybe<AgeBand>;
  /** Checkups in the group. */
  examined?: Maybe<AggregateCount>;
  /** By guidance level; percent of examined. */
  guidanceLevels?: Maybe<Array<GuidanceLevelCount>>;
  insurer?: Maybe<Insurer>;
  /** By metabolic-syndrome status; percent of examined. */
  metabolicSyndrome?: Maybe<Array<MetabolicSyndromeCount>>;
  prefecture?: Maybe<Scalars['String']['output']>;
  prefectureCode?: Maybe<Scalars['String']['output']>;
  sex?: Maybe<Sex>;
};

export type CheckupResults = {
  __typename?: 'CheckupResults';
  by?: Maybe<Array<CheckupDimension>>;
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  /** When these figures were computed (ISO 8601). */
  refreshedAt?: Maybe<Scalars['String']['output']>;
  rows?: Maybe<Array<CheckupResultRow>>;
};

export type ConsentCategory =
  /** 特定健診情報 */
  | 'CHECKUPS'
  /** 診療情報 (past visits, procedures, diagnoses from claims) */
  | 'MEDICAL_CARE'
  /** 薬剤情報 */
  | 'MEDICATIONS';

export type ConsentCategoryCount = {
  __typename?: 'ConsentCategoryCount';
  category?: Maybe<ConsentCategory>;
  count?: Maybe<AggregateCount>;
};

export type ConsentDimension =
  /** The kind of institution the consent was given at. */
  | 'INSTITUTION_KIND'
  /** The prefecture of the institution. */
  | 'PREFECTURE';

export type ConsentFilter = {
  institutionKind?: InputMaybe<InstitutionKind>;
  prefectureCode?: InputMaybe<Scalars['String']['input']>;
};

export type ConsentRateRow = {
  __typename?: 'ConsentRateRow';
  /** Consents that included each category; percent of the consents. */
  categories?: Maybe<Array<ConsentCategoryCount>>;
  /** Consents given (each a patient's consent at a card reader). */
  consents?: Maybe<AggregateCount>;
  institutionKind?: Maybe<InstitutionKind>;
  prefecture?: Maybe<Scalars['String']['output']>;
  prefectureCode?: Maybe<Scalars['String']['output']>;
};

export type ConsentRates = {
  __typename?: 'ConsentRates';
  by?: Maybe<Array<ConsentDimension>>;
  month?: Maybe<Scalars['String']['output']>;
  refreshedAt?: Maybe<Scalars['String']['output']>;
  rows?: Maybe<Array<ConsentRateRow>>;
};

export type DuplicateDimension =
  /** The drug class (薬効分類) of the drug dispensed. */
  | 'DRUG_CLASS'
  /** The prefecture of the dispensing pharmacy or institution. */
  | 'PREFECTURE';

export type DuplicateFilter = {
  drugClass?: InputMaybe<Scalars['String']['input']>;
  prefectureCode?: InputMaybe<Scalars['String']['input']>;
};

export type DuplicateFindingCount = {
  __typename?: 'DuplicateFindingCount';
  /** Drugs dispensed. */
  dispensings?: Maybe<AggregateCount>;
  drugClass?: Maybe<Scalars['String']['output']>;
  /** Of those, the ones the check finds duplicating a drug still being taken; percent of the dispensings. */
  duplicating?: Maybe<AggregateCount>;
  prefecture?: Maybe<Scalars['String']['output']>;
  prefectureCode?: Maybe<Scalars['String']['output']>;
};

export type DuplicateMedicationFindings = {
  __typename?: 'DuplicateMedicationFindings';
  by?: Maybe<Array<DuplicateDimension>>;
  month?: Maybe<Scalars['String']['output']>;
  refreshedAt?: Maybe<Scalars['String']['output']>;
  rows?: Maybe<Array<DuplicateFindingCount>>;
};

export type EmergencyAndDisasterAccessRow = {
  __typename?: 'EmergencyAndDisasterAccessRow';
  /** Access events under any of the three bases. */
  accesses?: Maybe<AggregateCount>;
  /** 災害時; percent of the accesses. */
  disaster?: Maybe<AggregateCount>;
  /** 救急時②, no card; percent of the accesses. */
  emergencyNoCard?: Maybe<AggregateCount>;
  /** 救急時①, the card present; percent of the accesses. */
  emergencyWithCard?: Maybe<AggregateCount>;
  prefecture?: Maybe<Scalars['String']['output']>;
  prefectureCode?: Maybe<Scalars['String']['output']>;
};

export type EmergencyAndDisasterAccesses = {
  __typename?: 'EmergencyAndDisasterAccesses';
  by?: Maybe<Array<AccessDimension>>;
  day?: Maybe<Scalars['Date']['output']>;
  refreshedAt?: Maybe<Scalars['String']['output']>;
  rows?: Maybe<Array<EmergencyAndDisasterAccessRow>>;
};

export type FacilityKindShare = {
  __typename?: 'FacilityKindShare';
  kind?: Maybe<InstitutionKind>;
  share?: Maybe<FacilityShare>;
};

/** A number of facilities out of a total. */
export type FacilityShare = {
  __typename?: 'FacilityShare';
  /** The facilities counted; null where the seed printed the share alone. */
  facilities?: Maybe<Scalars['Int']['output']>;
  /** Out of this many facilities; null where the seed printed the share alone. */
  ofFacilities?: Maybe<Scalars['Int']['output']>;
  /** The share (percent) as printed, or computed and rounded to one decimal as the seeds round. */
  percent?: Maybe<Scalars['Float']['output']>;
  /** The share worked out from the two counts, rounded the same way; null without them. */
  percentFromCounts?: Maybe<Scalars['Float']['output']>;
};

/** 特定保健指導の階層化: the level of specific health guidance the checkup leads to. */
export type GuidanceLevel =
  /** 情報提供: information only (no guidance). */
  | 'INFORMATION'
  /** 積極的支援: intensive support. */
  | 'INTENSIVE'
  /** 動機付け支援: motivational support. */
  | 'MOTIVATIONAL';

export type GuidanceLevelCount = {
  __typename?: 'GuidanceLevelCount';
  count?: Maybe<AggregateCount>;
  level?: Maybe<GuidanceLevel>;
};

/** A health risk of the scoring report (保健指導判定値 of the standard program). */
export type HealthRisk =
  /** 血圧: systolic 130 or diastolic 85 mmHg or more. */
  | 'BLOOD_PRESSURE'
  /** 血糖: glucose 100 mg/dL or HbA1c 5.6 % or more. */
  | 'GLUCOSE'
  /** 脂質: triglycerides 150 (fasting) / 175 (non-fasting), LDL 120 mg/dL or more, or HDL under 40. */
  | 'LIPIDS'
  /** 肝機能: AST 31, ALT 31 or γ-GT 51 U/L or more. */
  | 'LIVER_FUNCTION'
  /** 肥満: waist 85 cm (men) / 90 cm (women) or more, or BMI 25 or more. */
  | 'OBESITY'
  /** 喫煙. */
  | 'SMOKING';

export type HealthRiskComparison = {
  __typename?: 'HealthRiskComparison';
  /** All insurers' examined members holding it; percent of all examined. */
  allInsurers?: Maybe<AggregateCount>;
  /** The insurer's share against the all-insurer share, the latter as 100 (lower is healthier); null when either is withheld. */
  index?: Maybe<Scalars['Float']['output']>;
  /** The insurer's examined members holding the risk; percent of its examined. */
  insurer?: Maybe<AggregateCount>;
  risk?: Maybe<HealthRisk>;
};

/** 健康スコアリング: one insurer against all insurers, one fiscal year. */
export type HealthScoring = {
  __typename?: 'HealthScoring';
  /** All insurers' checkups. */
  allInsurersExamined?: Maybe<AggregateCount>;
  /** The insurer's checkups. */
  examined?: Maybe<AggregateCount>;
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  insurer?: Maybe<Insurer>;
  refreshedAt?: Maybe<Scalars['String']['output']>;
  risks?: Maybe<Array<HealthRiskComparison>>;
};

/** 医療機関等の種別 */
export type InstitutionKind =
  /** 歯科診療所 */
  | 'DENTAL_CLINIC'
  /** 病院 */
  | 'HOSPITAL'
  /** 医科診療所 */
  | 'MEDICAL_CLINIC'
  /** 薬局 */
  | 'PHARMACY';

/** 健康保険証利用の申込. */
export type InsuranceUseRegistrations = {
  __typename?: 'InsuranceUseRegistrations';
  /** マイナンバーカードの交付枚数 the share is of (published only: the data holds no unlinked cards). */
  cardsIssued?: Maybe<Scalars['Int']['output']>;
  /** Insured persons with a qualification in force that day (computed only; suppressed under 10). */
  insuredPersons?: Maybe<AggregateCount>;
  /** Registrations per card issued (percent), as printed. */
  percentOfCardsIssued?: Maybe<Scalars['Float']['output']>;
  /** Registrations per insured person (percent; computed only). */
  percentOfInsuredPersons?: Maybe<Scalars['Float']['output']>;
  /** Registrations: as printed, or persons with a card certificate linked to them (suppressed under 10). */
  registrations?: Maybe<AggregateCount>;
};

/** An insurer (保険者), resolved by the eligibility subgraph. */
export type Insurer = {
  __typename?: 'Insurer';
  /** 保険者番号: 8 digits, or 6 for 国保. */
  number: Scalars['String']['output'];
};

export type MetabolicSyndromeCount = {
  __typename?: 'MetabolicSyndromeCount';
  count?: Maybe<AggregateCount>;
  status?: Maybe<MetabolicSyndromeStatus>;
};

/** メタボリックシンドローム判定 (the criteria used by 特定健診). */
export type MetabolicSyndromeStatus =
  /** 基準該当: waist over the threshold and two or more risks. */
  | 'MEETS_CRITERIA'
  /** 非該当. */
  | 'NOT_APPLICABLE'
  /** 予備群該当: waist over the threshold and one risk. */
  | 'PRE_SYNDROME'
  /** 判定不能: no waist measurement. */
  | 'UNDETERMINED';

/** マイナンバーカード申請・交付状況, approximate figures as printed (約…万枚). */
export type MyNumberCards = {
  __typename?: 'MyNumberCards';
  /** 交付実施済数. */
  issued?: Maybe<Scalars['Int']['output']>;
  /** 交付実施済数の人口比 (percent). */
  issuedPercentOfPopulation?: Maybe<Scalars['Float']['output']>;
  /** 有効申請受付数. */
  validApplications?: Maybe<Scalars['Int']['output']>;
  /** 有効申請受付数の人口比 (percent). */
  validApplicationsPercentOfPopulation?: Maybe<Scalars['Float']['output']>;
};

/** One yearly operation and maintenance cost estimate (億円, consumption tax included). */
export type OperatingCostEstimate = {
  __typename?: 'OperatingCostEstimate';
  /** Printed as approximate (約) or as a bound (未満). */
  approximate?: Maybe<Scalars['Boolean']['output']>;
  /** What is estimated: the table or note of seed 000 it comes from. */
  estimate?: Maybe<Scalars['String']['output']>;
  /** The first fiscal year (年度) it is for. */
  fromFiscalYear?: Maybe<Scalars['Int']['output']>;
  /** The system or item costed. */
  item?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** The amount in 億円 as printed. */
  oku?: Maybe<Scalars['String']['output']>;
  /** The last fiscal year it is for; null: every year after. */
  toFiscalYear?: Maybe<Scalars['Int']['output']>;
  /** The amount in yen. */
  yen?: Maybe<Scalars['Float']['output']>;
};

/** The application rate of a group of public institutions. */
export type PublicInstitutionRate = {
  __typename?: 'PublicInstitutionRate';
  name?: Maybe<Scalars['String']['output']>;
  percent?: Maybe<Scalars['Float']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** When the aggregates were last computed from the data, and the periods they cover. */
  analyticsStatus: AnalyticsStatus;
  /**
   * Checkup guidance levels (特定保健指導の階層化) and metabolic syndrome (メタボリックシンドローム判定)
   * of one fiscal year's checkups (ages 40-74), one row per group of the dimensions in `by`; a
   * dimension in `filter` keeps the rows of that value. Counts under 10 are withheld.
   */
  checkupResults: CheckupResults;
  /**
   * Consents given at card readers in one month (YYYY-MM, Japan time), and the share that included
   * each category, one row per group of the dimensions in `by`.
   */
  consentRates: ConsentRates;
  /**
   * 重複投薬: the drugs dispensed in one month (YYYY-MM), and those the duplicate-medication check
   * finds duplicating: dispensed while a drug of the same ingredient and route from another
   * prescription was still being taken. One row per group of the dimensions in `by`.
   */
  duplicateMedicationFindings: DuplicateMedicationFindings;
  /**
   * 救急時・災害時の閲覧: the access events (every opening, every read) under emergency access with the
   * card, without it, and disaster access on one day (Japan), nationally or by the prefecture of the
   * accessing institution, counted from the access log. Counts under 10 are withheld.
   */
  emergencyAndDisasterAccesses: EmergencyAndDisasterAccesses;
  /**
   * 健康スコアリング (seed 001 §2): the shares of one insurer's examined members holding each health
   * risk, against all insurers. NOT_FOUND when the insurer had no checkups in that fiscal year.
   */
  healthScoring: HealthScoring;
  /** The yearly operation and maintenance cost estimates (seed 000), as printed. */
  operatingCosts: Array<OperatingCostEstimate>;
  /**
   * The rollout of online eligibility confirmation (seeds 000 and 001): the snapshots the seeds
   * published, exactly as printed, the figures computed from the data month by month, and the targets.
   */
  rollout: Rollout;
  /**
   * The subsidy of the acceleration plan (加速化プラン, seed 001) for a facility: the card readers given
   * free and the subsidy of its other costs, under the rules before and after the revision.
   * Refused with BAD_USER_INPUT for fewer than 1 or more than 100 readers, a negative cost, or a
   * pharmacy without its group's monthly prescriptions.
   */
  subsidyEstimate: SubsidyEstimate;
  /** The subsidy rules as data, each with the applications it covers. */
  subsidyRules: Array<SubsidyRuleSet>;
};


export type QueryCheckupResultsArgs = {
  by: Array<CheckupDimension>;
  filter?: InputMaybe<CheckupFilter>;
  fiscalYear: Scalars['Int']['input'];
};


export type QueryConsentRatesArgs = {
  by?: Array<ConsentDimension>;
  filter?: InputMaybe<ConsentFilter>;
  month: Scalars['String']['input'];
};


export type QueryDuplicateMedicationFindingsArgs = {
  by?: Array<DuplicateDimension>;
  filter?: InputMaybe<DuplicateFilter>;
  month: Scalars['String']['input'];
};


export type QueryEmergencyAndDisasterAccessesArgs = {
  by?: Array<AccessDimension>;
  day: Scalars['Date']['input'];
  filter?: InputMaybe<AccessFilter>;
};


export type QueryHealthScoringArgs = {
  fiscalYear: Scalars['Int']['input'];
  insurerNumber: Scalars['String']['input'];
};


export type QuerySubsidyEstimateArgs = {
  input: SubsidyInput;
};

/** The rollout of online eligibility confirmation against its targets. */
export type Rollout = {
  __typename?: 'Rollout';
  /** Month by month from the first terminal registered (each month's last day, and today), computed from the data. */
  computed?: Maybe<Array<RolloutSnapshot>>;
  /** The latest point computed from the data; null before the aggregates are first computed. */
  current?: Maybe<RolloutSnapshot>;
  /** The snapshots the seeds published, oldest first, exactly as printed. */
  published?: Maybe<Array<RolloutSnapshot>>;
  /** The targets (令和元年9月 デジタル・ガバメント閣僚会議決定, in both seeds). */
  targets?: Maybe<Array<RolloutTarget>>;
};

/** The rollout on one day: as a seed printed it, or as computed from the data. */
export type RolloutSnapshot = {
  __typename?: 'RolloutSnapshot';
  /** How far the card-reader applications are from each target. */
  againstTargets?: Maybe<Array<TargetDistance>>;
  asOf?: Maybe<Scalars['Date']['output']>;
  /**
   * 顔認証付きカードリーダー申込数 (published) or, computed, facilities with a terminal registered by
   * that day, against all facilities.
   */
  cardReaderApplications?: Maybe<FacilityShare>;
  /** The same by facility kind (内訳). */
  cardReaderApplicationsByKind?: Maybe<Array<FacilityKindShare>>;
  /** 健康保険証利用の申込: registrations against cards issued (published), or card certificates linked to persons (computed). */
  insuranceUseRegistrations?: Maybe<InsuranceUseRegistrations>;
  /** マイナンバーカード申請・交付状況 (published only). */
  myNumberCards?: Maybe<MyNumberCards>;
  /** The notes printed with the figures (※), and where a printed figure disagrees with its own counts. */
  notes?: Maybe<Array<Scalars['String']['output']>>;
  /** ポータルサイトアカウント登録数 (published only: not in the data). */
  portalAccounts?: Maybe<FacilityShare>;
  /** 公的医療機関等における申込率 (published only). */
  publicInstitutions?: Maybe<Array<PublicInstitutionRate>>;
  /** Where the figures come from: the seed and its page, or the data. */
  source?: Maybe<Scalars['String']['output']>;
};

/** A rollout target. */
export type RolloutTarget = {
  __typename?: 'RolloutTarget';
  /** The day by which it is to be met. */
  by?: Maybe<Scalars['Date']['output']>;
  /** The share of facilities (percent) it stands for; 100 for 「概ね全て」 (nearly all). */
  percent?: Maybe<Scalars['Float']['output']>;
  /** The target as the seeds word it. */
  wording?: Maybe<Scalars['String']['output']>;
};

export type Sex =
  | 'FEMALE'
  | 'MALE';

/** The subsidy of one facility under each set of rules. */
export type SubsidyEstimate = {
  __typename?: 'SubsidyEstimate';
  /** 【追加的な導入支援策】 the acceleration plan's rules. */
  afterRevision?: Maybe<SubsidyUnderRules>;
  /** The rules that apply to an application on appliedOn; null before applications opened. */
  applicable?: Maybe<SubsidyUnderRules>;
  appliedOn?: Maybe<Scalars['Date']['output']>;
  /** 【見直し前】 the fund's rules. */
  beforeRevision?: Maybe<SubsidyUnderRules>;
  /** The other costs, consumption tax included (yen). */
  costYen?: Maybe<Scalars['Int']['output']>;
  facilityKind?: Maybe<InstitutionKind>;
  /** Whether the pharmacy is a large chain pharmacy (グループで処方箋の受付が月4万回以上). */
  largeChainPharmacy?: Maybe<Scalars['Boolean']['output']>;
  readers?: Maybe<Scalars['Int']['output']>;
  /** The consumption tax rate applied when the cost was given without it (percent); null when it included tax. */
  taxAddedPercent?: Maybe<Scalars['Int']['output']>;
};

export type SubsidyInput = {
  /** The day the card reader was applied for (default today): which rules apply to it. */
  appliedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Whether costYen includes consumption tax (the caps do). Default true; false adds the tax in force on appliedOn. */
  costIncludesTax?: InputMaybe<Scalars['Boolean']['input']>;
  /** The facility's other costs (資格確認端末, network, changes to its systems), in yen. */
  costYen: Scalars['Int']['input'];
  facilityKind: InstitutionKind;
  /** For a pharmacy: the prescriptions its group receives a month (大型チェーン薬局 from 40,000). */
  groupPrescriptionsPerMonth?: InputMaybe<Scalars['Int']['input']>;
  /** 顔認証付きカードリーダー the facility introduces (1 to 100). */
  readers: Scalars['Int']['input'];
};

/** A set of subsidy rules and the applications it covers. */
export type SubsidyRuleSet = {
  __typename?: 'SubsidyRuleSet';
  /** The day it was announced; null where the seeds do not say. */
  announcedOn?: Maybe<Scalars['Date']['output']>;
  /** Card-reader applications from this day on are covered. */
  applicationsFrom?: Maybe<Scalars['Date']['output']>;
  /** Card-reader applications up to this day are covered; null: no end date. */
  applicationsUntil?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
};

/** The subsidy under one set of rules. */
export type SubsidyUnderRules = {
  __typename?: 'SubsidyUnderRules';
  /** 基準とする事業額: the cost the subsidy is reckoned on at most (yen, tax included). */
  capYen?: Maybe<Scalars['Int']['output']>;
  /** What the facility bears of the other costs (yen). */
  facilityPaysYen?: Maybe<Scalars['Int']['output']>;
  /** Card readers provided free. */
  freeReaders?: Maybe<Scalars['Int']['output']>;
  /** Card readers beyond those, at the facility's own cost. */
  paidReaders?: Maybe<Scalars['Int']['output']>;
  /** The rule applied, in words. */
  rule?: Maybe<Scalars['String']['output']>;
  rules?: Maybe<SubsidyRuleSet>;
  /** The share of the cost (up to the cap) the subsidy pays: 1/2, 3/4, or 1/1 (実費補助). */
  share?: Maybe<Scalars['String']['output']>;
  /** The subsidy (yen, rounded down). */
  subsidyYen?: Maybe<Scalars['Int']['output']>;
};

/** The distance of the card-reader applications to one target. */
export type TargetDistance = {
  __typename?: 'TargetDistance';
  /** Whether the snapshot is on or before the target's day. */
  beforeDeadline?: Maybe<Scalars['Boolean']['output']>;
  /** Facilities still to go to reach the target's share of all facilities (0 once met); null where only a share was printed. */
  facilitiesToGo?: Maybe<Scalars['Int']['output']>;
  met?: Maybe<Scalars['Boolean']['output']>;
  /** Percentage points still to go (negative once exceeded). */
  pointsToGo?: Maybe<Scalars['Float']['output']>;
  target?: Maybe<RolloutTarget>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessDimension: AccessDimension;
  AccessFilter: AccessFilter;
  AgeBand: AgeBand;
  AggregateCount: ResolverTypeWrapper<AggregateCount>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnalyticsStatus: ResolverTypeWrapper<AnalyticsStatus>;
  CheckupDimension: CheckupDimension;
  CheckupFilter: CheckupFilter;
  CheckupResultRow: ResolverTypeWrapper<CheckupResultRow>;
  CheckupResults: ResolverTypeWrapper<CheckupResults>;
  ConsentCategory: ConsentCategory;
  ConsentCategoryCount: ResolverTypeWrapper<ConsentCategoryCount>;
  ConsentDimension: ConsentDimension;
  ConsentFilter: ConsentFilter;
  ConsentRateRow: ResolverTypeWrapper<ConsentRateRow>;
  ConsentRates: ResolverTypeWrapper<ConsentRates>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DuplicateDimension: DuplicateDimension;
  DuplicateFilter: DuplicateFilter;
  DuplicateFindingCount: ResolverTypeWrapper<DuplicateFindingCount>;
  DuplicateMedicationFindings: ResolverTypeWrapper<DuplicateMedicationFindings>;
  EmergencyAndDisasterAccessRow: ResolverTypeWrapper<EmergencyAndDisasterAccessRow>;
  EmergencyAndDisasterAccesses: ResolverTypeWrapper<EmergencyAndDisasterAccesses>;
  FacilityKindShare: ResolverTypeWrapper<FacilityKindShare>;
  FacilityShare: ResolverTypeWrapper<FacilityShare>;
  GuidanceLevel: GuidanceLevel;
  GuidanceLevelCount: ResolverTypeWrapper<GuidanceLevelCount>;
  HealthRisk: HealthRisk;
  HealthRiskComparison: ResolverTypeWrapper<HealthRiskComparison>;
  HealthScoring: ResolverTypeWrapper<HealthScoring>;
  InstitutionKind: InstitutionKind;
  InsuranceUseRegistrations: ResolverTypeWrapper<InsuranceUseRegistrations>;
  Insurer: ResolverTypeWrapper<Insurer>;
  MetabolicSyndromeCount: ResolverTypeWrapper<MetabolicSyndromeCount>;
  MetabolicSyndromeStatus: MetabolicSyndromeStatus;
  MyNumberCards: ResolverTypeWrapper<MyNumberCards>;
  OperatingCostEstimate: ResolverTypeWrapper<OperatingCostEstimate>;
  PublicInstitutionRate: ResolverTypeWrapper<PublicInstitutionRate>;
  Query: ResolverTypeWrapper<{}>;
  Rollout: ResolverTypeWrapper<Rollout>;
  RolloutSnapshot: ResolverTypeWrapper<RolloutSnapshot>;
  RolloutTarget: ResolverTypeWrapper<RolloutTarget>;
  Sex: Sex;
  SubsidyEstimate: ResolverTypeWrapper<SubsidyEstimate>;
  SubsidyInput: SubsidyInput;
  SubsidyRuleSet: ResolverTypeWrapper<SubsidyRuleSet>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  SubsidyUnderRules: ResolverTypeWrapper<SubsidyUnderRules>;
  TargetDistance: ResolverTypeWrapper<TargetDistance>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessFilter: AccessFilter;
  AggregateCount: AggregateCount;
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  AnalyticsStatus: AnalyticsStatus;
  CheckupFilter: CheckupFilter;
  CheckupResultRow: CheckupResultRow;
  CheckupResults: CheckupResults;
  ConsentCategoryCount: ConsentCategoryCount;
  ConsentFilter: ConsentFilter;
  ConsentRateRow: ConsentRateRow;
  ConsentRates: ConsentRates;
  Date: Scalars['Date']['output'];
  DuplicateFilter: DuplicateFilter;
  DuplicateFindingCount: DuplicateFindingCount;
  DuplicateMedicationFindings: DuplicateMedicationFindings;
  EmergencyAndDisasterAccessRow: EmergencyAndDisasterAccessRow;
  EmergencyAndDisasterAccesses: EmergencyAndDisasterAccesses;
  FacilityKindShare: FacilityKindShare;
  FacilityShare: FacilityShare;
  GuidanceLevelCount: GuidanceLevelCount;
  HealthRiskComparison: HealthRiskComparison;
  HealthScoring: HealthScoring;
  InsuranceUseRegistrations: InsuranceUseRegistrations;
  Insurer: Insurer;
  MetabolicSyndromeCount: MetabolicSyndromeCount;
  MyNumberCards: MyNumberCards;
  OperatingCostEstimate: OperatingCostEstimate;
  PublicInstitutionRate: PublicInstitutionRate;
  Query: {};
  Rollout: Rollout;
  RolloutSnapshot: RolloutSnapshot;
  RolloutTarget: RolloutTarget;
  SubsidyEstimate: SubsidyEstimate;
  SubsidyInput: SubsidyInput;
  SubsidyRuleSet: SubsidyRuleSet;
  ID: Scalars['ID']['output'];
  SubsidyUnderRules: SubsidyUnderRules;
  TargetDistance: TargetDistance;
  String: Scalars['String']['output'];
};

export type AccessPolicyDirectiveArgs = {
  key: Scalars['String']['input'];
};

export type AccessPolicyDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = AccessPolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AggregateCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AggregateCount'] = ResolversParentTypes['AggregateCount']> = {
  percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AnalyticsStatusResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnalyticsStatus'] = ResolversParentTypes['AnalyticsStatus']> = {
  accessDays?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  checkupFiscalYears?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  consentMonths?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  dispensingMonths?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  refreshedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CheckupResultRowResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CheckupResultRow'] = ResolversParentTypes['CheckupResultRow']> = {
  ageBand?: Resolver<Maybe<ResolversTypes['AgeBand']>, ParentType, ContextType>;
  examined?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  guidanceLevels?: Resolver<Maybe<Array<ResolversTypes['GuidanceLevelCount']>>, ParentType, ContextType>;
  insurer?: Resolver<Maybe<ResolversTypes['Insurer']>, ParentType, ContextType>;
  metabolicSyndrome?: Resolver<Maybe<Array<ResolversTypes['MetabolicSyndromeCount']>>, ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prefectureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sex?: Resolver<Maybe<ResolversTypes['Sex']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CheckupResultsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CheckupResults'] = ResolversParentTypes['CheckupResults']> = {
  by?: Resolver<Maybe<Array<ResolversTypes['CheckupDimension']>>, ParentType, ContextType>;
  fiscalYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  refreshedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Maybe<Array<ResolversTypes['CheckupResultRow']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConsentCategoryCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ConsentCategoryCount'] = ResolversParentTypes['ConsentCategoryCount']> = {
  category?: Resolver<Maybe<ResolversTypes['ConsentCategory']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConsentRateRowResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ConsentRateRow'] = ResolversParentTypes['ConsentRateRow']> = {
  categories?: Resolver<Maybe<Array<ResolversTypes['ConsentCategoryCount']>>, ParentType, ContextType>;
  consents?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  institutionKind?: Resolver<Maybe<ResolversTypes['InstitutionKind']>, ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prefectureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConsentRatesResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ConsentRates'] = ResolversParentTypes['ConsentRates']> = {
  by?: Resolver<Maybe<Array<ResolversTypes['ConsentDimension']>>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refreshedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Maybe<Array<ResolversTypes['ConsentRateRow']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DuplicateFindingCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DuplicateFindingCount'] = ResolversParentTypes['DuplicateFindingCount']> = {
  dispensings?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  drugClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  duplicating?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prefectureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DuplicateMedicationFindingsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DuplicateMedicationFindings'] = ResolversParentTypes['DuplicateMedicationFindings']> = {
  by?: Resolver<Maybe<Array<ResolversTypes['DuplicateDimension']>>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refreshedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Maybe<Array<ResolversTypes['DuplicateFindingCount']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmergencyAndDisasterAccessRowResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyAndDisasterAccessRow'] = ResolversParentTypes['EmergencyAndDisasterAccessRow']> = {
  accesses?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  disaster?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  emergencyNoCard?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  emergencyWithCard?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prefectureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmergencyAndDisasterAccessesResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyAndDisasterAccesses'] = ResolversParentTypes['EmergencyAndDisasterAccesses']> = {
  by?: Resolver<Maybe<Array<ResolversTypes['AccessDimension']>>, ParentType, ContextType>;
  day?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  refreshedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Maybe<Array<ResolversTypes['EmergencyAndDisasterAccessRow']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FacilityKindShareResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['FacilityKindShare'] = ResolversParentTypes['FacilityKindShare']> = {
  kind?: Resolver<Maybe<ResolversTypes['InstitutionKind']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['FacilityShare']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FacilityShareResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['FacilityShare'] = ResolversParentTypes['FacilityShare']> = {
  facilities?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ofFacilities?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentFromCounts?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GuidanceLevelCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['GuidanceLevelCount'] = ResolversParentTypes['GuidanceLevelCount']> = {
  count?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['GuidanceLevel']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HealthRiskComparisonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['HealthRiskComparison'] = ResolversParentTypes['HealthRiskComparison']> = {
  allInsurers?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  index?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  insurer?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  risk?: Resolver<Maybe<ResolversTypes['HealthRisk']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HealthScoringResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['HealthScoring'] = ResolversParentTypes['HealthScoring']> = {
  allInsurersExamined?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  examined?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  fiscalYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  insurer?: Resolver<Maybe<ResolversTypes['Insurer']>, ParentType, ContextType>;
  refreshedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  risks?: Resolver<Maybe<Array<ResolversTypes['HealthRiskComparison']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InsuranceUseRegistrationsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InsuranceUseRegistrations'] = ResolversParentTypes['InsuranceUseRegistrations']> = {
  cardsIssued?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  insuredPersons?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  percentOfCardsIssued?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentOfInsuredPersons?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  registrations?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InsurerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Insurer'] = ResolversParentTypes['Insurer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Insurer']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MetabolicSyndromeCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MetabolicSyndromeCount'] = ResolversParentTypes['MetabolicSyndromeCount']> = {
  count?: Resolver<Maybe<ResolversTypes['AggregateCount']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MetabolicSyndromeStatus']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MyNumberCardsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MyNumberCards'] = ResolversParentTypes['MyNumberCards']> = {
  issued?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  issuedPercentOfPopulation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  validApplications?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validApplicationsPercentOfPopulation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OperatingCostEstimateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['OperatingCostEstimate'] = ResolversParentTypes['OperatingCostEstimate']> = {
  approximate?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromFiscalYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toFiscalYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  yen?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublicInstitutionRateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PublicInstitutionRate'] = ResolversParentTypes['PublicInstitutionRate']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  analyticsStatus?: Resolver<ResolversTypes['AnalyticsStatus'], ParentType, ContextType>;
  checkupResults?: Resolver<ResolversTypes['CheckupResults'], ParentType, ContextType, RequireFields<QueryCheckupResultsArgs, 'by' | 'fiscalYear'>>;
  consentRates?: Resolver<ResolversTypes['ConsentRates'], ParentType, ContextType, RequireFields<QueryConsentRatesArgs, 'by' | 'month'>>;
  duplicateMedicationFindings?: Resolver<ResolversTypes['DuplicateMedicationFindings'], ParentType, ContextType, RequireFields<QueryDuplicateMedicationFindingsArgs, 'by' | 'month'>>;
  emergencyAndDisasterAccesses?: Resolver<ResolversTypes['EmergencyAndDisasterAccesses'], ParentType, ContextType, RequireFields<QueryEmergencyAndDisasterAccessesArgs, 'by' | 'day'>>;
  healthScoring?: Resolver<ResolversTypes['HealthScoring'], ParentType, ContextType, RequireFields<QueryHealthScoringArgs, 'fiscalYear' | 'insurerNumber'>>;
  operatingCosts?: Resolver<Array<ResolversTypes['OperatingCostEstimate']>, ParentType, ContextType>;
  rollout?: Resolver<ResolversTypes['Rollout'], ParentType, ContextType>;
  subsidyEstimate?: Resolver<ResolversTypes['SubsidyEstimate'], ParentType, ContextType, RequireFields<QuerySubsidyEstimateArgs, 'input'>>;
  subsidyRules?: Resolver<Array<ResolversTypes['SubsidyRuleSet']>, ParentType, ContextType>;
};

export type RolloutResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Rollout'] = ResolversParentTypes['Rollout']> = {
  computed?: Resolver<Maybe<Array<ResolversTypes['RolloutSnapshot']>>, ParentType, ContextType>;
  current?: Resolver<Maybe<ResolversTypes['RolloutSnapshot']>, ParentType, ContextType>;
  published?: Resolver<Maybe<Array<ResolversTypes['RolloutSnapshot']>>, ParentType, ContextType>;
  targets?: Resolver<Maybe<Array<ResolversTypes['RolloutTarget']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RolloutSnapshotResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RolloutSnapshot'] = ResolversParentTypes['RolloutSnapshot']> = {
  againstTargets?: Resolver<Maybe<Array<ResolversTypes['TargetDistance']>>, ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  cardReaderApplications?: Resolver<Maybe<ResolversTypes['FacilityShare']>, ParentType, ContextType>;
  cardReaderApplicationsByKind?: Resolver<Maybe<Array<ResolversTypes['FacilityKindShare']>>, ParentType, ContextType>;
  insuranceUseRegistrations?: Resolver<Maybe<ResolversTypes['InsuranceUseRegistrations']>, ParentType, ContextType>;
  myNumberCards?: Resolver<Maybe<ResolversTypes['MyNumberCards']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  portalAccounts?: Resolver<Maybe<ResolversTypes['FacilityShare']>, ParentType, ContextType>;
  publicInstitutions?: Resolver<Maybe<Array<ResolversTypes['PublicInstitutionRate']>>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RolloutTargetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RolloutTarget'] = ResolversParentTypes['RolloutTarget']> = {
  by?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  wording?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubsidyEstimateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SubsidyEstimate'] = ResolversParentTypes['SubsidyEstimate']> = {
  afterRevision?: Resolver<Maybe<ResolversTypes['SubsidyUnderRules']>, ParentType, ContextType>;
  applicable?: Resolver<Maybe<ResolversTypes['SubsidyUnderRules']>, ParentType, ContextType>;
  appliedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  beforeRevision?: Resolver<Maybe<ResolversTypes['SubsidyUnderRules']>, ParentType, ContextType>;
  costYen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  facilityKind?: Resolver<Maybe<ResolversTypes['InstitutionKind']>, ParentType, ContextType>;
  largeChainPharmacy?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  readers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  taxAddedPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubsidyRuleSetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SubsidyRuleSet'] = ResolversParentTypes['SubsidyRuleSet']> = {
  announcedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  applicationsFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  applicationsUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubsidyUnderRulesResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SubsidyUnderRules'] = ResolversParentTypes['SubsidyUnderRules']> = {
  capYen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  facilityPaysYen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  freeReaders?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paidReaders?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rules?: Resolver<Maybe<ResolversTypes['SubsidyRuleSet']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subsidyYen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetDistanceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TargetDistance'] = ResolversParentTypes['TargetDistance']> = {
  beforeDeadline?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  facilitiesToGo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  met?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  pointsToGo?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['RolloutTarget']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  AggregateCount?: AggregateCountResolvers<ContextType>;
  AnalyticsStatus?: AnalyticsStatusResolvers<ContextType>;
  CheckupResultRow?: CheckupResultRowResolvers<ContextType>;
  CheckupResults?: CheckupResultsResolvers<ContextType>;
  ConsentCategoryCount?: ConsentCategoryCountResolvers<ContextType>;
  ConsentRateRow?: ConsentRateRowResolvers<ContextType>;
  ConsentRates?: ConsentRatesResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DuplicateFindingCount?: DuplicateFindingCountResolvers<ContextType>;
  DuplicateMedicationFindings?: DuplicateMedicationFindingsResolvers<ContextType>;
  EmergencyAndDisasterAccessRow?: EmergencyAndDisasterAccessRowResolvers<ContextType>;
  EmergencyAndDisasterAccesses?: EmergencyAndDisasterAccessesResolvers<ContextType>;
  FacilityKindShare?: FacilityKindShareResolvers<ContextType>;
  FacilityShare?: FacilityShareResolvers<ContextType>;
  GuidanceLevelCount?: GuidanceLevelCountResolvers<ContextType>;
  HealthRiskComparison?: HealthRiskComparisonResolvers<ContextType>;
  HealthScoring?: HealthScoringResolvers<ContextType>;
  InsuranceUseRegistrations?: InsuranceUseRegistrationsResolvers<ContextType>;
  Insurer?: InsurerResolvers<ContextType>;
  MetabolicSyndromeCount?: MetabolicSyndromeCountResolvers<ContextType>;
  MyNumberCards?: MyNumberCardsResolvers<ContextType>;
  OperatingCostEstimate?: OperatingCostEstimateResolvers<ContextType>;
  PublicInstitutionRate?: PublicInstitutionRateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rollout?: RolloutResolvers<ContextType>;
  RolloutSnapshot?: RolloutSnapshotResolvers<ContextType>;
  RolloutTarget?: RolloutTargetResolvers<ContextType>;
  SubsidyEstimate?: SubsidyEstimateResolvers<ContextType>;
  SubsidyRuleSet?: SubsidyRuleSetResolvers<ContextType>;
  SubsidyUnderRules?: SubsidyUnderRulesResolvers<ContextType>;
  TargetDistance?: TargetDistanceResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = SubgraphContext> = {
  accessPolicy?: AccessPolicyDirectiveResolver<any, any, ContextType>;
};
