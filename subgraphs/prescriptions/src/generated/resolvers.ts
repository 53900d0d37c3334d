import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonRef, InstitutionRef, DrugRow, DispensingRow, DispensingEdgeModel, DispensingConnectionModel, ElectronicPrescriptionRow, ElectronicPrescriptionEdgeModel, ElectronicPrescriptionConnectionModel, PrescriptionItemRow, DuplicateCheckResultModel, DuplicateFindingModel } from '../rows';
import { EmergencySummaryReference } from '../../../common/src/emergency-summary';
import { EmergencyMedicationRow } from '../emergency-summary';
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
  /** An ISO calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
};

/** 調剤: one drug dispensed to the person (薬剤情報, derived from claims). */
export type Dispensing = {
  __typename?: 'Dispensing';
  /** 1日用量 (per use for as-needed drugs). */
  dailyQuantity?: Maybe<Scalars['Float']['output']>;
  /** 投与日数 (or the number of uses for as-needed drugs). */
  days?: Maybe<Scalars['Int']['output']>;
  /** 調剤年月日. */
  dispensedOn?: Maybe<Scalars['Date']['output']>;
  /** 調剤した薬局 (or the institution itself for in-house dispensing 院内処方). */
  dispensingInstitution?: Maybe<Institution>;
  /** 調剤した薬局・医療機関の名称: given to the patient only. */
  dispensingInstitutionName?: Maybe<Scalars['String']['output']>;
  /** The drug in the drug master. */
  drug?: Maybe<Drug>;
  /** 医薬品コード as dispensed. */
  drugCode?: Maybe<Scalars['String']['output']>;
  /** 医薬品名 as dispensed. */
  drugName?: Maybe<Scalars['String']['output']>;
  /** The electronic prescription (電子処方箋) this was dispensed from, if any. */
  electronicPrescription?: Maybe<ElectronicPrescription>;
  id: Scalars['ID']['output'];
  /** 処方年月日. */
  prescribedOn?: Maybe<Scalars['Date']['output']>;
  /** 処方した医療機関. */
  prescribingInstitution?: Maybe<Institution>;
  /** 処方した医療機関の名称. */
  prescribingInstitutionName?: Maybe<Scalars['String']['output']>;
  /** 調剤数量: daily quantity times days. */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** 単位. */
  unit?: Maybe<Scalars['String']['output']>;
};

