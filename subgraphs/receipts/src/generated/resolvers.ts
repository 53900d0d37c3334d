import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { ClaimRecord, PersonReference, InstitutionReference, ClaimConnectionModel } from '../records';
import { EmergencySummaryReference } from '../../../common/src/emergency-summary';
import { EmergencyVisitRow, EmergencyCareRow } from '../emergency-summary';
import { SubgraphContext } from '../../../common/src/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
};

/** Medical-care information an institution may see (DOMAIN.md §5, institution view ②). */
export type CareCategory =
  /** 人工腎臓・持続緩徐式血液濾過・腹膜灌流 */
  | 'DIALYSIS'
  /** 在宅療養指導管理料 */
  | 'HOME_CARE_GUIDANCE'
  /** 画像診断 */
  | 'IMAGING_DIAGNOSIS'
  /** 医学管理等 */
  | 'MEDICAL_MANAGEMENT'
  /** 病理診断 */
  | 'PATHOLOGY_DIAGNOSIS'
  /** 放射線治療 */
  | 'RADIATION_THERAPY'
  /** 短期滞在手術等基本料 */
  | 'SHORT_STAY_SURGERY'
  /** 手術 */
  | 'SURGERY'
  /** 輸血 */
  | 'TRANSFUSION'
  /** 臓器移植 */
  | 'TRANSPLANT';

/**
 * A monthly claim (レセプト, 診療報酬明細書) after review by the payment funds: one per patient,
 * institution and treatment month (診療年月). Every item of the claim is its own field, so access
 * rules can allow or withhold them one by one (DOMAIN.md §5). Every field a rule can withhold is
 * nullable, so a withheld field is null (with a FORBIDDEN error) and the rest of the claim still returns.
 */
