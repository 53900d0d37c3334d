import { TerminalKind } from '../../../common/src/access/access-context';
import { StaffQualification } from '../../../common/src/policy/types';

/** A staff member of an institution (eligibility `staff`). */
export interface StaffRecord {
  /** Their own staff login. */
  readonly loginId: string;
  readonly institutionCode: string;
  readonly qualification: StaffQualification;
  /** Whether an operator granted them disaster authority, not revoked (eligibility `disaster_authorities`). */
  readonly disasterAuthority: boolean;
}

/** Where an institution is (eligibility `institutions`): what a declared disaster region is matched against. */
export interface InstitutionLocation {
  readonly prefectureCode: string;
  readonly municipalityCode: string;
}

/** A terminal registered to an institution and in service (eligibility `terminals`). */
export interface TerminalRecord {
  readonly id: string;
  readonly institutionCode: string;
  readonly kind: TerminalKind;
}

/** An internal user of the operating organisation (eligibility `internal_users`). */
export interface InternalUserRecord {
  readonly loginId: string;
  readonly role: 'ANALYST' | 'OPERATOR' | 'AUDITOR';
}

/** An insured person (eligibility `people`) and whether a card certificate of theirs is active on the day asked about. */
export interface PersonRecord {
  readonly personId: string;
  readonly activeCertificate: boolean;
}

/** The registries a caller is looked up in; null where the registry has no such entry. */
export interface CallerRegistry {
  staff(loginId: string, institutionCode: string): Promise<StaffRecord | null>;
  /** The staff member an emergency ID (救急用の専用ID) of the institution was issued to, while it is not revoked. */
  emergencyIdHolder(emergencyId: string, institutionCode: string): Promise<StaffRecord | null>;
  terminal(id: string, institutionCode: string): Promise<TerminalRecord | null>;
  internalUser(loginId: string): Promise<InternalUserRecord | null>;
  /** `personId` must be a UUID; `on` is a date (YYYY-MM-DD, Japan). */
  person(personId: string, on: string): Promise<PersonRecord | null>;
  institutionLocation(institutionCode: string): Promise<InstitutionLocation | null>;
}
