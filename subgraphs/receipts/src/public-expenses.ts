import { withCheckDigit } from '../../../common/src/identifiers';
import { Person } from '../../../data/src/world';

/** 法別番号 of the public-expense programmes the generated claims use. */
export const LAW_NUMBERS = {
  /** 更生医療 (障害者総合支援法): chronic dialysis is its typical use. */
  rehabilitationMedicalCare: '15',
  /** 乳幼児医療費助成: the local subsidy for preschool children (as 法別88, e.g. Tokyo's マル乳). */
  infantMedicalSubsidy: '88',
} as const;

export interface PublicExpenseLine {
  readonly payerNumber: string;
  readonly recipientNumber: string;
  readonly points: number;
}

export interface ClaimFacts {
  readonly dialysis: boolean;
  readonly ageAtFirstVisit: number;
  readonly totalPoints: number;
}

/**
 * 公費負担者番号: 法別番号 (2) + the municipality that pays (団体コード: prefecture 2 + 3)
 * + check digit (DOMAIN.md §2). 受給者番号: 6 digits + check digit, fixed per person.
 */
const payerNumber = (lawNumber: string, person: Person): string => withCheckDigit(lawNumber + person.municipalityCode);
const recipientNumber = (person: Person): string => withCheckDigit(String(person.index % 1_000_000).padStart(6, '0'));

/** The public-expense programmes (第1公費, 第2公費) that cover a claim; each covers the whole claim. */
export function publicExpensesFor(person: Person, claim: ClaimFacts): PublicExpenseLine[] {
  const lines: PublicExpenseLine[] = [];
  if (claim.dialysis) {
    lines.push({ payerNumber: payerNumber(LAW_NUMBERS.rehabilitationMedicalCare, person), recipientNumber: recipientNumber(person), points: claim.totalPoints });
  }
  if (claim.ageAtFirstVisit < 6) {
    lines.push({ payerNumber: payerNumber(LAW_NUMBERS.infantMedicalSubsidy, person), recipientNumber: recipientNumber(person), points: claim.totalPoints });
  }
  return lines;
}