export type DispensingConnection = {
  __typename?: 'DispensingConnection';
  edges: Array<DispensingEdge>;
  nodes: Array<Dispensing>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DispensingEdge = {
  __typename?: 'DispensingEdge';
  cursor: Scalars['String']['output'];
  node: Dispensing;
};

/** 医薬品: an entry of the drug master (医薬品マスター). */
export type Drug = {
  __typename?: 'Drug';
  /** 頓服: taken as needed rather than daily. */
  asNeeded: Scalars['Boolean']['output'];
  /** 医薬品コード (9 digits, レセ電). */
  code: Scalars['String']['output'];
  /** 薬効分類 (therapeutic class). */
  drugClass: Scalars['String']['output'];
  /** 成分コード: drugs with the same ingredient and route duplicate each other. */
  ingredientCode: Scalars['String']['output'];
  /** 成分名 (一般名). */
  ingredientName: Scalars['String']['output'];
  /** 医薬品名 (販売名). */
  name: Scalars['String']['output'];
  /** 投与経路. */
  route: DrugRoute;
  /** 単位 (錠, ｇ, 瓶, ...). */
  unit: Scalars['String']['output'];
};

/** 投与経路: how a drug is taken. */
export type DrugRoute =
  /** 吸入 */
  | 'INHALED'
  /** 注射 */
  | 'INJECTION'
  /** 内服 */
  | 'ORAL'
  /** 外用 */
  | 'TOPICAL';

/** 重複投薬チェックの結果. */
export type DuplicateCheckResult = {
  __typename?: 'DuplicateCheckResult';
  /** The date the check was made for (a dispensing is current when that date falls within the days it covers). */
  checkedOn?: Maybe<Scalars['Date']['output']>;
  /** 重複投薬: empty when nothing duplicates. */
  findings?: Maybe<Array<DuplicateFinding>>;
};

/** 重複投薬: one duplicate found. */
export type DuplicateFinding = {
  __typename?: 'DuplicateFinding';
  /** The candidate drug that duplicates `current`; null for a duplicate within the current medication. */
  candidate?: Maybe<Drug>;
  /** A dispensing the person is taking on the check date. */
  current?: Maybe<Dispensing>;
  /** For a duplicate within the current medication: the other current dispensing, from a different prescription. */
  other?: Maybe<Dispensing>;
  reason?: Maybe<DuplicateReason>;
};

/** Why two drugs duplicate each other. */
export type DuplicateReason =
  /** 同一成分・同一投与経路: the same ingredient taken the same way (a topical and an oral form do not duplicate). */
  | 'SAME_INGREDIENT_AND_ROUTE';

/** 電子処方箋: an electronic prescription (launched 2023-01-26). */
export type ElectronicPrescription = {
  __typename?: 'ElectronicPrescription';
  /** 調剤年月日, once dispensed. */
  dispensedOn?: Maybe<Scalars['Date']['output']>;
  /** 調剤した薬局, once dispensed. */
  dispensingInstitution?: Maybe<Institution>;
  /** 調剤した薬局の名称: given to the patient only. */
  dispensingInstitutionName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 交付年月日. */
  issuedOn?: Maybe<Scalars['Date']['output']>;
  /** 発行した医療機関. */
  issuingInstitution?: Maybe<Institution>;
  /** 発行した医療機関の名称. */
  issuingInstitutionName?: Maybe<Scalars['String']['output']>;
  /** 処方内容: the prescribed drugs in order. */
  items?: Maybe<Array<PrescriptionItem>>;
  status?: Maybe<ElectronicPrescriptionStatus>;
};

export type ElectronicPrescriptionConnection = {
  __typename?: 'ElectronicPrescriptionConnection';
  edges: Array<ElectronicPrescriptionEdge>;
  nodes: Array<ElectronicPrescription>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ElectronicPrescriptionEdge = {
  __typename?: 'ElectronicPrescriptionEdge';
  cursor: Scalars['String']['output'];
  node: ElectronicPrescription;
};

/** 電子処方箋の状態. */
export type ElectronicPrescriptionStatus =
  /** 取消: cancelled by the issuing institution. */
  | 'CANCELLED'
  /** 調剤済: dispensed at a pharmacy. */
  | 'DISPENSED'
  /** 期限切れ: not dispensed within 4 days of issue (使用期間). */
  | 'EXPIRED'
  /** 発行済: issued, not yet dispensed. */
  | 'ISSUED';

/** A drug dispensed, as the emergency summary shows it (the dispensing pharmacy is the patient's only to know). */
export type EmergencyMedication = {
  __typename?: 'EmergencyMedication';
  /** 1日量 */
  dailyQuantity?: Maybe<Scalars['Float']['output']>;
  /** 日数 */
  days?: Maybe<Scalars['Int']['output']>;
  /** 調剤日 */
  dispensedOn?: Maybe<Scalars['Date']['output']>;
  /** 医薬品コード (9 digits) */
  drugCode?: Maybe<Scalars['String']['output']>;
  drugName?: Maybe<Scalars['String']['output']>;
  /** The institution that prescribed it. */
  prescribingInstitutionName?: Maybe<Scalars['String']['output']>;
};

/**
 * 救急時医療情報 (DOMAIN.md §4.2): the parts of the emergency summary read from medication information
 * and electronic prescriptions, each over the period of the access policy, counted back from today (Japan).
 */
export type EmergencySummary = {
  __typename?: 'EmergencySummary';
  /** 電子処方箋: the drugs of electronic prescriptions dispensed in the last 45 days, newest first. */
  electronicPrescriptionDispensings?: Maybe<Array<EmergencyMedication>>;
  /** 薬剤情報: drugs dispensed in the last 3 months, newest first. */
  medications?: Maybe<Array<EmergencyMedication>>;
  /** The person the summary is of. */
  personId: Scalars['ID']['output'];
};

/** A medical institution or pharmacy (医療機関・薬局), resolved by eligibility. */
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
 * The insured person (owned by eligibility; the id is the internal opaque id, never a My Number).
 * This subgraph adds the person's medication information (薬剤情報) and electronic prescriptions (電子処方箋).
 */
export type Person = {
  __typename?: 'Person';
  /**
   * 重複投薬チェック: checks the candidate drugs (9-digit drug codes, at most 20) against the drugs the person is
   * taking on `asOf` (default: today in Japan), and reports duplicates within the current medication itself.
   */
  duplicateMedicationCheck?: Maybe<DuplicateCheckResult>;
  /** 電子処方箋: electronic prescriptions issued for the person, newest first, optionally of one status. */
  electronicPrescriptions?: Maybe<ElectronicPrescriptionConnection>;
  id: Scalars['ID']['output'];
  /**
   * 薬剤情報: drugs dispensed to the person, newest first, derived from claims. Covers the last 3 years only;
   * `from` / `to` narrow it further (inclusive dispensing dates).
   */
  medications?: Maybe<DispensingConnection>;
};


/**
 * The insured person (owned by eligibility; the id is the internal opaque id, never a My Number).
 * This subgraph adds the person's medication information (薬剤情報) and electronic prescriptions (電子処方箋).
 */
export type PersonDuplicateMedicationCheckArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  drugCodes: Array<Scalars['String']['input']>;
};


/**
 * The insured person (owned by eligibility; the id is the internal opaque id, never a My Number).
 * This subgraph adds the person's medication information (薬剤情報) and electronic prescriptions (電子処方箋).
 */
export type PersonElectronicPrescriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ElectronicPrescriptionStatus>;
};


