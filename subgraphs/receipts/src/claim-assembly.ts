import { DiagnosisMaster, DrugMaster, MaterialMaster, ProcedureMaster, ProcedureSection } from '../../../data/src/masters';
import { Story, Visit } from '../../../data/src/story';
import { Institution, Qualification } from '../../../data/src/world';
import type { ClaimType, TreatmentOutcome } from './generated/resolvers';

/** The order of the sections on a claim (診療区分), which is the order its procedure lines are listed in. */
const SECTION_ORDER: readonly ProcedureSection[] = [
  'INITIAL_VISIT', 'REVISIT', 'MEDICAL_MANAGEMENT', 'HOME_CARE', 'MEDICATION', 'INJECTION',
  'TREATMENT', 'SURGERY_ANESTHESIA', 'EXAMINATION_PATHOLOGY', 'IMAGING', 'OTHER', 'INPATIENT',
];
const SECTION_RANK = new Map(SECTION_ORDER.map((section, rank) => [section, rank]));

export interface DiagnosisLine {
  readonly diagnosis: DiagnosisMaster;
  readonly startDate: string;
  outcome: TreatmentOutcome | null;
  told: boolean;
}

export interface ProcedureLine {
  readonly procedure: ProcedureMaster;
  count: number;
}

export interface DrugLine {
  readonly drug: DrugMaster;
  quantity: number;
}

export interface MaterialLine {
  readonly material: MaterialMaster;
  quantity: number;
}

/** One month's claim of one institution for one person, built from the visits of that month. */
export interface AssembledClaim {
  readonly institution: Institution;
  readonly month: string;
  readonly qualification: Qualification;
  readonly claimType: ClaimType;
  readonly firstVisitDate: string;
  readonly lastVisitDate: string;
  /** The first day in hospital this month, or null for outpatient care only. */
  readonly admittedOn: string | null;
  readonly actualDays: number;
  readonly treatmentStartDate: string;
  readonly outcome: TreatmentOutcome | null;
  readonly diagnoses: readonly DiagnosisLine[];
  readonly procedures: readonly ProcedureLine[];
  readonly drugs: readonly DrugLine[];
  readonly materials: readonly MaterialLine[];
  readonly mealCount: number;
}

export const procedurePoints = (line: ProcedureLine): number => line.procedure.points * line.count;
export const drugPoints = (line: DrugLine): number => Math.round(line.drug.unitPoints * line.quantity);
export const materialPoints = (line: MaterialLine): number => line.material.points * line.quantity;

export function totalPointsOf(claim: AssembledClaim): number {
  let total = 0;
  for (const line of claim.procedures) total += procedurePoints(line);
  for (const line of claim.drugs) total += drugPoints(line);
  for (const line of claim.materials) total += materialPoints(line);
  return total;
}

function qualificationOn(qualifications: readonly Qualification[], date: string): Qualification | null {
  for (const q of qualifications) {
    if (q.acquiredOn <= date && (q.lostOn === null || date < q.lostOn)) return q;
  }
  return null;
}