export type Claim = {
  __typename?: 'Claim';
  /** 診療実日数: days of treatment in the month (visit days, plus days in hospital). */
  actualDays?: Maybe<Scalars['Int']['output']>;
  /** レセプト種別: medical outpatient (医科入院外), medical inpatient (医科入院) or dental (歯科). */
  claimType?: Maybe<ClaimType>;
  /** 傷病名: the diagnoses the claim is for, the primary one (主傷病) first. */
  diagnoses?: Maybe<Array<Diagnosis>>;
  /** 医薬品: drugs dispensed in house (院内処方) and billed on this claim. */
  drugs?: Maybe<Array<ClaimDrug>>;
  id: Scalars['ID']['output'];
  /** The institution that made the claim (resolved by eligibility). */
  institution?: Maybe<Institution>;
  /** 医療機関所在地. */
  institutionAddress?: Maybe<Scalars['String']['output']>;
  /** 医療機関コード (10 digits). */
  institutionCode?: Maybe<Scalars['String']['output']>;
  /** 医療機関名称. */
  institutionName?: Maybe<Scalars['String']['output']>;
  /** 被保険者情報: the insured's symbol, number and branch (記号・番号・枝番). */
  insured?: Maybe<ClaimInsured>;
  /** 保険者情報: the insurer that pays the claim. */
  insurer?: Maybe<ClaimInsurer>;
  /** 特定保険医療材料: materials billed on this claim. */
  materials?: Maybe<Array<ClaimMaterial>>;
  /** 食事療養・生活療養: meals in hospital. */
  meals?: Maybe<Meals>;
  /** 転帰: how treatment ended this month; null while it continues. */
  outcome?: Maybe<TreatmentOutcome>;
  /** 生年月日. */
  patientBirthDate?: Maybe<Scalars['Date']['output']>;
  /** 氏名: the patient's name. */
  patientName?: Maybe<Scalars['String']['output']>;
  /** 性別. */
  patientSex?: Maybe<Sex>;
  /** The patient. */
  person?: Maybe<Person>;
  /** 都道府県番号 of the institution (2 digits). */
  prefectureCode?: Maybe<Scalars['String']['output']>;
  /** 診療行為: procedures by section (初診, 再診, 医学管理, ...). */
  procedures?: Maybe<Array<Procedure>>;
  /** 公費負担医療: public-expense programmes that share the cost, in the claim's order (第1公費, 第2公費). */
  publicExpenses?: Maybe<Array<PublicExpense>>;
  /** 摘要: billed items (drug and material names) and free-text comments. */
  remarks?: Maybe<Array<Remark>>;
  /** 療養の給付 合計点数: total points of procedures, drugs and materials (1 point = 10 yen). */
  totalPoints?: Maybe<Scalars['Int']['output']>;
  /** 診療年月: the month treated, `YYYY-MM`. */
  treatmentMonth?: Maybe<Scalars['String']['output']>;
  /** 診療開始日: when treatment of the claim's diagnoses began. */
  treatmentStartDate?: Maybe<Scalars['Date']['output']>;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  nodes: Array<Claim>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** 医薬品 billed on a claim. */
export type ClaimDrug = {
  __typename?: 'ClaimDrug';
  /** 医薬品コード (9 digits). */
  code?: Maybe<Scalars['String']['output']>;
  /** 医薬品名. */
  name?: Maybe<Scalars['String']['output']>;
  /** 点数 of this line. */
  points?: Maybe<Scalars['Int']['output']>;
  /** 使用量: units dispensed this month. */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** 単位 (錠, ｇ, ...). */
  unit?: Maybe<Scalars['String']['output']>;
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

/** 被保険者情報 on a claim. */
export type ClaimInsured = {
  __typename?: 'ClaimInsured';
  /** 枝番 (2 digits). */
  branch?: Maybe<Scalars['String']['output']>;
  /** 番号. */
  number?: Maybe<Scalars['String']['output']>;
  /** 本人 (the insured) or 家族 (a dependent). */
  relationship?: Maybe<Relationship>;
  /** 記号; null where the insurer issues none (後期高齢者医療). */
  symbol?: Maybe<Scalars['String']['output']>;
};

/** 保険者情報 on a claim. */
export type ClaimInsurer = {
  __typename?: 'ClaimInsurer';
  /** 給付割合 in percent (70, 80 or 90). */
  benefitRatio?: Maybe<Scalars['Int']['output']>;
  /** 保険者番号: 8 digits, or 6 for National Health Insurance (国保). */
  number?: Maybe<Scalars['String']['output']>;
  /** 保険種別. */
  type?: Maybe<InsurerType>;
};

/** 特定保険医療材料 billed on a claim. */
export type ClaimMaterial = {
  __typename?: 'ClaimMaterial';
  /** 特定器材コード (9 digits). */
  code?: Maybe<Scalars['String']['output']>;
  /** 特定器材名. */
  name?: Maybe<Scalars['String']['output']>;
  /** 点数 of this line. */
  points?: Maybe<Scalars['Int']['output']>;
  /** 使用量. */
  quantity?: Maybe<Scalars['Float']['output']>;
};

/** レセプト種別. */
export type ClaimType =
  /** 歯科 */
  | 'DENTAL'
  /** 医科入院 */
  | 'MEDICAL_INPATIENT'
  /** 医科入院外 */
  | 'MEDICAL_OUTPATIENT';

/** 傷病名 on a claim. */
export type Diagnosis = {
  __typename?: 'Diagnosis';
  /** 傷病名コード (7 digits). */
  code?: Maybe<Scalars['String']['output']>;
  /** 傷病名. */
  name?: Maybe<Scalars['String']['output']>;
  /** 転帰; null while treatment continues. */
  outcome?: Maybe<TreatmentOutcome>;
  /** 主傷病: the main diagnosis of the claim. */
  primary?: Maybe<Scalars['Boolean']['output']>;
  /** 診療開始日 of this diagnosis. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** 告知: whether the claim records that the patient was told of this diagnosis. */
  toldToPatient?: Maybe<Scalars['Boolean']['output']>;
};

/** One procedure of the listed care, as the emergency summary shows it. */
export type EmergencyCare = {
  __typename?: 'EmergencyCare';
  careCategory?: Maybe<CareCategory>;
  /** 診療行為コード (9 digits) */
  code?: Maybe<Scalars['String']['output']>;
  count?: Maybe<Scalars['Int']['output']>;
  /** The institution that gave it. */
  institutionName?: Maybe<Scalars['String']['output']>;
  /** 診療年月 (YYYY-MM) */
  month?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

/**
 * 救急時医療情報 (DOMAIN.md §4.2): the parts of the emergency summary read from claims, each over the
 * period of the access policy, counted back from today (Japan) by treatment month.
 */
export type EmergencySummary = {
  __typename?: 'EmergencySummary';
  /**
   * 診療情報: the listed care of the last 3 months, dialysis among it (radiation therapy, imaging and
   * pathology diagnosis, medical management, home-care guidance, dialysis), newest month first.
   */
  care?: Maybe<Array<EmergencyCare>>;
  /** The person the summary is of. */
  personId: Scalars['ID']['output'];
  /** 手術: surgery (transplant, transfusion and short-stay surgery included) of the last 5 years, newest month first. */
  surgeries?: Maybe<Array<EmergencyCare>>;
  /** 受診歴: the institutions the person was seen at in the last 3 months, newest month first. */
  visits?: Maybe<Array<EmergencyVisit>>;
};

/** A month the person was seen at an institution (受診歴). */
export type EmergencyVisit = {
  __typename?: 'EmergencyVisit';
  institution?: Maybe<Institution>;
  institutionName?: Maybe<Scalars['String']['output']>;
  /** The last day of the month the person was seen there. */
  lastVisitDate?: Maybe<Scalars['Date']['output']>;
  /** 診療年月 (YYYY-MM) */
  month?: Maybe<Scalars['String']['output']>;
};

export type Institution = {
  __typename?: 'Institution';
  code: Scalars['String']['output'];
};

export type InsurerType =
  | 'KUMIAI_KENPO'
  | 'KYOKAI_KENPO'
  | 'KYOSAI'
  | 'LATE_ELDERLY'
  | 'NATIONAL_HEALTH_INSURANCE';

/** 食事療養・生活療養. */
export type Meals = {
  __typename?: 'Meals';
  /** 金額 in yen. */
  amountYen?: Maybe<Scalars['Int']['output']>;
  /** 回数: meals served. */
  count?: Maybe<Scalars['Int']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** The insured person; the id is eligibility's opaque id, never a My Number. */
export type Person = {
  __typename?: 'Person';
  /**
   * レセプト: the person's claims, newest treatment month first, optionally within fromMonth..toMonth (`YYYY-MM`,
   * inclusive) and only those billed to the public-expense payer `publicExpensePayerNumber` (公費負担者番号, 8 digits
   * with check digit).
   */
  claims?: Maybe<ClaimConnection>;
  id: Scalars['ID']['output'];
  /** 受診歴: the person's past visits derived from claims, newest first. */
  visits?: Maybe<VisitConnection>;
};


/** The insured person; the id is eligibility's opaque id, never a My Number. */
export type PersonClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fromMonth?: InputMaybe<Scalars['String']['input']>;
  publicExpensePayerNumber?: InputMaybe<Scalars['String']['input']>;
  toMonth?: InputMaybe<Scalars['String']['input']>;
};


/** The insured person; the id is eligibility's opaque id, never a My Number. */
export type PersonVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 診療行為 on a claim. */
export type Procedure = {
  __typename?: 'Procedure';
  /** The medical-care category institutions may see (DOMAIN.md §5, institution view ②); null for routine care. */
  careCategory?: Maybe<CareCategory>;
  /** 診療行為コード (9 digits). */
  code?: Maybe<Scalars['String']['output']>;
  /** 回数: times done this month. */
  count?: Maybe<Scalars['Int']['output']>;
  /** 診療行為名称. */
  name?: Maybe<Scalars['String']['output']>;
  /** 点数 of this line (unit points × count). */
  points?: Maybe<Scalars['Int']['output']>;
  /** 診療区分: the section of the claim the procedure is billed under. */
  section?: Maybe<ProcedureSection>;
};

/** 診療区分. */
export type ProcedureSection =
  /** 検査・病理 */
  | 'EXAMINATION_PATHOLOGY'
  /** 在宅 */
  | 'HOME_CARE'
  /** 画像診断 */
  | 'IMAGING'
  /** 初診 */
  | 'INITIAL_VISIT'
  /** 注射 */
  | 'INJECTION'
  /** 入院 */
  | 'INPATIENT'
  /** 医学管理 */
  | 'MEDICAL_MANAGEMENT'
  /** 投薬 */
  | 'MEDICATION'
  /** その他 */
  | 'OTHER'
  /** 再診 */
  | 'REVISIT'
  /** 手術・麻酔 */
  | 'SURGERY_ANESTHESIA'
  /** 処置 */
  | 'TREATMENT';

/** 公費負担医療: a public-expense programme sharing the cost of a claim. */
export type PublicExpense = {
  __typename?: 'PublicExpense';
  /** 法別番号: the programme (e.g. 15 更生医療, 88 乳幼児医療), the first two digits of the payer number. */
  lawNumber?: Maybe<Scalars['String']['output']>;
  /** 公費負担者番号 (8 digits with a check digit). */
  payerNumber?: Maybe<Scalars['String']['output']>;
  /** 公費分点数: the points the programme covers. */
  points?: Maybe<Scalars['Int']['output']>;
  /** 公費受給者番号 (7 digits). */
  recipientNumber?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One claim (レセプト) by its id; null when there is no such claim. */
  claim?: Maybe<Claim>;
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};

/** 本人・家族. */
export type Relationship =
  /** 家族 (被扶養者) */
  | 'DEPENDENT'
  /** 本人 */
  | 'INSURED';

/** 摘要: one line of the claim's remarks. */
export type Remark = {
  __typename?: 'Remark';
  /** The code of the billed item (医薬品コード or 特定器材コード); null for a comment. */
  itemCode?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<RemarkKind>;
  text?: Maybe<Scalars['String']['output']>;
};

/** What a remark line is. */
export type RemarkKind =
  /** A billed item: a drug or material name. The patient view shows these. */
  | 'BILLED_ITEM'
  /** A free-text comment (コメント, 症状詳記). Withheld from the patient view. */
  | 'COMMENT';

export type Sex =
  | 'FEMALE'
  | 'MALE';

/** 転帰. */
export type TreatmentOutcome =
  /** 治ゆ */
  | 'CURED'
  /** 死亡 */
  | 'DIED'
  /** 中止 */
  | 'STOPPED';

/** A past visit to an institution (DOMAIN.md §5, institution view ①), one per claim. */
export type Visit = {
  __typename?: 'Visit';
  /** The institution visited (resolved by eligibility). */
  institution?: Maybe<Institution>;
  /** 医療機関コード. */
  institutionCode?: Maybe<Scalars['String']['output']>;
  /** 医療機関名称. */
  institutionName?: Maybe<Scalars['String']['output']>;
  /** The last visit date in that month (受診日). */
  lastVisitDate?: Maybe<Scalars['Date']['output']>;
  /** 診療年月 of the visit, `YYYY-MM`. */
  month?: Maybe<Scalars['String']['output']>;
};

export type VisitConnection = {
  __typename?: 'VisitConnection';
  edges: Array<VisitEdge>;
  nodes: Array<Visit>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VisitEdge = {
  __typename?: 'VisitEdge';
  cursor: Scalars['String']['output'];
  node: Visit;
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
  CareCategory: CareCategory;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ClaimConnection: ResolverTypeWrapper<ClaimConnectionModel>;
  ClaimDrug: ResolverTypeWrapper<ClaimDrug>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimInsured: ResolverTypeWrapper<ClaimInsured>;
  ClaimInsurer: ResolverTypeWrapper<ClaimInsurer>;
  ClaimMaterial: ResolverTypeWrapper<ClaimMaterial>;
  ClaimType: ClaimType;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Diagnosis: ResolverTypeWrapper<Diagnosis>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EmergencyCare: ResolverTypeWrapper<EmergencyCareRow>;
  EmergencySummary: ResolverTypeWrapper<EmergencySummaryReference>;
  EmergencyVisit: ResolverTypeWrapper<EmergencyVisitRow>;
  Institution: ResolverTypeWrapper<InstitutionReference>;
  InsurerType: InsurerType;
  Meals: ResolverTypeWrapper<Meals>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  Procedure: ResolverTypeWrapper<Procedure>;
  ProcedureSection: ProcedureSection;
  PublicExpense: ResolverTypeWrapper<PublicExpense>;
  Query: ResolverTypeWrapper<{}>;
  Relationship: Relationship;
  Remark: ResolverTypeWrapper<Remark>;
  RemarkKind: RemarkKind;
  Sex: Sex;
  TreatmentOutcome: TreatmentOutcome;
  Visit: ResolverTypeWrapper<ClaimRecord>;
  VisitConnection: ResolverTypeWrapper<ClaimConnectionModel>;
  VisitEdge: ResolverTypeWrapper<Omit<VisitEdge, 'node'> & { node: ResolversTypes['Visit'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Claim: ClaimRecord;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  ClaimConnection: ClaimConnectionModel;
  ClaimDrug: ClaimDrug;
  Float: Scalars['Float']['output'];
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimInsured: ClaimInsured;
  ClaimInsurer: ClaimInsurer;
  ClaimMaterial: ClaimMaterial;
  Date: Scalars['Date']['output'];
  Diagnosis: Diagnosis;
  Boolean: Scalars['Boolean']['output'];
  EmergencyCare: EmergencyCareRow;
  EmergencySummary: EmergencySummaryReference;
  EmergencyVisit: EmergencyVisitRow;
  Institution: InstitutionReference;
  Meals: Meals;
  PageInfo: PageInfo;
  Person: PersonReference;
  Procedure: Procedure;
  PublicExpense: PublicExpense;
  Query: {};
  Remark: Remark;
  Visit: ClaimRecord;
  VisitConnection: ClaimConnectionModel;
  VisitEdge: Omit<VisitEdge, 'node'> & { node: ResolversParentTypes['Visit'] };
  String: Scalars['String']['output'];
};

export type AccessPolicyDirectiveArgs = {
  key: Scalars['String']['input'];
};

export type AccessPolicyDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = AccessPolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ClaimResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Claim']>, { __typename: 'Claim' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  actualDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  claimType?: Resolver<Maybe<ResolversTypes['ClaimType']>, ParentType, ContextType>;
  diagnoses?: Resolver<Maybe<Array<ResolversTypes['Diagnosis']>>, ParentType, ContextType>;
  drugs?: Resolver<Maybe<Array<ResolversTypes['ClaimDrug']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  institutionAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  institutionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  institutionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  insured?: Resolver<Maybe<ResolversTypes['ClaimInsured']>, ParentType, ContextType>;
  insurer?: Resolver<Maybe<ResolversTypes['ClaimInsurer']>, ParentType, ContextType>;
  materials?: Resolver<Maybe<Array<ResolversTypes['ClaimMaterial']>>, ParentType, ContextType>;
  meals?: Resolver<Maybe<ResolversTypes['Meals']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['TreatmentOutcome']>, ParentType, ContextType>;
  patientBirthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  patientName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  patientSex?: Resolver<Maybe<ResolversTypes['Sex']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  prefectureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  procedures?: Resolver<Maybe<Array<ResolversTypes['Procedure']>>, ParentType, ContextType>;
  publicExpenses?: Resolver<Maybe<Array<ResolversTypes['PublicExpense']>>, ParentType, ContextType>;
  remarks?: Resolver<Maybe<Array<ResolversTypes['Remark']>>, ParentType, ContextType>;
  totalPoints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  treatmentMonth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  treatmentStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimDrugResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ClaimDrug'] = ResolversParentTypes['ClaimDrug']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimInsuredResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ClaimInsured'] = ResolversParentTypes['ClaimInsured']> = {
  branch?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimInsurerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ClaimInsurer'] = ResolversParentTypes['ClaimInsurer']> = {
  benefitRatio?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['InsurerType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimMaterialResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ClaimMaterial'] = ResolversParentTypes['ClaimMaterial']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DiagnosisResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Diagnosis'] = ResolversParentTypes['Diagnosis']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['TreatmentOutcome']>, ParentType, ContextType>;
  primary?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  toldToPatient?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmergencyCareResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyCare'] = ResolversParentTypes['EmergencyCare']> = {
  careCategory?: Resolver<Maybe<ResolversTypes['CareCategory']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  institutionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmergencySummaryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencySummary'] = ResolversParentTypes['EmergencySummary']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmergencySummary']>, { __typename: 'EmergencySummary' } & GraphQLRecursivePick<ParentType, {"personId":true}>, ContextType>;
  care?: Resolver<Maybe<Array<ResolversTypes['EmergencyCare']>>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  surgeries?: Resolver<Maybe<Array<ResolversTypes['EmergencyCare']>>, ParentType, ContextType>;
  visits?: Resolver<Maybe<Array<ResolversTypes['EmergencyVisit']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmergencyVisitResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyVisit'] = ResolversParentTypes['EmergencyVisit']> = {
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  institutionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastVisitDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstitutionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MealsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Meals'] = ResolversParentTypes['Meals']> = {
  amountYen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, RequireFields<PersonClaimsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  visits?: Resolver<Maybe<ResolversTypes['VisitConnection']>, ParentType, ContextType, RequireFields<PersonVisitsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProcedureResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Procedure'] = ResolversParentTypes['Procedure']> = {
  careCategory?: Resolver<Maybe<ResolversTypes['CareCategory']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['ProcedureSection']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublicExpenseResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PublicExpense'] = ResolversParentTypes['PublicExpense']> = {
  lawNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payerNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recipientNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
};

export type RemarkResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Remark'] = ResolversParentTypes['Remark']> = {
  itemCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['RemarkKind']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VisitResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Visit'] = ResolversParentTypes['Visit']> = {
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  institutionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  institutionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastVisitDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VisitConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VisitConnection'] = ResolversParentTypes['VisitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VisitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Visit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VisitEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VisitEdge'] = ResolversParentTypes['VisitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimDrug?: ClaimDrugResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimInsured?: ClaimInsuredResolvers<ContextType>;
  ClaimInsurer?: ClaimInsurerResolvers<ContextType>;
  ClaimMaterial?: ClaimMaterialResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Diagnosis?: DiagnosisResolvers<ContextType>;
  EmergencyCare?: EmergencyCareResolvers<ContextType>;
  EmergencySummary?: EmergencySummaryResolvers<ContextType>;
  EmergencyVisit?: EmergencyVisitResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  Meals?: MealsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Procedure?: ProcedureResolvers<ContextType>;
  PublicExpense?: PublicExpenseResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Remark?: RemarkResolvers<ContextType>;
  Visit?: VisitResolvers<ContextType>;
  VisitConnection?: VisitConnectionResolvers<ContextType>;
  VisitEdge?: VisitEdgeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = SubgraphContext> = {
  accessPolicy?: AccessPolicyDirectiveResolver<any, any, ContextType>;
};
