import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { CheckupRecord, PersonReference, CheckupConnectionModel } from '../record';
import { EmergencySummaryReference } from '../../../common/src/emergency-summary';
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
  /** An ISO calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
};

/** 健診結果: one specific health checkup (特定健診) or employer checkup (事業者健診) as the insurer received it. */
export type Checkup = {
  __typename?: 'Checkup';
  /** 受診時年齢: age on the day of the examination. */
  ageAtExam?: Maybe<Scalars['Int']['output']>;
  /** 受診日: the day of the examination. */
  examinedOn?: Maybe<Scalars['Date']['output']>;
  /** 年度: the fiscal year of the examination (April to March, named by the year it starts). */
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  /** 特定保健指導の階層化, computed from the items and the questionnaire. */
  guidance?: Maybe<Guidance>;
  id: Scalars['ID']['output'];
  /** 健診実施機関: where the examination took place. */
  institution?: Maybe<Institution>;
  /** 保険者番号 of the insurer the person belonged to on the day. */
  insurerNumber?: Maybe<Scalars['String']['output']>;
  /** 健診項目: the measured items. */
  items?: Maybe<CheckupItems>;
  kind?: Maybe<CheckupKind>;
  person?: Maybe<Person>;
  /** 質問票: the questionnaire answers the stratification uses. */
  questionnaire?: Maybe<Questionnaire>;
  sex?: Maybe<Sex>;
};