function daysInMonth(month: string): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (m === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Collects the visits of one institution in one month; lines of the same code are merged. */
class ClaimBuilder {
  private readonly visits: Visit[] = [];
  private readonly diagnoses = new Map<string, DiagnosisLine>();
  private readonly procedures = new Map<string, ProcedureLine>();
  private readonly drugs = new Map<string, DrugLine>();
  private readonly materials = new Map<string, MaterialLine>();

  constructor(
    readonly institution: Institution,
    readonly month: string,
  ) {}

  add(visit: Visit): void {
    this.visits.push(visit);
    for (const d of visit.diagnoses) {
      const line = this.diagnoses.get(d.diagnosis.code);
      if (!line) this.diagnoses.set(d.diagnosis.code, { diagnosis: d.diagnosis, startDate: d.startDate, outcome: d.outcome, told: d.told });
      else {
        if (d.outcome) line.outcome = d.outcome;
        line.told ||= d.told;
      }
    }
    for (const p of visit.procedures) {
      const line = this.procedures.get(p.procedure.code);
      if (line) line.count += p.count;
      else this.procedures.set(p.procedure.code, { procedure: p.procedure, count: p.count });
    }
    // Drugs are billed on the institution's claim only when it dispensed them itself (院内処方).
    if (visit.inHouse) {
      for (const p of visit.prescribed) {
        const quantity = p.dailyQuantity * p.days;
        const line = this.drugs.get(p.drug.code);
        if (line) line.quantity += quantity;
        else this.drugs.set(p.drug.code, { drug: p.drug, quantity });
      }
    }
    for (const m of visit.materials) {
      const line = this.materials.get(m.material.code);
      if (line) line.quantity += m.quantity;
      else this.materials.set(m.material.code, { material: m.material, quantity: m.quantity });
    }
  }

  build(qualifications: readonly Qualification[]): AssembledClaim {
    const outpatientDates = new Set<string>();
    let inpatientDays = 0;
    let admittedOn: string | null = null;
    let firstVisitDate = this.visits[0]!.date;
    let lastVisitDate = firstVisitDate;
    let mealCount = 0;
    const monthDays = daysInMonth(this.month);
    for (const v of this.visits) {
      if (v.date < firstVisitDate) firstVisitDate = v.date;
      if (v.date > lastVisitDate) lastVisitDate = v.date;
      mealCount += v.meals;
      if (v.inpatientDays > 0) {
        // Only the days of the stay that fall in this month count here.
        inpatientDays += Math.min(v.inpatientDays, monthDays - Number(v.date.slice(8, 10)) + 1);
        if (admittedOn === null || v.date < admittedOn) admittedOn = v.date;
      } else {
        outpatientDates.add(v.date);
      }
    }
    const diagnoses = [...this.diagnoses.values()];
    let treatmentStartDate = firstVisitDate;
    for (const d of diagnoses) if (d.startDate < treatmentStartDate) treatmentStartDate = d.startDate;
    const procedures = [...this.procedures.values()].sort((a, b) => SECTION_RANK.get(a.procedure.section)! - SECTION_RANK.get(b.procedure.section)!);
    return {
      institution: this.institution,
      month: this.month,
      // Every collected visit had a qualification in force, so the first one has.
      qualification: qualificationOn(qualifications, firstVisitDate)!,
      claimType: this.institution.kind === 'DENTAL_CLINIC' ? 'DENTAL' : admittedOn !== null ? 'MEDICAL_INPATIENT' : 'MEDICAL_OUTPATIENT',
      firstVisitDate,
      lastVisitDate,
      admittedOn,
      actualDays: Math.min(monthDays, outpatientDates.size + inpatientDays),
      treatmentStartDate,
      outcome: claimOutcome(diagnoses),
      diagnoses,
      procedures,
      drugs: [...this.drugs.values()],
      materials: [...this.materials.values()],
      mealCount,
    };
  }
}

/** 転帰 of the claim: died if any diagnosis ended in death; cured or stopped only when every diagnosis ended. */
function claimOutcome(diagnoses: readonly DiagnosisLine[]): TreatmentOutcome | null {
  if (diagnoses.length === 0) return null;
  let allCured = true;
  for (const d of diagnoses) {
    if (d.outcome === 'DIED') return 'DIED';
    if (d.outcome === null) return null;
    if (d.outcome !== 'CURED') allCured = false;
  }
  return allCured ? 'CURED' : 'STOPPED';
}

/**
 * The person's claims: one per institution and treatment month, merging that month's visits
 * there. The insurer is the qualification in force on the month's first visit there; visits
 * on days with no qualification in force are not claimed. Ordered by month, then institution code.
 */
export function assembleClaims(story: Story): AssembledClaim[] {
  const builders = new Map<string, ClaimBuilder>();
  const qualifications = story.person.qualifications;
  for (const visit of story.visits) {
    if (!qualificationOn(qualifications, visit.date)) continue;
    const month = visit.date.slice(0, 7);
    const key = month + visit.institution.code;
    let builder = builders.get(key);
    if (!builder) {
      builder = new ClaimBuilder(visit.institution, month);
      builders.set(key, builder);
    }
    builder.add(visit);
  }
  return [...builders.values()]
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.institution.code < b.institution.code ? -1 : 1))
    .map((builder) => builder.build(qualifications));
}
