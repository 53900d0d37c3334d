import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonReference, InstitutionReference, AccessLogModel, AccessEventModel, AccessEventConnectionModel } from '../models';
import { DecidedField } from '../../../../common/src/audit/field-decisions';
import { EmergencyInspectionModel, InspectedAccessModel } from '../inspection';
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
  Date: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
};

/**
 * The category of the data a field belongs to: the access policy's categories of a person's data, the
 * access log itself, and ANALYTICS for the aggregates of an analytics query (an event with no person).
 */
export type AccessCategory =
  | 'ACCESS_LOG'
  | 'ANALYTICS'
  | 'BILLING'
  | 'CHECKUPS'
  | 'DIAGNOSES'
  | 'ELIGIBILITY'
  | 'MEDICAL_CARE'
  | 'MEDICATIONS'
  | 'VISITS';

/** An access event: one request's access to one person's data, as auditors read it. */
export type AccessEvent = {
  __typename?: 'AccessEvent';
  basis?: Maybe<AccessEventBasis>;
  categories?: Maybe<Array<AccessCategory>>;
  /** The hash chain: the chain (one per gateway instance start), the event's place in it, its hash and its predecessor's. */
  chainId?: Maybe<Scalars['ID']['output']>;
  /** The deny reasons of the fields withheld. */
  denyReasons?: Maybe<Array<Scalars['String']['output']>>;
  /** Disaster-mode access (災害時): flagged for review. */
  disaster?: Maybe<Scalars['Boolean']['output']>;
  /** Emergency access (救急時): flagged for review. */
  emergency?: Maybe<Scalars['Boolean']['output']>;
  /** The event as a FHIR R4 AuditEvent (IHE Basic Audit Log Patterns), JSON. */
  fhirAuditEvent?: Maybe<Scalars['String']['output']>;
  fields?: Maybe<Array<AccessedField>>;
  hash?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  institution?: Maybe<Institution>;
  /** 医療機関コード of the caller's institution. */
  institutionCode?: Maybe<Scalars['String']['output']>;
  outcome?: Maybe<AccessOutcome>;
  /** The person whose data it was; null for an analytics query, which reaches no person. */
  personId?: Maybe<Scalars['ID']['output']>;
  previousHash?: Maybe<Scalars['String']['output']>;
  purposeOfUse?: Maybe<PurposeOfUse>;
  /** The qualification on record (staff). */
  qualification?: Maybe<Scalars['String']['output']>;
  /** When (ISO 8601 instant, UTC). */
  recordedAt?: Maybe<Scalars['String']['output']>;
  /** The gateway's id of the request (the `x-request-id` of its answer). */
  requestId?: Maybe<Scalars['String']['output']>;
  role?: Maybe<AccessorRole>;
  sequence?: Maybe<Scalars['Int']['output']>;
  /** The registered terminal the request came from. */
  terminalId?: Maybe<Scalars['String']['output']>;
  /** RECEPTION, EXAMINATION_ROOM or EMERGENCY_ONLY (救急専用端末). */
  terminalKind?: Maybe<Scalars['String']['output']>;
  /** The login id of the staff member or internal user, or the person id of a patient. */
  userId?: Maybe<Scalars['String']['output']>;
};

/** The basis a person's data was read under (DOMAIN.md §4), as the access log records it. */
export type AccessEventBasis =
  /** 本人同意 at an institution's card reader (§4.1) */
  | 'CONSENT'
  /** 災害時 (§4.4) */
  | 'DISASTER'
  /** 救急時, no card: identified by four attributes (§4.3) */
  | 'EMERGENCY_NO_CARD'
  /** 救急時, the patient's card present (§4.2) */
  | 'EMERGENCY_WITH_CARD'
  /** The patient's own data (§4.5) */
  | 'SELF';

