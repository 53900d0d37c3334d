import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonRow, InsurerRow, QualificationRow, QualificationConnectionModel, CardCertificateRow, InstitutionRow, TerminalRow, StaffRow, EligibilityResultModel } from '../rows';
import { GrantRow } from '../grants/grant-row';
import { ConsentStatusModel } from '../grants/consent-status';
import { EmergencySummaryReference } from '../../../common/src/emergency-summary';
import { EmergencyIdRow } from '../registries/emergency-ids';
import { DisasterAuthorityRow } from '../registries/disaster-authorities';
import { DisasterRow, DisasterRegionRow } from '../disasters/disaster-rows';
import { ViewerModel, EmergencyAccessModel, DisasterAccessModel } from '../emergency/access-models';
import { EhrRegistrationRow } from '../emergency/ehr-registrations';
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
  /** An instant, ISO 8601 with its offset (e.g. 2026-11-01T09:30:00+09:00 or 2026-11-01T00:30:00Z). */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
};

/** The basis a read of a person's data happens under (DOMAIN.md §4). */
export type AccessBasis =
  /** 本人同意 at an institution (§4.1) */
  | 'CONSENT'
  /** 災害時 (§4.4) */
  | 'DISASTER'
  /** 救急時, no card (§4.3) */
  | 'EMERGENCY_NO_CARD'
  /** 救急時, card present, the patient unable to consent (§4.2) */
  | 'EMERGENCY_WITH_CARD'
  /** The patient, in the citizen portal (§4.5) */
  | 'SELF';

/** What the caller stated an emergency or disaster access is for, recorded with it. */
export type AccessPurpose =
  /** The patient consented separately (本人同意を別途取得), to the categories given. */
  | 'PATIENT_CONSENTED'
  /** 患者の生命及び身体の保護のために必要がある場合: needed to protect the patient's life or body (the patient cannot consent). */
  | 'PROTECT_LIFE_OR_BODY';

export type Address = {
  __typename?: 'Address';
  /** 町名・番地 */
  line?: Maybe<Scalars['String']['output']>;
  /** 市区町村 */
  municipality?: Maybe<Scalars['String']['output']>;
  /** 市区町村コード (団体コード, 5 digits) */
  municipalityCode?: Maybe<Scalars['String']['output']>;
  /** 郵便番号 (NNN-NNNN) */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** 都道府県 */
  prefecture?: Maybe<Scalars['String']['output']>;
  /** 都道府県コード (JIS X 0401) */
  prefectureCode?: Maybe<Scalars['String']['output']>;
};

/** 利用者証明用電子証明書: a certificate linked to the person for insurance use (健康保険証利用登録). */
export type CardCertificate = {
  __typename?: 'CardCertificate';
  /** Whether the certificate is valid today (issued, not expired, not revoked). */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** 有効期限: the first day the certificate is no longer valid. */
  expiresOn?: Maybe<Scalars['Date']['output']>;
  /** 発行日 */
  issuedOn?: Maybe<Scalars['Date']['output']>;
  /** 証明書の格納媒体 */
  kind?: Maybe<CertificateKind>;
};

/** 資格確認 by a My Number card or smartphone user certificate (the patient proved identity at a card reader). */
export type CertificateEligibilityInput = {
  /** The date to check (default: today in Japan). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** 利用者証明用電子証明書のシリアル番号 (16 hexadecimal characters) */
  certificateSerial: Scalars['String']['input'];
  /**
   * 医療機関コード of the institution checking, for the consent status of the answer. Taken from
   * this input until the gateway passes the verified caller to the subgraph; then it is the caller's.
   * Without it the answer shows no consent.
   */
  institutionCode?: InputMaybe<Scalars['String']['input']>;
  kind: CertificateKind;
};

/** The carrier of a user certificate (利用者証明用電子証明書). */
export type CertificateKind =
  /** マイナンバーカード */
  | 'CARD'
  /** スマートフォン (スマホ用電子証明書) */
  | 'SMARTPHONE';

/** 本人同意の対象: what a patient consents to, each separately, at a card reader. */
export type ConsentCategory =
  /** 特定健診情報 */
  | 'CHECKUPS'
  /** 診療情報 (past visits, procedures, diagnoses from claims) */
  | 'MEDICAL_CARE'
  /** 薬剤情報 */
  | 'MEDICATIONS';

/** The consent of a person at one institution for one category, at the moment asked. */
export type ConsentStatus = {
  __typename?: 'ConsentStatus';
  category?: Maybe<ConsentCategory>;
  /** When it stops: 24 hours after it was given, ISO 8601 instant (UTC); null when not given. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** Whether consent is in force. */
  given?: Maybe<Scalars['Boolean']['output']>;
  /** When the consent in force was given (ISO 8601 instant, UTC); null when not given. */
  givenAt?: Maybe<Scalars['String']['output']>;
};

/** A disaster to declare: its name, the municipalities, and the period (both days inclusive, Japan). */
export type DeclareDisasterInput = {
  /** The last day (Japan) it is open; extend it per municipality later. */
  endsOn: Scalars['Date']['input'];
  /** 災害名 (e.g. 令和6年能登半島地震) */
  name: Scalars['String']['input'];
  regions: Array<DisasterRegionInput>;
  /** The first day (Japan) disaster access is open. */
  startsOn: Scalars['Date']['input'];
};

/** A disaster an operator declared (災害救助法の適用 and the like): the regions and periods disaster access is open in. */
export type Disaster = {
  __typename?: 'Disaster';
  /** ISO 8601 instant (UTC). */
  declaredAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 災害名 */
  name?: Maybe<Scalars['String']['output']>;
  /** The municipalities it was declared for, each with its own period. */
  regions?: Maybe<Array<DisasterRegion>>;
};

/** A disaster access opened: the grant recorded, the patient, the disaster, and the notice to show. */
export type DisasterAccess = {
  __typename?: 'DisasterAccess';
  disaster?: Maybe<Disaster>;
  grant?: Maybe<Grant>;
  /** 「災害時の特例的な運用であること」「閲覧のログが残ること」: to show as a pop-up (also in the response's `extensions.disasterNotice`). */
  notice?: Maybe<Scalars['String']['output']>;
  person?: Maybe<Person>;
};

