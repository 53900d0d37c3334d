import { institutionCodeProblem } from '../../../../common/src/identifiers';
import { assertValid } from '../../../../common/src/validate';

/** The eligibility input's `institutionCode` (the institution checking), checked; null when not given. */
export function checkingInstitution(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  assertValid('input.institutionCode', value, institutionCodeProblem);
  return value;
}