export type CheckupConnection = {
  __typename?: 'CheckupConnection';
  edges: Array<CheckupEdge>;
  nodes: Array<Checkup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CheckupEdge = {
  __typename?: 'CheckupEdge';
  cursor: Scalars['String']['output'];
  node: Checkup;
};

/** 健診項目. A null item was not measured. */
export type CheckupItems = {
  __typename?: 'CheckupItems';
  /** ALT (GPT) (U/L) */
  alt?: Maybe<Scalars['Int']['output']>;
  /** AST (GOT) (U/L) */
  ast?: Maybe<Scalars['Int']['output']>;
  /** BMI (kg/m², one decimal) */
  bmi?: Maybe<Scalars['Float']['output']>;
  /** 拡張期血圧 (mmHg) */
  diastolicBp?: Maybe<Scalars['Int']['output']>;
  /** γ-GT (γ-GTP) (U/L) */
  ggt?: Maybe<Scalars['Int']['output']>;
  /** 血糖 (mg/dL) */
  glucose?: Maybe<Scalars['Int']['output']>;
  /** Whether the glucose was drawn fasting (空腹時血糖) rather than at any time (随時血糖). */
  glucoseFasting?: Maybe<Scalars['Boolean']['output']>;
  /** HbA1c (NGSP, %) */
  hba1c?: Maybe<Scalars['Float']['output']>;
  /** HDLコレステロール (mg/dL) */
  hdl?: Maybe<Scalars['Int']['output']>;
  /** 身長 (cm) */
  heightCm?: Maybe<Scalars['Float']['output']>;
  /** LDLコレステロール (mg/dL) */
  ldl?: Maybe<Scalars['Int']['output']>;
  /** 収縮期血圧 (mmHg) */
  systolicBp?: Maybe<Scalars['Int']['output']>;
  /** 中性脂肪 (mg/dL) */
  triglycerides?: Maybe<Scalars['Int']['output']>;
  /** Whether the triglycerides were drawn fasting (空腹時) rather than at any time (随時). */
  triglyceridesFasting?: Maybe<Scalars['Boolean']['output']>;
  /** 尿糖 */
  urineGlucose?: Maybe<UrineTestResult>;
  /** 尿蛋白 */
  urineProtein?: Maybe<UrineTestResult>;
  /** 腹囲 (cm) */
  waistCm?: Maybe<Scalars['Float']['output']>;
  /** 体重 (kg) */
  weightKg?: Maybe<Scalars['Float']['output']>;
};

/** Which checkup produced the result. */
export type CheckupKind =
  /** 事業者健診: the employer's checkup under the Industrial Safety and Health Act, provided to the insurer in place of 特定健診. */
  | 'EMPLOYER'
  /** 特定健診: the insurer's specific health checkup (ages 40-74). */
  | 'SPECIFIC';

/** 救急時医療情報 (DOMAIN.md §4.2): the part of the emergency summary read from checkups. */
export type EmergencySummary = {
  __typename?: 'EmergencySummary';
  /** 特定健診の受診日: the dates of the person's checkups kept, newest first (their results are not part of the summary). */
  checkupDates?: Maybe<Array<Scalars['Date']['output']>>;
  /** The person the summary is of. */
  personId: Scalars['ID']['output'];
};

/** 特定保健指導の階層化 (4th period, from FY2024). */
export type Guidance = {
  __typename?: 'Guidance';
  /** 服薬中: on medication for blood pressure, lipids or glucose, so excluded from guidance (level INFORMATION). */
  excludedForMedication?: Maybe<Scalars['Boolean']['output']>;
  group?: Maybe<GuidanceGroup>;
  level?: Maybe<GuidanceLevel>;
  /** 追加リスクの数: the risks present, smoking included when it counts. */
  riskCount?: Maybe<Scalars['Int']['output']>;
  risks?: Maybe<GuidanceRisks>;
};

/** Step 1 of the stratification: the obesity group. */
export type GuidanceGroup =
  /** Waist (腹囲) at or above 85 cm for men, 90 cm for women. */
  | 'A'
  /** Waist below that, BMI at or above 25. */
  | 'B'
  /** Neither: information only. */
  | 'NONE';

/** 特定保健指導の階層化: the level of specific health guidance the checkup leads to. */
export type GuidanceLevel =
  /** 情報提供: information only (no guidance). */
  | 'INFORMATION'
  /** 積極的支援: intensive support. */
  | 'INTENSIVE'
  /** 動機付け支援: motivational support. */
  | 'MOTIVATIONAL';

/** Step 2 of the stratification: the additional risks (追加リスク). */
export type GuidanceRisks = {
  __typename?: 'GuidanceRisks';
  /** 血圧: systolic at or above 130 or diastolic at or above 85 mmHg. */
  bloodPressure?: Maybe<Scalars['Boolean']['output']>;
  /** 血糖: glucose at or above 100 mg/dL or HbA1c at or above 5.6%. */
  glucose?: Maybe<Scalars['Boolean']['output']>;
  /** 脂質: triglycerides at or above 150 fasting (175 otherwise) or HDL below 40 mg/dL. */
  lipids?: Maybe<Scalars['Boolean']['output']>;
  /** 喫煙: smoking, counted only when another risk is present. */
  smoking?: Maybe<Scalars['Boolean']['output']>;
};

/** A medical institution (医療機関), resolved by the eligibility subgraph. */
export type Institution = {
  __typename?: 'Institution';
  /** 医療機関コード (10 digits). */
  code: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * An insured person (被保険者), owned by the eligibility subgraph. The id is the internal opaque id,
 * never a My Number (個人番号).
 */
export type Person = {
  __typename?: 'Person';
  /**
   * 特定健診情報: the person's checkup results, newest first (five fiscal years are kept).
   * `fromYear` and `toYear` restrict them to fiscal years (年度, April to March, named by the year
   * it starts), both inclusive, from 2008 (when 特定健診 began) to 2100.
   */
  checkups?: Maybe<CheckupConnection>;
  id: Scalars['ID']['output'];
};


/**
 * An insured person (被保険者), owned by the eligibility subgraph. The id is the internal opaque id,
 * never a My Number (個人番号).
 */
export type PersonCheckupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** One checkup result (健診結果) by its id. */
  checkup?: Maybe<Checkup>;
};


export type QueryCheckupArgs = {
  id: Scalars['ID']['input'];
};

/** 質問票: the answers the stratification uses. A null answer was not given. */
export type Questionnaire = {
  __typename?: 'Questionnaire';
  /** 服薬 (血圧を下げる薬): on blood-pressure medication. */
  onBloodPressureMedication?: Maybe<Scalars['Boolean']['output']>;
  /** 服薬 (インスリン注射又は血糖を下げる薬): on glucose medication. */
  onGlucoseMedication?: Maybe<Scalars['Boolean']['output']>;
  /** 服薬 (コレステロールや中性脂肪を下げる薬): on lipid medication. */
  onLipidMedication?: Maybe<Scalars['Boolean']['output']>;
  /** 喫煙: a current smoker. */
  smoker?: Maybe<Scalars['Boolean']['output']>;
};

export type Sex =
  | 'FEMALE'
  | 'MALE';

/** A urine dipstick result (尿検査, 定性). */
export type UrineTestResult =
  /** − (陰性) */
  | 'NEGATIVE'
  /** + (陽性) */
  | 'ONE_PLUS'
  /** 3+ */
  | 'THREE_PLUS'
  /** ± (偽陽性) */
  | 'TRACE'
  /** 2+ */
  | 'TWO_PLUS';



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
  Checkup: ResolverTypeWrapper<CheckupRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CheckupConnection: ResolverTypeWrapper<CheckupConnectionModel>;
  CheckupEdge: ResolverTypeWrapper<Omit<CheckupEdge, 'node'> & { node: ResolversTypes['Checkup'] }>;
  CheckupItems: ResolverTypeWrapper<CheckupItems>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CheckupKind: CheckupKind;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EmergencySummary: ResolverTypeWrapper<EmergencySummaryReference>;
  Guidance: ResolverTypeWrapper<Guidance>;
  GuidanceGroup: GuidanceGroup;
  GuidanceLevel: GuidanceLevel;
  GuidanceRisks: ResolverTypeWrapper<GuidanceRisks>;
  Institution: ResolverTypeWrapper<Institution>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  Query: ResolverTypeWrapper<{}>;
  Questionnaire: ResolverTypeWrapper<Questionnaire>;
  Sex: Sex;
  UrineTestResult: UrineTestResult;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Checkup: CheckupRecord;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  CheckupConnection: CheckupConnectionModel;
  CheckupEdge: Omit<CheckupEdge, 'node'> & { node: ResolversParentTypes['Checkup'] };
  CheckupItems: CheckupItems;
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  EmergencySummary: EmergencySummaryReference;
  Guidance: Guidance;
  GuidanceRisks: GuidanceRisks;
  Institution: Institution;
  PageInfo: PageInfo;
  Person: PersonReference;
  Query: {};
  Questionnaire: Questionnaire;
  String: Scalars['String']['output'];
};