/** 災害時 (seed 000 §(3)): a patient without a card, identified by the four attributes. */
export type DisasterAccessInput = {
  /** The categories the patient consented to (PATIENT_CONSENTED); ignored for PROTECT_LIFE_OR_BODY. */
  categories?: InputMaybe<Array<ConsentCategory>>;
  patient: PatientIdentificationInput;
  /** PATIENT_CONSENTED with the categories the patient consented to, or PROTECT_LIFE_OR_BODY (every category) when they cannot express intent. */
  purpose: AccessPurpose;
};

/** Disaster authority (災害時に閲覧権限が与えられた者) an operator granted a staff member. */
export type DisasterAuthority = {
  __typename?: 'DisasterAuthority';
  /** ISO 8601 instant (UTC). */
  grantedAt?: Maybe<Scalars['String']['output']>;
  /** When an operator revoked it (ISO 8601 instant, UTC); null while in force. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  staff?: Maybe<Staff>;
};

/** One municipality of a declared disaster and its period `[startsAt, endsAt)`: institutions located there open disaster access during it. */
export type DisasterRegion = {
  __typename?: 'DisasterRegion';
  /** When an operator closed it early (ISO 8601 instant, UTC); null otherwise. */
  closedAt?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant (UTC): 00:00 in Japan after the last day, or when it was closed. */
  endsAt?: Maybe<Scalars['String']['output']>;
  /** Whether the period is in force now. */
  inForce?: Maybe<Scalars['Boolean']['output']>;
  /** 市区町村コード (団体コード, 5 digits) */
  municipalityCode?: Maybe<Scalars['String']['output']>;
  /** 都道府県コード */
  prefectureCode?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant (UTC): 00:00 in Japan of the first day. */
  startsAt?: Maybe<Scalars['String']['output']>;
};

/** A region a disaster is declared for: a municipality (団体コード) and its prefecture. */
export type DisasterRegionInput = {
  /** 市区町村コード (団体コード, 5 digits, starting with the prefecture code) */
  municipalityCode: Scalars['String']['input'];
  /** 都道府県コード (2 digits) */
  prefectureCode: Scalars['String']['input'];
};

/** 電子カルテへの患者情報の登録, as the institution reported it. */
export type EhrRegistration = {
  __typename?: 'EhrRegistration';
  id: Scalars['ID']['output'];
  institution?: Maybe<Institution>;
  person?: Maybe<Person>;
  /** When the patient was registered in the EHR (ISO 8601 instant, UTC). */
  registeredAt?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant (UTC). */
  reportedAt?: Maybe<Scalars['String']['output']>;
};

/** What an institution reports when it registers a patient in its EHR (電子カルテ). */
export type EhrRegistrationInput = {
  /** The patient's opaque id (as an emergency access named them). */
  personId: Scalars['ID']['input'];
  /** When the patient was registered (ISO 8601 instant); default now. */
  registeredAt?: InputMaybe<Scalars['String']['input']>;
};

/** 資格確認結果 */
export type EligibilityResult = {
  __typename?: 'EligibilityResult';
  /** The date the eligibility was checked for. */
  checkedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * 本人同意: per consent category, whether the person has consent in force at the checking
   * institution (`input.institutionCode`) at the moment of the check, given when and until when
   * (DOMAIN.md §4.1). Checking eligibility never gives consent: a card reader reports it (recordConsent).
   */
  consent?: Maybe<Array<ConsentStatus>>;
  /**
   * How many matched: insured persons for a lookup by insurance numbers, qualifications in
   * force for a lookup by certificate. 0 for NONE, more than 1 for MULTIPLE, otherwise 1.
   */
  matchCount?: Maybe<Scalars['Int']['output']>;
  /** The person; null for NONE and MULTIPLE, and for INVALID_NEWER_QUALIFICATION (which must not reveal the newer qualification). */
  person?: Maybe<Person>;
  /** The qualification checked: for INVALID_NEWER_QUALIFICATION by insurance numbers, the lost one; null for NONE and MULTIPLE. */
  qualification?: Maybe<Qualification>;
  /** 資格有効性 */
  status?: Maybe<EligibilityStatus>;
};

/** 資格確認結果の資格有効性: the answer of the online eligibility confirmation system. */
export type EligibilityStatus =
  /** 無効: the matched qualification is lost (資格喪失) and the person has no qualification in force. */
  | 'INVALID'
  /**
   * 無効 (新しい資格あり): the insurance numbers checked are lost, but the same person has a
   * qualification in force. The newer one is not revealed: ask the patient for the new card.
   * (A certificate identifies the person, so a certificate lookup answers VALID with the
   * qualification in force instead.)
   */
  | 'INVALID_NEWER_QUALIFICATION'
  /** 複数該当: more than one person or qualification matches; nothing else is returned. */
  | 'MULTIPLE'
  /** 該当資格なし: nothing matches (or the certificate is expired or revoked). */
  | 'NONE'
  /** 有効: the matched qualification is in force on the date checked. */
  | 'VALID';

/** An emergency access opened: the grant recorded, the patient, and who is viewing. */
export type EmergencyAccess = {
  __typename?: 'EmergencyAccess';
  grant?: Maybe<Grant>;
  /** The patient; read their emergencySummary. */
  person?: Maybe<Person>;
  viewer?: Maybe<Viewer>;
};

/** 救急時, card present (seed 000 救急時①): the patient's card on the reader of an emergency-only terminal, the patient unable to consent. */
export type EmergencyAccessWithCardInput = {
  certificateKind: CertificateKind;
  /** 利用者証明用電子証明書のシリアル番号 (16 hexadecimal characters) read from the card or smartphone. */
  certificateSerial: Scalars['String']['input'];
  /** The caller's statement, recorded with the access. */
  purpose: EmergencyPurpose;
};

/** 救急時, no card (seed 000 救急時②): the patient identified by the four attributes. */
export type EmergencyAccessWithoutCardInput = {
  patient: PatientIdentificationInput;
  /** The caller's statement, recorded with the access. */
  purpose: EmergencyPurpose;
};

/**
 * 救急用の専用ID: a login of its own an operator issues in advance to a qualified staff member, with which
 * they sign in at their institution's emergency-only terminals for emergency access (DOMAIN.md §3).
 */
export type EmergencyId = {
  __typename?: 'EmergencyId';
  /** ISO 8601 instant (UTC). */
  issuedAt?: Maybe<Scalars['String']['output']>;
  /** The ID itself, `<institution code>-E<digits>`: the token's `sub` when signing in with it. */
  loginId?: Maybe<Scalars['String']['output']>;
  /** When an operator revoked it (ISO 8601 instant, UTC); null while in force. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** The staff member it was issued to. */
  staff?: Maybe<Staff>;
};

/** The emergency access's statement: the only purpose it may be opened for (seed 000 救急時①②). */
export type EmergencyPurpose =
  /** 患者の生命及び身体の保護のために必要がある場合: needed to protect the patient's life or body, the patient unable to consent. */
  | 'PROTECT_LIFE_OR_BODY';

/**
 * 救急時医療情報 (DOMAIN.md §4.2): visits, drugs, care and dialysis of the last 3 months, e-prescription
 * dispensing of the last 45 days, surgery of the last 5 years, checkup dates. The periods are the access
 * policy's, counted back from `asOf`.
 */
export type EmergencySummary = {
  __typename?: 'EmergencySummary';
  /** The day (Japan) the periods count back from: today. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** The person the summary is of. */
  personId: Scalars['ID']['output'];
};

/** A grant to read one person's data under an access basis: at an institution, for some categories, until it expires or is revoked. */
export type Grant = {
  __typename?: 'Grant';
  basis?: Maybe<AccessBasis>;
  /** The categories it opens; a category the patient did not choose is absent. */
  categories?: Maybe<Array<ConsentCategory>>;
  /** Disaster: the declared disaster it is opened under. */
  disaster?: Maybe<Disaster>;
  /** ISO 8601 instant (UTC): for CONSENT, 24 hours after it was given. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant (UTC). */
  grantedAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Emergency and disaster: how the patient was identified. */
  identification?: Maybe<IdentificationMethod>;
  /** The institution it was given at; null for SELF. */
  institution?: Maybe<Institution>;
  /** Emergency and disaster: the login that opened it (for an emergency access, the emergency ID: only it reads under the grant). */
  openedBy?: Maybe<Scalars['String']['output']>;
  /** The person who gave it. */
  person?: Maybe<Person>;
  /** Emergency and disaster: what the viewer stated it is for. */
  purpose?: Maybe<AccessPurpose>;
  /** When it was revoked, or superseded by a later consent at the same institution; null while not. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** The card reader's terminal; null for SELF. */
  terminalId?: Maybe<Scalars['ID']['output']>;
  verification?: Maybe<IdentityVerification>;
};

/** 高額療養費の所得区分 (限度額適用区分): ア-オ under 70, 現役並み/一般/低所得 from 70. */
export type HighCostCategory =
  /** 区分ア */
  | 'A'
  /** 現役並みⅠ */
  | 'ACTIVE_I'
  /** 現役並みⅡ */
  | 'ACTIVE_II'
  /** 現役並みⅢ */
  | 'ACTIVE_III'
  /** 区分エ */
  | 'E'
  /** 一般 */
  | 'GENERAL'
  /** 区分イ */
  | 'I'
  /** 低所得Ⅰ */
  | 'LOW_INCOME_I'
  /** 低所得Ⅱ */
  | 'LOW_INCOME_II'
  /** 区分オ */
  | 'O'
  /** 区分ウ */
  | 'U';

/** How the patient was identified for an emergency or disaster access. */
export type IdentificationMethod =
  /** The card's certificate read on the reader, without face or PIN (the patient cannot give them). */
  | 'CARD_CERTIFICATE'
  /** Name, date of birth, sex, and insurer name or address (seed 000 §(3) 照会方法). */
  | 'FOUR_ATTRIBUTES';

/** 厳格な本人確認 as the card reader did it. */
export type IdentityVerification =
  /** マイナンバーカード + 顔認証 */
  | 'CARD_FACE'
  /** マイナンバーカード + 暗証番号 */
  | 'CARD_PIN'
  /** スマートフォン用電子証明書 */
  | 'SMARTPHONE';

/** 医療機関等: a hospital, clinic, dental clinic or pharmacy. */
export type Institution = {
  __typename?: 'Institution';
  /** 所在地 */
  address: Scalars['String']['output'];
  /** 医療機関コード (10 digits: 都道府県 2 + 点数表 1 + 7 with check digit) */
  code: Scalars['String']['output'];
  /** 種別 */
  kind: InstitutionKind;
  /** 市区町村 */
  municipality: Scalars['String']['output'];
  /** 市区町村コード */
  municipalityCode: Scalars['String']['output'];
  /** 医療機関名称 */
  name: Scalars['String']['output'];
  /** 都道府県コード */
  prefectureCode: Scalars['String']['output'];
  /** 職員: the institution's staff with their qualifications. */
  staff?: Maybe<Array<Staff>>;
  /** 登録端末: the institution's registered terminals. */
  terminals?: Maybe<Array<Terminal>>;
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

/** 資格確認 by the numbers on a health-insurance card (被保険者証) or eligibility certificate. */
export type InsuranceEligibilityInput = {
  /** The date to check (default: today in Japan). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** 生年月日: narrows the match. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** 枝番 (2 digits); when omitted, every member of the household matches. */
  branch?: InputMaybe<Scalars['String']['input']>;
  /**
   * 医療機関コード of the institution checking, for the consent status of the answer. Taken from
   * this input until the gateway passes the verified caller to the subgraph; then it is the caller's.
   * Without it the answer shows no consent.
   */
  institutionCode?: InputMaybe<Scalars['String']['input']>;
  /** 保険者番号 (8 digits, or 6 for 国保) */
  insurerNumber: Scalars['String']['input'];
  /** 番号 (digits) */
  number: Scalars['String']['input'];
  /** 記号 (digits); omit it when the card has none (後期高齢者医療, some 国保). */
  symbol?: InputMaybe<Scalars['String']['input']>;
};

/** 保険者 */
export type Insurer = {
  __typename?: 'Insurer';
  /** 保険者名 */
  name: Scalars['String']['output'];
  /** 保険者番号: 8 digits, or 6 for 国保. */
  number: Scalars['String']['output'];
  /** 都道府県コード */
  prefectureCode: Scalars['String']['output'];
  /** 保険者種別 */
  type: InsurerType;
};

/** 保険者種別 */
export type InsurerType =
  /** 健康保険組合 (組合健保) */
  | 'KUMIAI_KENPO'
  /** 協会けんぽ (全国健康保険協会) */
  | 'KYOKAI_KENPO'
  /** 共済組合 */
  | 'KYOSAI'
  /** 後期高齢者医療 (75 and over) */
  | 'LATE_ELDERLY'
  /** 国民健康保険 (国保) */
  | 'NATIONAL_HEALTH_INSURANCE';

export type Mutation = {
  __typename?: 'Mutation';
  /** Operators only: closes one municipality of a disaster now; the disaster grants of institutions there end with it. */
  closeDisasterRegion: Disaster;
  /** Operators only: declares a disaster for municipalities and a period. Every gateway has it in force within a second. */
  declareDisaster: Disaster;
  /** Operators only: extends the period of one municipality of a disaster to the end of `endsOn` (Japan). */
  extendDisasterRegion: Disaster;
  /** Operators only: grants a staff member of the institution disaster authority. */
  grantDisasterAuthority: DisasterAuthority;
  /** Operators only: issues an emergency ID to a qualified staff member (physician, dentist, pharmacist) of the institution. */
  issueEmergencyId: EmergencyId;
  /**
   * 災害時 (DOMAIN.md §4.4): at an institution in a region of a declared disaster, during its period
   * (DISASTER_MODE_INACTIVE otherwise), by qualified staff or staff with disaster authority; the patient
   * identified by the four attributes. Records a grant of the categories until the period ends there.
   * Rate limited (RATE_LIMITED).
   */
  openDisasterAccess: DisasterAccess;
  /**
   * 救急時, card present (DOMAIN.md §4.2): from an emergency-only terminal, signed in with an emergency ID,
   * with the statement. The patient is identified by the card's certificate, without face, PIN or
   * consent. Records a grant of the emergency summary for half an hour, read by the caller only.
   */
  openEmergencyAccessWithCard: EmergencyAccess;
  /**
   * 救急時, no card (DOMAIN.md §4.3): as with the card, and the caller authenticated within the
   * re-authentication window (REAUTHENTICATION_REQUIRED otherwise); the patient identified by the four
   * attributes (IDENTIFIERS_MISSING, NO_MATCH, IDENTIFICATION_AMBIGUOUS). Rate limited (RATE_LIMITED).
   */
  openEmergencyAccessWithoutCard: EmergencyAccess;
  /**
   * A card reader's report of a strict identity verification and the patient's consent per
   * category: a grant at the institution lasting 24 hours from the verification, superseding (revoking)
   * the person's earlier consent there. Refused with BAD_USER_INPUT naming the argument, with nothing
   * written, for an unknown institution, a terminal not of the institution, a certificate unknown, expired
   * or revoked, a verification the certificate's kind does not allow, no category, a malformed
   * verification time or id; VERIFICATION_STALE for a verification too old (or ahead of the clock);
   * VERIFICATION_REPLAYED for a verification id already recorded. A refusal writes nothing.
   */
  recordConsent: Grant;
  /** Operators only: registers an emergency-only terminal (救急専用端末) to an institution. */
  registerEmergencyTerminal: Terminal;
  /** Reports that the caller's institution registered the patient in its EHR (電子カルテ). */
  reportEhrRegistration: EhrRegistration;
  /** Operators only: takes a terminal of the institution out of service; it signs no one in from then. */
  retireTerminal: Terminal;
  /**
   * Withdraws a consent given at the institution (taken from the argument until the gateway passes
   * the verified caller). A consent of another institution is NOT_FOUND.
   */
  revokeConsent: Grant;
  /** Operators only: revokes a staff member's disaster authority. */
  revokeDisasterAuthority: DisasterAuthority;
  /** Operators only: revokes an emergency ID; it signs no one in from then (within a minute of cached sign-ins). */
  revokeEmergencyId: EmergencyId;
};


export type MutationCloseDisasterRegionArgs = {
  disasterId: Scalars['ID']['input'];
  municipalityCode: Scalars['String']['input'];
};


export type MutationDeclareDisasterArgs = {
  input: DeclareDisasterInput;
};


export type MutationExtendDisasterRegionArgs = {
  disasterId: Scalars['ID']['input'];
  endsOn: Scalars['Date']['input'];
  municipalityCode: Scalars['String']['input'];
};


export type MutationGrantDisasterAuthorityArgs = {
  institutionCode: Scalars['String']['input'];
  staffLoginId: Scalars['String']['input'];
};


export type MutationIssueEmergencyIdArgs = {
  institutionCode: Scalars['String']['input'];
  staffLoginId: Scalars['String']['input'];
};


export type MutationOpenDisasterAccessArgs = {
  input: DisasterAccessInput;
};


export type MutationOpenEmergencyAccessWithCardArgs = {
  input: EmergencyAccessWithCardInput;
};


export type MutationOpenEmergencyAccessWithoutCardArgs = {
  input: EmergencyAccessWithoutCardInput;
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRegisterEmergencyTerminalArgs = {
  input: RegisterEmergencyTerminalInput;
};


export type MutationReportEhrRegistrationArgs = {
  input: EhrRegistrationInput;
};


export type MutationRetireTerminalArgs = {
  institutionCode: Scalars['String']['input'];
  terminalId: Scalars['ID']['input'];
};


export type MutationRevokeConsentArgs = {
  grantId: Scalars['ID']['input'];
  institutionCode: Scalars['String']['input'];
};


export type MutationRevokeDisasterAuthorityArgs = {
  institutionCode: Scalars['String']['input'];
  staffLoginId: Scalars['String']['input'];
};


export type MutationRevokeEmergencyIdArgs = {
  emergencyId: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * The four attributes a patient without a card is identified by (seed 000 §(3) 照会方法): all are needed,
 * and the fourth is the insurer's name or the address, either by a part of it (「〇〇健康保険組合△△支部」 by
 * 「〇〇」, 「東京都中野区鷺宮1-1-…」 by 「中野」 or 「鷺宮」). Exactly one insured person must match.
 */
export type PatientIdentificationInput = {
  /** ④ 住所: a part of the address, at least 2 characters (or give `insurerName`). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** ② 生年月日 */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** ④ 保険者名称: a part of the insurer's name, at least 2 characters (or give `address`). */
  insurerName?: InputMaybe<Scalars['String']['input']>;
  /** ① 氏名: the full name in kanji or in kana (katakana or hiragana), spaces ignored. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** ③ 性別 */
  sex?: InputMaybe<Sex>;
};

/** 被保険者 (or 被扶養者): an insured person, known by an opaque id that is never a My Number. */
export type Person = {
  __typename?: 'Person';
  /** 住所 */
  address?: Maybe<Address>;
  /** 生年月日 */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** 電子証明書: the person's My Number card and smartphone certificates. The serial is an authenticator and is never returned. */
  cardCertificates?: Maybe<Array<CardCertificate>>;
  /** The qualification in force on `asOf` (default: today in Japan), the most recently acquired if several. */
  currentQualification?: Maybe<Qualification>;
  /**
   * 救急時医療情報: the emergency summary (DOMAIN.md §4.2), the part of the person's data the emergency
   * access bases open; each part comes from the subgraph that holds it, over its own period.
   */
  emergencySummary?: Maybe<EmergencySummary>;
  id: Scalars['ID']['output'];
  /** 氏名 */
  name?: Maybe<PersonName>;
  /** 資格履歴: the person's qualifications, newest acquisition first. */
  qualifications?: Maybe<QualificationConnection>;
  /** 性別 */
  sex?: Maybe<Sex>;
};


/** 被保険者 (or 被扶養者): an insured person, known by an opaque id that is never a My Number. */
export type PersonCurrentQualificationArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** 被保険者 (or 被扶養者): an insured person, known by an opaque id that is never a My Number. */
export type PersonQualificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonName = {
  __typename?: 'PersonName';
  /** 氏名 (カナ) */
  kana?: Maybe<Scalars['String']['output']>;
  /** 氏名 (漢字) */
  kanji?: Maybe<Scalars['String']['output']>;
};

/** 資格: one period of health-insurance coverage of a person with one insurer. */
export type Qualification = {
  __typename?: 'Qualification';
  /** 資格取得年月日 */
  acquiredOn?: Maybe<Scalars['Date']['output']>;
  /** 給付割合 (percent: 70, 80 or 90) */
  benefitRatio?: Maybe<Scalars['Int']['output']>;
  /** 枝番 (2 digits) */
  branch?: Maybe<Scalars['String']['output']>;
  /** 高額療養費の所得区分 */
  highCostCategory?: Maybe<HighCostCategory>;
  id: Scalars['ID']['output'];
  /** 保険者 */
  insurer?: Maybe<Insurer>;
  /** 保険者番号 */
  insurerNumber?: Maybe<Scalars['String']['output']>;
  /** 資格喪失年月日: the first day the qualification is no longer in force; null while in force. */
  lostOn?: Maybe<Scalars['Date']['output']>;
  /** 番号 */
  number?: Maybe<Scalars['String']['output']>;
  /** The insured person (被保険者 or 被扶養者). */
  person?: Maybe<Person>;
  /** 本人・家族 */
  relationship?: Maybe<Relationship>;
  /** 記号 (empty when the card has none, e.g. 後期高齢者医療) */
  symbol?: Maybe<Scalars['String']['output']>;
};

export type QualificationConnection = {
  __typename?: 'QualificationConnection';
  edges: Array<QualificationEdge>;
  nodes: Array<Qualification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QualificationEdge = {
  __typename?: 'QualificationEdge';
  cursor: Scalars['String']['output'];
  node: Qualification;
};

export type Query = {
  __typename?: 'Query';
  /**
   * 本人同意: per category, whether the person has consent in force at the institution now, given
   * when and until when. The institution is taken from the argument until the gateway passes the
   * verified caller to the subgraph.
   */
  consents: Array<ConsentStatus>;
  /** Declared disasters, newest first: only those in force somewhere now unless `all`. */
  disasters: Array<Disaster>;
  /** オンライン資格確認 by My Number card or smartphone certificate. */
  eligibilityByCertificate: EligibilityResult;
  /** オンライン資格確認 by 保険者番号・記号・番号・枝番. */
  eligibilityByInsurance: EligibilityResult;
  /** A medical institution by its 医療機関コード. */
  institution?: Maybe<Institution>;
  /** An insurer by its 保険者番号. */
  insurer?: Maybe<Insurer>;
  /** A person by the opaque person id. */
  person?: Maybe<Person>;
};


export type QueryConsentsArgs = {
  institutionCode: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
};


export type QueryDisastersArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryEligibilityByCertificateArgs = {
  input: CertificateEligibilityInput;
};


export type QueryEligibilityByInsuranceArgs = {
  input: InsuranceEligibilityInput;
};


export type QueryInstitutionArgs = {
  code: Scalars['String']['input'];
};


export type QueryInsurerArgs = {
  number: Scalars['String']['input'];
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};

/**
 * What a card reader of the institution reports once the patient has proved identity (厳格な本人確認)
 * and chosen, per category, what to consent to. The institution and terminal are taken from this
 * input until the gateway passes the verified caller to the subgraph; then they are the caller's.
 */
export type RecordConsentInput = {
  /** The categories the patient consented to (at least one); the others are not consented to. */
  categories: Array<ConsentCategory>;
  certificateKind: CertificateKind;
  /** 利用者証明用電子証明書のシリアル番号 (16 hexadecimal characters) read from the card or smartphone. */
  certificateSerial: Scalars['String']['input'];
  /** 医療機関コード of the institution whose card reader reports. */
  institutionCode: Scalars['String']['input'];
  /** The registered terminal the card reader is attached to (one of the institution's own). */
  terminalId: Scalars['ID']['input'];
  /** FACE or PIN with the card; SMARTPHONE with the smartphone certificate. */
  verification: VerificationMethod;
  /**
   * The id the card reader gives this verification, new for each one: a UUID. A report is recorded
   * once; sent again (the same id) it is VERIFICATION_REPLAYED.
   */
  verificationId: Scalars['ID']['input'];
  /**
   * When the card reader verified the patient's identity: the consent's 24 hours run from it (from the
   * report's arrival should the reader's clock be ahead). A report older than the verification window
   * (5 minutes unless configured) or ahead of the subgraph's clock by more than 30 s is VERIFICATION_STALE.
   */
  verifiedAt: Scalars['DateTime']['input'];
};

/** An emergency-only terminal (救急専用端末) to register to an institution. */
export type RegisterEmergencyTerminalInput = {
  /** 医療機関コード */
  institutionCode: Scalars['String']['input'];
  /** 端末名 (e.g. 救急外来2) */
  label: Scalars['String']['input'];
};

/** 本人・家族: whether the qualification is the insured person's own or a dependent's. */
export type Relationship =
  /** 家族 (被扶養者) */
  | 'DEPENDENT'
  /** 本人 (被保険者) */
  | 'INSURED';

/** 性別 */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** A staff member (職員) of an institution. */
export type Staff = {
  __typename?: 'Staff';
  /** Whether an operator granted them disaster authority (災害時閲覧権限), not revoked. */
  disasterAuthority?: Maybe<Scalars['Boolean']['output']>;
  /** 救急用の専用ID issued to them, newest first, revoked ones included. */
  emergencyIds?: Maybe<Array<EmergencyId>>;
  id: Scalars['ID']['output'];
  /** 所属医療機関 */
  institution?: Maybe<Institution>;
  /** 氏名 */
  name?: Maybe<Scalars['String']['output']>;
  /** 資格 */
  qualification?: Maybe<StaffQualification>;
};

/** The qualification of a staff member on record (有資格者 or not). */
export type StaffQualification =
  /** 事務 (受付) */
  | 'CLERK'
  /** 歯科医師 */
  | 'DENTIST'
  /** 看護師 */
  | 'NURSE'
  /** 薬剤師 */
  | 'PHARMACIST'
  /** 医師 */
  | 'PHYSICIAN';

/** A registered terminal (端末) of an institution. */
export type Terminal = {
  __typename?: 'Terminal';
  id: Scalars['ID']['output'];
  kind?: Maybe<TerminalKind>;
  /** 端末名 (e.g. 受付1, 診察室2) */
  label?: Maybe<Scalars['String']['output']>;
  /** When an operator took it out of service (ISO 8601 instant, UTC): it signs no one in since; null while in service. */
  retiredAt?: Maybe<Scalars['String']['output']>;
};

/** The use a terminal is registered for at its institution. */
export type TerminalKind =
  /** 救急専用端末: the only terminals from which emergency access is possible. */
  | 'EMERGENCY_ONLY'
  /** 診察室端末 */
  | 'EXAMINATION_ROOM'
  /** 受付端末 */
  | 'RECEPTION';

/** How the patient proved identity on the card reader. */
export type VerificationMethod =
  /** 顔認証 (with the card) */
  | 'FACE'
  /** 暗証番号 (with the card) */
  | 'PIN'
  /** スマートフォン用電子証明書 */
  | 'SMARTPHONE';

/** Who is viewing (閲覧者): shown on the screen of an emergency access. */
export type Viewer = {
  __typename?: 'Viewer';
  institution?: Maybe<Institution>;
  /** The login they viewed with: the emergency ID for an emergency access. */
  loginId?: Maybe<Scalars['String']['output']>;
  /** 氏名 */
  name?: Maybe<Scalars['String']['output']>;
  /** 資格 */
  qualification?: Maybe<StaffQualification>;
  terminal?: Maybe<Terminal>;
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
  AccessBasis: AccessBasis;
  AccessPurpose: AccessPurpose;
  Address: ResolverTypeWrapper<Address>;
  CardCertificate: ResolverTypeWrapper<CardCertificateRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CertificateEligibilityInput: CertificateEligibilityInput;
  CertificateKind: CertificateKind;
  ConsentCategory: ConsentCategory;
  ConsentStatus: ResolverTypeWrapper<ConsentStatusModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclareDisasterInput: DeclareDisasterInput;
  Disaster: ResolverTypeWrapper<DisasterRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DisasterAccess: ResolverTypeWrapper<DisasterAccessModel>;
  DisasterAccessInput: DisasterAccessInput;
  DisasterAuthority: ResolverTypeWrapper<DisasterAuthorityRow>;
  DisasterRegion: ResolverTypeWrapper<DisasterRegionRow>;
  DisasterRegionInput: DisasterRegionInput;
  EhrRegistration: ResolverTypeWrapper<EhrRegistrationRow>;
  EhrRegistrationInput: EhrRegistrationInput;
  EligibilityResult: ResolverTypeWrapper<EligibilityResultModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EligibilityStatus: EligibilityStatus;
  EmergencyAccess: ResolverTypeWrapper<EmergencyAccessModel>;
  EmergencyAccessWithCardInput: EmergencyAccessWithCardInput;
  EmergencyAccessWithoutCardInput: EmergencyAccessWithoutCardInput;
  EmergencyId: ResolverTypeWrapper<EmergencyIdRow>;
  EmergencyPurpose: EmergencyPurpose;
  EmergencySummary: ResolverTypeWrapper<EmergencySummaryReference>;
  Grant: ResolverTypeWrapper<GrantRow>;
  HighCostCategory: HighCostCategory;
  IdentificationMethod: IdentificationMethod;
  IdentityVerification: IdentityVerification;
  Institution: ResolverTypeWrapper<InstitutionRow>;
  InstitutionKind: InstitutionKind;
  InsuranceEligibilityInput: InsuranceEligibilityInput;
  Insurer: ResolverTypeWrapper<InsurerRow>;
  InsurerType: InsurerType;
  Mutation: ResolverTypeWrapper<{}>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PatientIdentificationInput: PatientIdentificationInput;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonName: ResolverTypeWrapper<PersonName>;
  Qualification: ResolverTypeWrapper<QualificationRow>;
  QualificationConnection: ResolverTypeWrapper<QualificationConnectionModel>;
  QualificationEdge: ResolverTypeWrapper<Omit<QualificationEdge, 'node'> & { node: ResolversTypes['Qualification'] }>;
  Query: ResolverTypeWrapper<{}>;
  RecordConsentInput: RecordConsentInput;
  RegisterEmergencyTerminalInput: RegisterEmergencyTerminalInput;
  Relationship: Relationship;
  Sex: Sex;
  Staff: ResolverTypeWrapper<StaffRow>;
  StaffQualification: StaffQualification;
  Terminal: ResolverTypeWrapper<TerminalRow>;
  TerminalKind: TerminalKind;
  VerificationMethod: VerificationMethod;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  CardCertificate: CardCertificateRow;
  Boolean: Scalars['Boolean']['output'];
  CertificateEligibilityInput: CertificateEligibilityInput;
  ConsentStatus: ConsentStatusModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeclareDisasterInput: DeclareDisasterInput;
  Disaster: DisasterRow;
  ID: Scalars['ID']['output'];
  DisasterAccess: DisasterAccessModel;
  DisasterAccessInput: DisasterAccessInput;
  DisasterAuthority: DisasterAuthorityRow;
  DisasterRegion: DisasterRegionRow;
  DisasterRegionInput: DisasterRegionInput;
  EhrRegistration: EhrRegistrationRow;
  EhrRegistrationInput: EhrRegistrationInput;
  EligibilityResult: EligibilityResultModel;
  Int: Scalars['Int']['output'];
  EmergencyAccess: EmergencyAccessModel;
  EmergencyAccessWithCardInput: EmergencyAccessWithCardInput;
  EmergencyAccessWithoutCardInput: EmergencyAccessWithoutCardInput;
  EmergencyId: EmergencyIdRow;
  EmergencySummary: EmergencySummaryReference;
  Grant: GrantRow;
  Institution: InstitutionRow;
  InsuranceEligibilityInput: InsuranceEligibilityInput;
  Insurer: InsurerRow;
  Mutation: {};
  PageInfo: PageInfo;
  PatientIdentificationInput: PatientIdentificationInput;
  Person: PersonRow;
  PersonName: PersonName;
  Qualification: QualificationRow;
  QualificationConnection: QualificationConnectionModel;
  QualificationEdge: Omit<QualificationEdge, 'node'> & { node: ResolversParentTypes['Qualification'] };
  Query: {};
  RecordConsentInput: RecordConsentInput;
  RegisterEmergencyTerminalInput: RegisterEmergencyTerminalInput;
  Staff: StaffRow;
  Terminal: TerminalRow;
  Viewer: ViewerModel;
  String: Scalars['String']['output'];
};

export type AccessPolicyDirectiveArgs = {
  key: Scalars['String']['input'];
};

export type AccessPolicyDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = AccessPolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  line?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipalityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prefecture?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prefectureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CardCertificateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CardCertificate'] = ResolversParentTypes['CardCertificate']> = {
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['CertificateKind']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConsentStatusResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ConsentStatus'] = ResolversParentTypes['ConsentStatus']> = {
  category?: Resolver<Maybe<ResolversTypes['ConsentCategory']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  given?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  givenAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisasterResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Disaster'] = ResolversParentTypes['Disaster']> = {
  declaredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regions?: Resolver<Maybe<Array<ResolversTypes['DisasterRegion']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DisasterAccessResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DisasterAccess'] = ResolversParentTypes['DisasterAccess']> = {
  disaster?: Resolver<Maybe<ResolversTypes['Disaster']>, ParentType, ContextType>;
  grant?: Resolver<Maybe<ResolversTypes['Grant']>, ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DisasterAuthorityResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DisasterAuthority'] = ResolversParentTypes['DisasterAuthority']> = {
  grantedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  staff?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DisasterRegionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DisasterRegion'] = ResolversParentTypes['DisasterRegion']> = {
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inForce?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  municipalityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prefectureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EhrRegistrationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EhrRegistration'] = ResolversParentTypes['EhrRegistration']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  registeredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EligibilityResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EligibilityResult'] = ResolversParentTypes['EligibilityResult']> = {
  checkedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  consent?: Resolver<Maybe<Array<ResolversTypes['ConsentStatus']>>, ParentType, ContextType>;
  matchCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  qualification?: Resolver<Maybe<ResolversTypes['Qualification']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['EligibilityStatus']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmergencyAccessResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyAccess'] = ResolversParentTypes['EmergencyAccess']> = {
  grant?: Resolver<Maybe<ResolversTypes['Grant']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmergencyIdResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyId'] = ResolversParentTypes['EmergencyId']> = {
  issuedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loginId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  staff?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmergencySummaryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencySummary'] = ResolversParentTypes['EmergencySummary']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmergencySummary']>, { __typename: 'EmergencySummary' } & GraphQLRecursivePick<ParentType, {"personId":true}>, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GrantResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Grant'] = ResolversParentTypes['Grant']> = {
  basis?: Resolver<Maybe<ResolversTypes['AccessBasis']>, ParentType, ContextType>;
  categories?: Resolver<Maybe<Array<ResolversTypes['ConsentCategory']>>, ParentType, ContextType>;
  disaster?: Resolver<Maybe<ResolversTypes['Disaster']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grantedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identification?: Resolver<Maybe<ResolversTypes['IdentificationMethod']>, ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  openedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['AccessPurpose']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terminalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  verification?: Resolver<Maybe<ResolversTypes['IdentityVerification']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstitutionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Institution']>, { __typename: 'Institution' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InstitutionKind'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefectureCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staff?: Resolver<Maybe<Array<ResolversTypes['Staff']>>, ParentType, ContextType>;
  terminals?: Resolver<Maybe<Array<ResolversTypes['Terminal']>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InsurerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Insurer'] = ResolversParentTypes['Insurer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Insurer']>, { __typename: 'Insurer' } & GraphQLRecursivePick<ParentType, {"number":true}>, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefectureCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['InsurerType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  closeDisasterRegion?: Resolver<ResolversTypes['Disaster'], ParentType, ContextType, RequireFields<MutationCloseDisasterRegionArgs, 'disasterId' | 'municipalityCode'>>;
  declareDisaster?: Resolver<ResolversTypes['Disaster'], ParentType, ContextType, RequireFields<MutationDeclareDisasterArgs, 'input'>>;
  extendDisasterRegion?: Resolver<ResolversTypes['Disaster'], ParentType, ContextType, RequireFields<MutationExtendDisasterRegionArgs, 'disasterId' | 'endsOn' | 'municipalityCode'>>;
  grantDisasterAuthority?: Resolver<ResolversTypes['DisasterAuthority'], ParentType, ContextType, RequireFields<MutationGrantDisasterAuthorityArgs, 'institutionCode' | 'staffLoginId'>>;
  issueEmergencyId?: Resolver<ResolversTypes['EmergencyId'], ParentType, ContextType, RequireFields<MutationIssueEmergencyIdArgs, 'institutionCode' | 'staffLoginId'>>;
  openDisasterAccess?: Resolver<ResolversTypes['DisasterAccess'], ParentType, ContextType, RequireFields<MutationOpenDisasterAccessArgs, 'input'>>;
  openEmergencyAccessWithCard?: Resolver<ResolversTypes['EmergencyAccess'], ParentType, ContextType, RequireFields<MutationOpenEmergencyAccessWithCardArgs, 'input'>>;
  openEmergencyAccessWithoutCard?: Resolver<ResolversTypes['EmergencyAccess'], ParentType, ContextType, RequireFields<MutationOpenEmergencyAccessWithoutCardArgs, 'input'>>;
  recordConsent?: Resolver<ResolversTypes['Grant'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  registerEmergencyTerminal?: Resolver<ResolversTypes['Terminal'], ParentType, ContextType, RequireFields<MutationRegisterEmergencyTerminalArgs, 'input'>>;
  reportEhrRegistration?: Resolver<ResolversTypes['EhrRegistration'], ParentType, ContextType, RequireFields<MutationReportEhrRegistrationArgs, 'input'>>;
  retireTerminal?: Resolver<ResolversTypes['Terminal'], ParentType, ContextType, RequireFields<MutationRetireTerminalArgs, 'institutionCode' | 'terminalId'>>;
  revokeConsent?: Resolver<ResolversTypes['Grant'], ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'grantId' | 'institutionCode'>>;
  revokeDisasterAuthority?: Resolver<ResolversTypes['DisasterAuthority'], ParentType, ContextType, RequireFields<MutationRevokeDisasterAuthorityArgs, 'institutionCode' | 'staffLoginId'>>;
  revokeEmergencyId?: Resolver<ResolversTypes['EmergencyId'], ParentType, ContextType, RequireFields<MutationRevokeEmergencyIdArgs, 'emergencyId'>>;
};

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  cardCertificates?: Resolver<Maybe<Array<ResolversTypes['CardCertificate']>>, ParentType, ContextType>;
  currentQualification?: Resolver<Maybe<ResolversTypes['Qualification']>, ParentType, ContextType, Partial<PersonCurrentQualificationArgs>>;
  emergencySummary?: Resolver<Maybe<ResolversTypes['EmergencySummary']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['PersonName']>, ParentType, ContextType>;
  qualifications?: Resolver<Maybe<ResolversTypes['QualificationConnection']>, ParentType, ContextType, RequireFields<PersonQualificationsArgs, 'first'>>;
  sex?: Resolver<Maybe<ResolversTypes['Sex']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonNameResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PersonName'] = ResolversParentTypes['PersonName']> = {
  kana?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kanji?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QualificationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Qualification'] = ResolversParentTypes['Qualification']> = {
  acquiredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  benefitRatio?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  highCostCategory?: Resolver<Maybe<ResolversTypes['HighCostCategory']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insurer?: Resolver<Maybe<ResolversTypes['Insurer']>, ParentType, ContextType>;
  insurerNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lostOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QualificationConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['QualificationConnection'] = ResolversParentTypes['QualificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QualificationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Qualification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QualificationEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['QualificationEdge'] = ResolversParentTypes['QualificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Qualification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  consents?: Resolver<Array<ResolversTypes['ConsentStatus']>, ParentType, ContextType, RequireFields<QueryConsentsArgs, 'institutionCode' | 'personId'>>;
  disasters?: Resolver<Array<ResolversTypes['Disaster']>, ParentType, ContextType, RequireFields<QueryDisastersArgs, 'all'>>;
  eligibilityByCertificate?: Resolver<ResolversTypes['EligibilityResult'], ParentType, ContextType, RequireFields<QueryEligibilityByCertificateArgs, 'input'>>;
  eligibilityByInsurance?: Resolver<ResolversTypes['EligibilityResult'], ParentType, ContextType, RequireFields<QueryEligibilityByInsuranceArgs, 'input'>>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType, RequireFields<QueryInstitutionArgs, 'code'>>;
  insurer?: Resolver<Maybe<ResolversTypes['Insurer']>, ParentType, ContextType, RequireFields<QueryInsurerArgs, 'number'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
};

export type StaffResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Staff'] = ResolversParentTypes['Staff']> = {
  disasterAuthority?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  emergencyIds?: Resolver<Maybe<Array<ResolversTypes['EmergencyId']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualification?: Resolver<Maybe<ResolversTypes['StaffQualification']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TerminalResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Terminal'] = ResolversParentTypes['Terminal']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['TerminalKind']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  loginId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualification?: Resolver<Maybe<ResolversTypes['StaffQualification']>, ParentType, ContextType>;
  terminal?: Resolver<Maybe<ResolversTypes['Terminal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  Address?: AddressResolvers<ContextType>;
  CardCertificate?: CardCertificateResolvers<ContextType>;
  ConsentStatus?: ConsentStatusResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Disaster?: DisasterResolvers<ContextType>;
  DisasterAccess?: DisasterAccessResolvers<ContextType>;
  DisasterAuthority?: DisasterAuthorityResolvers<ContextType>;
  DisasterRegion?: DisasterRegionResolvers<ContextType>;
  EhrRegistration?: EhrRegistrationResolvers<ContextType>;
  EligibilityResult?: EligibilityResultResolvers<ContextType>;
  EmergencyAccess?: EmergencyAccessResolvers<ContextType>;
  EmergencyId?: EmergencyIdResolvers<ContextType>;
  EmergencySummary?: EmergencySummaryResolvers<ContextType>;
  Grant?: GrantResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  Insurer?: InsurerResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonName?: PersonNameResolvers<ContextType>;
  Qualification?: QualificationResolvers<ContextType>;
  QualificationConnection?: QualificationConnectionResolvers<ContextType>;
  QualificationEdge?: QualificationEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Staff?: StaffResolvers<ContextType>;
  Terminal?: TerminalResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = SubgraphContext> = {
  accessPolicy?: AccessPolicyDirectiveResolver<any, any, ContextType>;
};