export type AccessEventConnection = {
  __typename?: 'AccessEventConnection';
  edges: Array<AccessEventEdge>;
  nodes: Array<AccessEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccessEventEdge = {
  __typename?: 'AccessEventEdge';
  cursor: Scalars['String']['output'];
  node: AccessEvent;
};

/** Which events to list; every condition given must hold. */
export type AccessEventFilter = {
  /** Any of these bases. */
  bases?: InputMaybe<Array<AccessEventBasis>>;
  /** Only emergency and disaster accesses. */
  emergencyOrDisaster?: InputMaybe<Scalars['Boolean']['input']>;
  /** From this instant on (ISO 8601), inclusive. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** 医療機関コード */
  institutionCode?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<AccessOutcome>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Before this instant (ISO 8601). */
  to?: InputMaybe<Scalars['String']['input']>;
  /** A login id, or a patient's person id. */
  userId?: InputMaybe<Scalars['String']['input']>;
};

export type AccessHistoryConnection = {
  __typename?: 'AccessHistoryConnection';
  edges: Array<AccessHistoryEdge>;
  nodes: Array<AccessHistoryEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccessHistoryEdge = {
  __typename?: 'AccessHistoryEdge';
  cursor: Scalars['String']['output'];
  node: AccessHistoryEntry;
};

/** One access to a person's data as the person sees it. */
export type AccessHistoryEntry = {
  __typename?: 'AccessHistoryEntry';
  /** When (ISO 8601 instant, UTC). */
  accessedAt?: Maybe<Scalars['String']['output']>;
  /** The role the reader acted in (a physician, a pharmacist, reception, the person, an auditor): not who. */
  accessorRole?: Maybe<AccessorRole>;
  /** The basis it was read under; null when it needed none (an eligibility check) or nothing was served. */
  basis?: Maybe<AccessEventBasis>;
  /** The categories of data asked for. */
  categories?: Maybe<Array<AccessCategory>>;
  /** A disaster-mode access (災害時). */
  disaster?: Maybe<Scalars['Boolean']['output']>;
  /** An emergency access (救急時). */
  emergency?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** The institution that looked; null for the person themself and for the operating organisation's auditors. */
  institution?: Maybe<Institution>;
  outcome?: Maybe<AccessOutcome>;
};

/** The access log, for auditors (DOMAIN.md §3, §6). */
export type AccessLog = {
  __typename?: 'AccessLog';
  /** Events newest first. */
  events?: Maybe<AccessEventConnection>;
};


/** The access log, for auditors (DOMAIN.md §3, §6). */
export type AccessLogEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: AccessEventFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What came of an access. */
export type AccessOutcome =
  /** Every field asked for was served. */
  | 'ALLOWED'
  /** Some fields were served, others withheld (each with its deny reason). */
  | 'PARTIAL'
  /** Nothing of the person's data was served. */
  | 'REFUSED';

/** One field of a person's data in an access, and what the policy decided. */
export type AccessedField = {
  __typename?: 'AccessedField';
  /** Served, for at least one record. */
  allowed?: Maybe<Scalars['Boolean']['output']>;
  /** The basis it was served under. */
  basis?: Maybe<AccessEventBasis>;
  category?: Maybe<AccessCategory>;
  /** Why it was withheld, for the records it was (deny reasons of the access policy). */
  denyReasons?: Maybe<Array<Scalars['String']['output']>>;
  /** `Type.field` of the graph. */
  field?: Maybe<Scalars['String']['output']>;
};

/** Who read: the role the caller acted in. */
export type AccessorRole =
  | 'ANALYST'
  | 'AUDITOR'
  | 'CLERK'
  | 'DENTIST'
  | 'NURSE'
  | 'OPERATOR'
  | 'PATIENT'
  | 'PHARMACIST'
  | 'PHYSICIAN';

/**
 * The auditors' periodic inspection (seed 000 救急時②), read from the access log: the access events under
 * emergency access without a card (the opening of each access, and every read under it), against the EHR
 * registrations institutions report.
 */
export type EmergencyInspection = {
  __typename?: 'EmergencyInspection';
  /** Access events under emergency access without a card in the period: openings and reads. */
  accessCount?: Maybe<Scalars['Int']['output']>;
  /** Every one of them, oldest first. */
  accesses?: Maybe<Array<InspectedAccess>>;
  /** The first day inspected (Japan). */
  from?: Maybe<Scalars['Date']['output']>;
  /** The last day inspected (Japan). */
  to?: Maybe<Scalars['Date']['output']>;
  /** Those with no EHR registration of the patient at the institution at or after the access was opened, oldest first. */
  unregistered?: Maybe<Array<InspectedAccess>>;
};

/** One access event under an emergency access without a card, as the inspection shows it. */
export type InspectedAccess = {
  __typename?: 'InspectedAccess';
  /** When (ISO 8601 instant, UTC). */
  accessedAt?: Maybe<Scalars['String']['output']>;
  /** The emergency ID the caller was signed in with. */
  emergencyId?: Maybe<Scalars['String']['output']>;
  /** The access event (`accessLog.events`). */
  eventId?: Maybe<Scalars['ID']['output']>;
  institution?: Maybe<Institution>;
  /** The opening of the access (openEmergencyAccessWithoutCard) rather than a read under it. */
  opening?: Maybe<Scalars['Boolean']['output']>;
  outcome?: Maybe<AccessOutcome>;
  /** The patient's opaque id. */
  personId?: Maybe<Scalars['ID']['output']>;
  /** The qualification on record of the staff member. */
  qualification?: Maybe<Scalars['String']['output']>;
  /** The institution reported an EHR registration of the patient at or after the access was opened. */
  registered?: Maybe<Scalars['Boolean']['output']>;
  /** The gateway's id of the request. */
  requestId?: Maybe<Scalars['String']['output']>;
  terminalId?: Maybe<Scalars['ID']['output']>;
  /** The staff member the emergency ID was issued to (the name is for auditors). */
  viewerName?: Maybe<Scalars['String']['output']>;
};

/** 医療機関等 (eligibility resolves it). */
export type Institution = {
  __typename?: 'Institution';
  code: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Person = {
  __typename?: 'Person';
  /**
   * Who looked at this person's data (DOMAIN.md §6): every access, allowed or refused, newest first.
   * The person reads their own history: which institution, when, under which basis, which
   * categories; never the staff member. Auditors read it too.
   */
  accessHistory?: Maybe<AccessHistoryConnection>;
  id: Scalars['ID']['output'];
};


export type PersonAccessHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The purpose of use recorded with an access (HL7 v3 ActReason codes, as FHIR AuditEvent and IHE
 * BALP carry them).
 */
export type PurposeOfUse =
  /** Coverage: a reception clerk's eligibility check. */
  | 'COVERAGE'
  /** Emergency treatment (break the glass): emergency access. */
  | 'ETREAT'
  /** Healthcare operations: an auditor, analyst or operator. */
  | 'HOPERAT'
  /** Patient requested: the patient reading their own data. */
  | 'PATRQT'
  /** Treatment: an institution reading under consent or disaster access, or trying to. */
  | 'TREAT';

export type Query = {
  __typename?: 'Query';
  /** The access log. Its events are for auditors only: anyone else is refused them. */
  accessLog: AccessLog;
  /**
   * Auditors only: the periodic inspection of emergency access without a card from `from` to `to` (days in
   * Japan, inclusive, at most a year), from the access log.
   */
  emergencyInspection: EmergencyInspection;
};


export type QueryEmergencyInspectionArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
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
  AccessCategory: AccessCategory;
  AccessEvent: ResolverTypeWrapper<AccessEventModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessEventBasis: AccessEventBasis;
  AccessEventConnection: ResolverTypeWrapper<AccessEventConnectionModel>;
  AccessEventEdge: ResolverTypeWrapper<Omit<AccessEventEdge, 'node'> & { node: ResolversTypes['AccessEvent'] }>;
  AccessEventFilter: AccessEventFilter;
  AccessHistoryConnection: ResolverTypeWrapper<AccessEventConnectionModel>;
  AccessHistoryEdge: ResolverTypeWrapper<Omit<AccessHistoryEdge, 'node'> & { node: ResolversTypes['AccessHistoryEntry'] }>;
  AccessHistoryEntry: ResolverTypeWrapper<AccessEventModel>;
  AccessLog: ResolverTypeWrapper<AccessLogModel>;
  AccessOutcome: AccessOutcome;
  AccessedField: ResolverTypeWrapper<DecidedField>;
  AccessorRole: AccessorRole;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EmergencyInspection: ResolverTypeWrapper<EmergencyInspectionModel>;
  InspectedAccess: ResolverTypeWrapper<InspectedAccessModel>;
  Institution: ResolverTypeWrapper<InstitutionReference>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  PurposeOfUse: PurposeOfUse;
  Query: ResolverTypeWrapper<{}>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessEvent: AccessEventModel;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  AccessEventConnection: AccessEventConnectionModel;
  AccessEventEdge: Omit<AccessEventEdge, 'node'> & { node: ResolversParentTypes['AccessEvent'] };
  AccessEventFilter: AccessEventFilter;
  AccessHistoryConnection: AccessEventConnectionModel;
  AccessHistoryEdge: Omit<AccessHistoryEdge, 'node'> & { node: ResolversParentTypes['AccessHistoryEntry'] };
  AccessHistoryEntry: AccessEventModel;
  AccessLog: AccessLogModel;
  AccessedField: DecidedField;
  Date: Scalars['Date']['output'];
  EmergencyInspection: EmergencyInspectionModel;
  InspectedAccess: InspectedAccessModel;
  Institution: InstitutionReference;
  PageInfo: PageInfo;
  Person: PersonReference;
  Query: {};
  String: Scalars['String']['output'];
};

export type AccessPolicyDirectiveArgs = {
  key: Scalars['String']['input'];
};

export type AccessPolicyDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = AccessPolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccessEvent'] = ResolversParentTypes['AccessEvent']> = {
  basis?: Resolver<Maybe<ResolversTypes['AccessEventBasis']>, ParentType, ContextType>;
  categories?: Resolver<Maybe<Array<ResolversTypes['AccessCategory']>>, ParentType, ContextType>;
  chainId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  denyReasons?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  disaster?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  emergency?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  fhirAuditEvent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Maybe<Array<ResolversTypes['AccessedField']>>, ParentType, ContextType>;
  hash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  institutionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['AccessOutcome']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  previousHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purposeOfUse?: Resolver<Maybe<ResolversTypes['PurposeOfUse']>, ParentType, ContextType>;
  qualification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['AccessorRole']>, ParentType, ContextType>;
  sequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  terminalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terminalKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccessEventConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccessEventConnection'] = ResolversParentTypes['AccessEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccessEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AccessEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccessEventEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccessEventEdge'] = ResolversParentTypes['AccessEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessEvent'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccessHistoryConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccessHistoryConnection'] = ResolversParentTypes['AccessHistoryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccessHistoryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AccessHistoryEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccessHistoryEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccessHistoryEdge'] = ResolversParentTypes['AccessHistoryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessHistoryEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccessHistoryEntryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccessHistoryEntry'] = ResolversParentTypes['AccessHistoryEntry']> = {
  accessedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessorRole?: Resolver<Maybe<ResolversTypes['AccessorRole']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['AccessEventBasis']>, ParentType, ContextType>;
  categories?: Resolver<Maybe<Array<ResolversTypes['AccessCategory']>>, ParentType, ContextType>;
  disaster?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  emergency?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['AccessOutcome']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccessLogResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccessLog'] = ResolversParentTypes['AccessLog']> = {
  events?: Resolver<Maybe<ResolversTypes['AccessEventConnection']>, ParentType, ContextType, RequireFields<AccessLogEventsArgs, 'filter' | 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccessedFieldResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccessedField'] = ResolversParentTypes['AccessedField']> = {
  allowed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['AccessEventBasis']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['AccessCategory']>, ParentType, ContextType>;
  denyReasons?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EmergencyInspectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyInspection'] = ResolversParentTypes['EmergencyInspection']> = {
  accessCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  accesses?: Resolver<Maybe<Array<ResolversTypes['InspectedAccess']>>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  unregistered?: Resolver<Maybe<Array<ResolversTypes['InspectedAccess']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InspectedAccessResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InspectedAccess'] = ResolversParentTypes['InspectedAccess']> = {
  accessedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emergencyId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  opening?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['AccessOutcome']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  qualification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registered?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terminalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  viewerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  accessHistory?: Resolver<Maybe<ResolversTypes['AccessHistoryConnection']>, ParentType, ContextType, RequireFields<PersonAccessHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessLog?: Resolver<ResolversTypes['AccessLog'], ParentType, ContextType>;
  emergencyInspection?: Resolver<ResolversTypes['EmergencyInspection'], ParentType, ContextType, RequireFields<QueryEmergencyInspectionArgs, 'from' | 'to'>>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  AccessEvent?: AccessEventResolvers<ContextType>;
  AccessEventConnection?: AccessEventConnectionResolvers<ContextType>;
  AccessEventEdge?: AccessEventEdgeResolvers<ContextType>;
  AccessHistoryConnection?: AccessHistoryConnectionResolvers<ContextType>;
  AccessHistoryEdge?: AccessHistoryEdgeResolvers<ContextType>;
  AccessHistoryEntry?: AccessHistoryEntryResolvers<ContextType>;
  AccessLog?: AccessLogResolvers<ContextType>;
  AccessedField?: AccessedFieldResolvers<ContextType>;
  Date?: GraphQLScalarType;
  EmergencyInspection?: EmergencyInspectionResolvers<ContextType>;
  InspectedAccess?: InspectedAccessResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = SubgraphContext> = {
  accessPolicy?: AccessPolicyDirectiveResolver<any, any, ContextType>;
};