export type AccessPolicyDirectiveArgs = {
  key: Scalars['String']['input'];
};

export type AccessPolicyDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = AccessPolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CheckupResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Checkup'] = ResolversParentTypes['Checkup']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Checkup']>, { __typename: 'Checkup' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  ageAtExam?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  examinedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fiscalYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  guidance?: Resolver<Maybe<ResolversTypes['Guidance']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  insurerNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Maybe<ResolversTypes['CheckupItems']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['CheckupKind']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  questionnaire?: Resolver<Maybe<ResolversTypes['Questionnaire']>, ParentType, ContextType>;
  sex?: Resolver<Maybe<ResolversTypes['Sex']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CheckupConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CheckupConnection'] = ResolversParentTypes['CheckupConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CheckupEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Checkup']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CheckupEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CheckupEdge'] = ResolversParentTypes['CheckupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Checkup'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CheckupItemsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CheckupItems'] = ResolversParentTypes['CheckupItems']> = {
  alt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ast?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  bmi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  diastolicBp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ggt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  glucose?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  glucoseFasting?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hba1c?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hdl?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  heightCm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ldl?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  systolicBp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  triglycerides?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  triglyceridesFasting?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  urineGlucose?: Resolver<Maybe<ResolversTypes['UrineTestResult']>, ParentType, ContextType>;
  urineProtein?: Resolver<Maybe<ResolversTypes['UrineTestResult']>, ParentType, ContextType>;
  waistCm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  weightKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EmergencySummaryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencySummary'] = ResolversParentTypes['EmergencySummary']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmergencySummary']>, { __typename: 'EmergencySummary' } & GraphQLRecursivePick<ParentType, {"personId":true}>, ContextType>;
  checkupDates?: Resolver<Maybe<Array<ResolversTypes['Date']>>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GuidanceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Guidance'] = ResolversParentTypes['Guidance']> = {
  excludedForMedication?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['GuidanceGroup']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['GuidanceLevel']>, ParentType, ContextType>;
  riskCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  risks?: Resolver<Maybe<ResolversTypes['GuidanceRisks']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GuidanceRisksResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['GuidanceRisks'] = ResolversParentTypes['GuidanceRisks']> = {
  bloodPressure?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  glucose?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lipids?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  smoking?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstitutionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  checkups?: Resolver<Maybe<ResolversTypes['CheckupConnection']>, ParentType, ContextType, RequireFields<PersonCheckupsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  checkup?: Resolver<Maybe<ResolversTypes['Checkup']>, ParentType, ContextType, RequireFields<QueryCheckupArgs, 'id'>>;
};

export type QuestionnaireResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Questionnaire'] = ResolversParentTypes['Questionnaire']> = {
  onBloodPressureMedication?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  onGlucoseMedication?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  onLipidMedication?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  smoker?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  Checkup?: CheckupResolvers<ContextType>;
  CheckupConnection?: CheckupConnectionResolvers<ContextType>;
  CheckupEdge?: CheckupEdgeResolvers<ContextType>;
  CheckupItems?: CheckupItemsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  EmergencySummary?: EmergencySummaryResolvers<ContextType>;
  Guidance?: GuidanceResolvers<ContextType>;
  GuidanceRisks?: GuidanceRisksResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Questionnaire?: QuestionnaireResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = SubgraphContext> = {
  accessPolicy?: AccessPolicyDirectiveResolver<any, any, ContextType>;
};