/**
 * The insured person (owned by eligibility; the id is the internal opaque id, never a My Number).
 * This subgraph adds the person's medication information (薬剤情報) and electronic prescriptions (電子処方箋).
 */
export type PersonMedicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** 処方内容の1行: one prescribed drug of an electronic prescription. */
export type PrescriptionItem = {
  __typename?: 'PrescriptionItem';
  /** 頓服. */
  asNeeded?: Maybe<Scalars['Boolean']['output']>;
  /** 1日用量 (per use for as-needed drugs). */
  dailyQuantity?: Maybe<Scalars['Float']['output']>;
  /** 投与日数 (or the number of uses for as-needed drugs). */
  days?: Maybe<Scalars['Int']['output']>;
  drug?: Maybe<Drug>;
  drugCode?: Maybe<Scalars['String']['output']>;
  drugName?: Maybe<Scalars['String']['output']>;
  /** 行番号 (from 1). */
  seq?: Maybe<Scalars['Int']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** 医薬品マスター: one drug by its 9-digit drug code (医薬品コード, レセ電). Null when the code is not in the master. */
  drug?: Maybe<Drug>;
};


export type QueryDrugArgs = {
  code: Scalars['String']['input'];
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
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Dispensing: ResolverTypeWrapper<DispensingRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DispensingConnection: ResolverTypeWrapper<DispensingConnectionModel>;
  DispensingEdge: ResolverTypeWrapper<DispensingEdgeModel>;
  Drug: ResolverTypeWrapper<DrugRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DrugRoute: DrugRoute;
  DuplicateCheckResult: ResolverTypeWrapper<DuplicateCheckResultModel>;
  DuplicateFinding: ResolverTypeWrapper<DuplicateFindingModel>;
  DuplicateReason: DuplicateReason;
  ElectronicPrescription: ResolverTypeWrapper<ElectronicPrescriptionRow>;
  ElectronicPrescriptionConnection: ResolverTypeWrapper<ElectronicPrescriptionConnectionModel>;
  ElectronicPrescriptionEdge: ResolverTypeWrapper<ElectronicPrescriptionEdgeModel>;
  ElectronicPrescriptionStatus: ElectronicPrescriptionStatus;
  EmergencyMedication: ResolverTypeWrapper<EmergencyMedicationRow>;
  EmergencySummary: ResolverTypeWrapper<EmergencySummaryReference>;
  Institution: ResolverTypeWrapper<InstitutionRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonRef>;
  PrescriptionItem: ResolverTypeWrapper<PrescriptionItemRow>;
  Query: ResolverTypeWrapper<{}>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Scalars['Date']['output'];
  Dispensing: DispensingRow;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  DispensingConnection: DispensingConnectionModel;
  DispensingEdge: DispensingEdgeModel;
  Drug: DrugRow;
  Boolean: Scalars['Boolean']['output'];
  DuplicateCheckResult: DuplicateCheckResultModel;
  DuplicateFinding: DuplicateFindingModel;
  ElectronicPrescription: ElectronicPrescriptionRow;
  ElectronicPrescriptionConnection: ElectronicPrescriptionConnectionModel;
  ElectronicPrescriptionEdge: ElectronicPrescriptionEdgeModel;
  EmergencyMedication: EmergencyMedicationRow;
  EmergencySummary: EmergencySummaryReference;
  Institution: InstitutionRef;
  PageInfo: PageInfo;
  Person: PersonRef;
  PrescriptionItem: PrescriptionItemRow;
  Query: {};
  String: Scalars['String']['output'];
};

export type AccessPolicyDirectiveArgs = {
  key: Scalars['String']['input'];
};

