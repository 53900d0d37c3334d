import { GrantRow } from '../grants/grant-row';
import { StaffRow, TerminalRow } from '../rows';

/** Who is viewing (閲覧者), as an emergency access shows it. */
export interface ViewerModel {
  readonly name: string;
  readonly qualification: StaffRow['qualification'];
  /** The login they viewed with: an emergency ID, for an emergency access. */
  readonly loginId: string;
  readonly institutionCode: string;
  readonly terminal: TerminalRow;
}

export interface EmergencyAccessModel {
  readonly grant: GrantRow;
  readonly personId: string;
  readonly viewer: ViewerModel;
}

export interface DisasterAccessModel {
  readonly grant: GrantRow;
  readonly personId: string;
  readonly disasterId: string;
}
