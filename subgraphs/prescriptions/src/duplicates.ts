import { addDays } from '../../../common/src/japan-calendar';
import { DrugRoute } from './generated/resolvers';

/**
 * 重複投薬チェック (duplicate-medication check): which drugs a person is taking on a date,
 * and which of them (or of the candidate drugs about to be prescribed) share an ingredient
 * and a route. Pure: the resolver loads the rows, this decides.
 */
export interface DrugFacts {
  readonly code: string;
  readonly ingredientCode: string;
  readonly route: DrugRoute;
  readonly asNeeded: boolean;
}

export interface DispensingFacts {
  readonly id: string;
  readonly dispensedOn: string;
  readonly days: number;
  readonly drug: DrugFacts;
  readonly prescribingInstitutionCode: string;
  readonly prescribedOn: string;
  readonly electronicPrescriptionId: string | null;
}

export interface Finding<C extends DrugFacts, D extends DispensingFacts> {
  /** The candidate drug; null for a duplicate within the current medication. */
  readonly candidate: C | null;
  readonly current: D;
  /** The other current dispensing, for a duplicate within the current medication. */
  readonly other: D | null;
  readonly reason: 'SAME_INGREDIENT_AND_ROUTE';
}

/**
 * Topical and as-needed drugs have no daily dose to count days by: they are taken to last
 * 14 days from dispensing, whatever the quantity (the e-prescription duplicate-check rule).
 */
export const NON_DAILY_COVERED_DAYS = 14;

export function coveredDays(drug: DrugFacts, days: number): number {
  return drug.route === 'TOPICAL' || drug.asNeeded ? NON_DAILY_COVERED_DAYS : days;
}

/** The last date a dispensing covers. */
export function lastCoveredDay(dispensing: DispensingFacts): string {
  return addDays(dispensing.dispensedOn, coveredDays(dispensing.drug, dispensing.days) - 1);
}

/** Current on `asOf`: dispensed on or before it, and `asOf` before dispensed_on + covered days. */
export function isCurrent(dispensing: DispensingFacts, asOf: string): boolean {
  return dispensing.dispensedOn <= asOf && asOf <= lastCoveredDay(dispensing);
}

export function duplicates(a: DrugFacts, b: DrugFacts): boolean {
  return a.ingredientCode === b.ingredientCode && a.route === b.route;
}

/** Dispensing date, then id (numeric strings), descending: the order of the medication history. */
function newestFirst(a: DispensingFacts, b: DispensingFacts): number {
  if (a.dispensedOn !== b.dispensedOn) return a.dispensedOn < b.dispensedOn ? 1 : -1;
  return b.id.length - a.id.length || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The prescription a dispensing was made from: the e-prescription, else the prescriber and date. */
function prescriptionOf(dispensing: DispensingFacts): string {
  return dispensing.electronicPrescriptionId ?? `${dispensing.prescribingInstitutionCode}:${dispensing.prescribedOn}`;
}

/**
 * Findings for `asOf`: each candidate against each current dispensing (candidates in the
 * order given), then each pair of current dispensings from different prescriptions (the
 * newer one as `current`). Dispensings may come in any order and need not all be current.
 */
export function findDuplicates<C extends DrugFacts, D extends DispensingFacts>(candidates: readonly C[], dispensings: readonly D[], asOf: string): Array<Finding<C, D>> {
  const current = dispensings
    .filter((d) => isCurrent(d, asOf))
    .sort(newestFirst);
  const findings: Array<Finding<C, D>> = [];
  for (const candidate of candidates) {
    for (const dispensing of current) {
      if (duplicates(candidate, dispensing.drug)) findings.push({ candidate, current: dispensing, other: null, reason: 'SAME_INGREDIENT_AND_ROUTE' });
    }
  }
  current.forEach((newer, i) => {
    for (const older of current.slice(i + 1)) {
      if (duplicates(newer.drug, older.drug) && prescriptionOf(newer) !== prescriptionOf(older)) {
        findings.push({ candidate: null, current: newer, other: older, reason: 'SAME_INGREDIENT_AND_ROUTE' });
      }
    }
  });
  return findings;
}