export type AccessPolicyDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = AccessPolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DispensingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Dispensing'] = ResolversParentTypes['Dispensing']> = {
  dailyQuantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dispensedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dispensingInstitution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  dispensingInstitutionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  drug?: Resolver<Maybe<ResolversTypes['Drug']>, ParentType, ContextType>;
  drugCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  drugName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  electronicPrescription?: Resolver<Maybe<ResolversTypes['ElectronicPrescription']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prescribedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  prescribingInstitution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  prescribingInstitutionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DispensingConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DispensingConnection'] = ResolversParentTypes['DispensingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DispensingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Dispensing']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DispensingEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DispensingEdge'] = ResolversParentTypes['DispensingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dispensing'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DrugResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Drug'] = ResolversParentTypes['Drug']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Drug']>, { __typename: 'Drug' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  asNeeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  drugClass?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ingredientCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ingredientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  route?: Resolver<ResolversTypes['DrugRoute'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DuplicateCheckResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DuplicateCheckResult'] = ResolversParentTypes['DuplicateCheckResult']> = {
  checkedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  findings?: Resolver<Maybe<Array<ResolversTypes['DuplicateFinding']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DuplicateFindingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DuplicateFinding'] = ResolversParentTypes['DuplicateFinding']> = {
  candidate?: Resolver<Maybe<ResolversTypes['Drug']>, ParentType, ContextType>;
  current?: Resolver<Maybe<ResolversTypes['Dispensing']>, ParentType, ContextType>;
  other?: Resolver<Maybe<ResolversTypes['Dispensing']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['DuplicateReason']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ElectronicPrescriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ElectronicPrescription'] = ResolversParentTypes['ElectronicPrescription']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ElectronicPrescription']>, { __typename: 'ElectronicPrescription' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  dispensedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dispensingInstitution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  dispensingInstitutionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issuingInstitution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  issuingInstitutionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes['PrescriptionItem']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ElectronicPrescriptionStatus']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ElectronicPrescriptionConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ElectronicPrescriptionConnection'] = ResolversParentTypes['ElectronicPrescriptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ElectronicPrescriptionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ElectronicPrescription']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ElectronicPrescriptionEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ElectronicPrescriptionEdge'] = ResolversParentTypes['ElectronicPrescriptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ElectronicPrescription'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmergencyMedicationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyMedication'] = ResolversParentTypes['EmergencyMedication']> = {
  dailyQuantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dispensedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  drugCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  drugName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prescribingInstitutionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmergencySummaryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencySummary'] = ResolversParentTypes['EmergencySummary']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmergencySummary']>, { __typename: 'EmergencySummary' } & GraphQLRecursivePick<ParentType, {"personId":true}>, ContextType>;
  electronicPrescriptionDispensings?: Resolver<Maybe<Array<ResolversTypes['EmergencyMedication']>>, ParentType, ContextType>;
  medications?: Resolver<Maybe<Array<ResolversTypes['EmergencyMedication']>>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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
  duplicateMedicationCheck?: Resolver<Maybe<ResolversTypes['DuplicateCheckResult']>, ParentType, ContextType, RequireFields<PersonDuplicateMedicationCheckArgs, 'drugCodes'>>;
  electronicPrescriptions?: Resolver<Maybe<ResolversTypes['ElectronicPrescriptionConnection']>, ParentType, ContextType, RequireFields<PersonElectronicPrescriptionsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  medications?: Resolver<Maybe<ResolversTypes['DispensingConnection']>, ParentType, ContextType, RequireFields<PersonMedicationsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PrescriptionItemResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PrescriptionItem'] = ResolversParentTypes['PrescriptionItem']> = {
  asNeeded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  dailyQuantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  drug?: Resolver<Maybe<ResolversTypes['Drug']>, ParentType, ContextType>;
  drugCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  drugName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  drug?: Resolver<Maybe<ResolversTypes['Drug']>, ParentType, ContextType, RequireFields<QueryDrugArgs, 'code'>>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  Date?: GraphQLScalarType;
  Dispensing?: DispensingResolvers<ContextType>;
  DispensingConnection?: DispensingConnectionResolvers<ContextType>;
  DispensingEdge?: DispensingEdgeResolvers<ContextType>;
  Drug?: DrugResolvers<ContextType>;
  DuplicateCheckResult?: DuplicateCheckResultResolvers<ContextType>;
  DuplicateFinding?: DuplicateFindingResolvers<ContextType>;
  ElectronicPrescription?: ElectronicPrescriptionResolvers<ContextType>;
  ElectronicPrescriptionConnection?: ElectronicPrescriptionConnectionResolvers<ContextType>;
  ElectronicPrescriptionEdge?: ElectronicPrescriptionEdgeResolvers<ContextType>;
  EmergencyMedication?: EmergencyMedicationResolvers<ContextType>;
  EmergencySummary?: EmergencySummaryResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PrescriptionItem?: PrescriptionItemResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = SubgraphContext> = {
  accessPolicy?: AccessPolicyDirectiveResolver<any, any, ContextType>;
};
