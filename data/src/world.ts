import { withCheckDigit } from '../../common/src/identifiers';
import { addDays } from '../../common/src/japan-calendar';
import { COMPANY_KINDS, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, NAME_STEMS, SURNAMES } from './names';
import { MUNICIPALITIES, Municipality, POPULATION_WEIGHT, PREFECTURES, municipalitiesOf, prefectureName } from './places';
import { Rng } from './rng';

export type InsurerType = 'KYOKAI_KENPO' | 'KUMIAI_KENPO' | 'KYOSAI' | 'NATIONAL_HEALTH_INSURANCE' | 'LATE_ELDERLY';
export type InstitutionKind = 'HOSPITAL' | 'MEDICAL_CLINIC' | 'DENTAL_CLINIC' | 'PHARMACY';
export type Sex = 'MALE' | 'FEMALE';
export type Relationship = 'INSURED' | 'DEPENDENT';
export type HighCostCategory =
  | 'A' | 'I' | 'U' | 'E' | 'O' | 'ACTIVE_III' | 'ACTIVE_II' | 'ACTIVE_I' | 'GENERAL' | 'LOW_INCOME_II' | 'LOW_INCOME_I';

export interface Insurer {
  readonly number: string;
  readonly name: string;
  readonly type: InsurerType;
  readonly prefectureCode: string;
}

export interface Institution {
  readonly code: string;
  readonly name: string;
  readonly kind: InstitutionKind;
  readonly prefectureCode: string;
  readonly municipalityCode: string;
  readonly municipality: string;
  readonly address: string;
}

export interface Qualification {
  readonly insurerNumber: string;
  readonly symbol: string;
  readonly number: string;
  readonly branch: string;
  readonly relationship: Relationship;
  readonly acquiredOn: string;
  readonly lostOn: string | null;
  readonly benefitRatio: number;
  readonly highCostCategory: HighCostCategory;
}

export interface CardCertificate {
  readonly serial: string;
  readonly kind: 'CARD' | 'SMARTPHONE';
  readonly issuedOn: string;
  readonly expiresOn: string;
}

export interface Person {
  readonly index: number;
  readonly id: string;
  readonly nameKanji: string;
  readonly nameKana: string;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly prefectureCode: string;
  readonly municipalityCode: string;
  readonly municipality: string;
  readonly town: string;
  readonly addressLine: string;
  readonly postalCode: string;
  readonly qualifications: readonly Qualification[];
  readonly certificates: readonly CardCertificate[];
}

/** Facility counts by kind (seed 000, 2021-01-03: 228,321 facilities). */
export const FACILITY_COUNTS: Record<InstitutionKind, number> = {
  HOSPITAL: 8282,
  MEDICAL_CLINIC: 89162,
  DENTAL_CLINIC: 70954,
  PHARMACY: 59923,
};
export const TOTAL_FACILITIES = 228321;

const SCORE_TABLE: Record<InstitutionKind, string> = { HOSPITAL: '1', MEDICAL_CLINIC: '1', DENTAL_CLINIC: '3', PHARMACY: '4' };

export interface WorldOptions {
  readonly seed: number;
  readonly people: number;
  /** Number of institutions; by default scaled to the people (full 228,321 at a million people). */
  readonly institutions?: number;
  /** The date the data set describes ("today" for the generated histories), YYYY-MM-DD. */
  readonly asOf: string;
}

/** The first institutions are one of each kind in every prefecture; a world has at least these, however few its people. */
const PLACED_INSTITUTIONS = PREFECTURES.length * 4;

export const defaultInstitutionCount = (people: number): number =>
  Math.min(TOTAL_FACILITIES, Math.max(PLACED_INSTITUTIONS, Math.round((people * TOTAL_FACILITIES) / 1_000_000)));

export const shortPrefecture = (code: string): string => prefectureName(code).replace(/[都府県]$/, '');

export { addDays };

/** The day a person born on `birthDate` turns `years` old (a 29 February birthday falls on 1 March in other years). */
export function birthdayAt(birthDate: string, years: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, dd] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && dd < bd) ? 1 : 0);
}

function pickPrefecture(rng: Rng): string {
  return rng.weighted(PREFECTURES.map((p) => [p.code, POPULATION_WEIGHT[p.code] ?? 5] as const));
}

function buildInsurers(): Insurer[] {
  const list: Insurer[] = [];
  for (const p of PREFECTURES) {
    const short = shortPrefecture(p.code);
    list.push({ number: withCheckDigit(`01${p.code}001`), name: `全国健康保険協会${short}支部`, type: 'KYOKAI_KENPO', prefectureCode: p.code });
    list.push({ number: withCheckDigit(`32${p.code}001`), name: `地方職員共済組合${prefectureName(p.code)}支部`, type: 'KYOSAI', prefectureCode: p.code });
    list.push({ number: withCheckDigit(`39${p.code}101`), name: `${prefectureName(p.code)}後期高齢者医療広域連合`, type: 'LATE_ELDERLY', prefectureCode: p.code });
  }
  for (const m of MUNICIPALITIES) {
    list.push({ number: withCheckDigit(m.code), name: `${m.name}国民健康保険`, type: 'NATIONAL_HEALTH_INSURANCE', prefectureCode: m.prefectureCode });
  }
  // Health-insurance societies (健保組合), mostly in the big cities; some name a branch (支部).
  const rng = new Rng('insurers');
  for (let i = 0; i < 60; i++) {
    const pref = rng.weighted([['13', 6], ['27', 2], ['14', 1], ['23', 1]] as const);
    const base = `${NAME_STEMS[i % NAME_STEMS.length]}${COMPANY_KINDS[Math.floor(i / 6) % COMPANY_KINDS.length]}健康保険組合`;
    const name = i % 7 === 3 ? `${base}${shortPrefecture(rng.pick(['27', '23', '40']))}支部` : base;
    list.push({ number: withCheckDigit(`06${pref}${String(100 + i).padStart(3, '0')}`), name, type: 'KUMIAI_KENPO', prefectureCode: pref });
  }
  return list;
}

const KIND_NAME: Record<InstitutionKind, readonly string[]> = {
  HOSPITAL: ['病院', '総合病院', '記念病院', '医療センター'],
  MEDICAL_CLINIC: ['内科クリニック', '内科医院', '整形外科', '眼科', '皮膚科クリニック', '小児科'],
  DENTAL_CLINIC: ['歯科医院', '歯科クリニック'],
  PHARMACY: ['薬局', '調剤薬局'],
};

function institutionKindAt(index: number, total: number): InstitutionKind {
  // Interleave kinds in the national proportions so any prefix of the list keeps them.
  const position = ((index * 0.6180339887) % 1) * TOTAL_FACILITIES;
  void total;
  if (position < FACILITY_COUNTS.HOSPITAL) return 'HOSPITAL';
  if (position < FACILITY_COUNTS.HOSPITAL + FACILITY_COUNTS.MEDICAL_CLINIC) return 'MEDICAL_CLINIC';
  if (position < FACILITY_COUNTS.HOSPITAL + FACILITY_COUNTS.MEDICAL_CLINIC + FACILITY_COUNTS.DENTAL_CLINIC) return 'DENTAL_CLINIC';
  return 'PHARMACY';
}

export function generateInstitution(seed: number, index: number, total: number): Institution {
  const rng = Rng.for(seed, 'institution', index);
  const kind = institutionKindAt(index, total);
  // The first institutions of each prefecture are placed so every prefecture has every kind.
  const prefectureCode = index < PLACED_INSTITUTIONS ? PREFECTURES[Math.floor(index / 4)]!.code : pickPrefecture(rng);
  const forcedKind: InstitutionKind | null = index < PLACED_INSTITUTIONS ? (['HOSPITAL', 'MEDICAL_CLINIC', 'DENTAL_CLINIC', 'PHARMACY'] as const)[index % 4]! : null;
  const finalKind = forcedKind ?? kind;
  const municipality: Municipality = rng.pick(municipalitiesOf(prefectureCode));
  const town = rng.pick(municipality.towns);
  const surname = rng.pick(SURNAMES)[0];
  const stem = rng.chance(0.5) ? surname : rng.pick(NAME_STEMS);
  const code = withCheckDigit(`${prefectureCode}${SCORE_TABLE[finalKind]}${String(index).padStart(6, '0')}`);
  return {
    code,
    name: `${stem}${town}${rng.pick(KIND_NAME[finalKind])}`,
    kind: finalKind,
    prefectureCode,
    municipalityCode: municipality.code,
    municipality: municipality.name,
    address: `${prefectureName(prefectureCode)}${municipality.name}${town}${rng.int(1, 5)}-${rng.int(1, 30)}-${rng.int(1, 20)}`,
  };
}

const HOUSEHOLD_SIZE = 3;

interface Core {
  readonly sex: Sex;
  readonly birthDate: string;
}

function personCore(seed: number, index: number, asOf: string): Core {
  const rng = Rng.for(seed, 'person', index);
  const sex: Sex = rng.chance(0.49) ? 'MALE' : 'FEMALE';
  const age = rng.weighted([[rng.int(0, 14), 12], [rng.int(15, 39), 26], [rng.int(40, 64), 33], [rng.int(65, 74), 14], [rng.int(75, 99), 15]] as const);
  const birthDate = addDays(addDays(asOf, -Math.round(age * 365.25)), -rng.int(1, 364));
  return { sex, birthDate };
}

function highCost(rng: Rng, age: number): HighCostCategory {
  return age >= 70
    ? rng.weighted([['ACTIVE_III', 2], ['ACTIVE_II', 3], ['ACTIVE_I', 5], ['GENERAL', 60], ['LOW_INCOME_II', 20], ['LOW_INCOME_I', 10]] as const)
    : rng.weighted([['A', 5], ['I', 15], ['U', 55], ['E', 20], ['O', 5]] as const);
}

/** The late-elderly system (後期高齢者医療制度) began on this day; those already 75 joined it then. */
const LATE_ELDERLY_SYSTEM_START = '2008-04-01';

/** The day a person joins the late-elderly system: the 75th birthday, or the system's first day. */
function lateElderlyFrom(birthDate: string): string {
  const birthday = birthdayAt(birthDate, 75);
  return birthday < LATE_ELDERLY_SYSTEM_START ? LATE_ELDERLY_SYSTEM_START : birthday;
}

/**
 * When a household's employee insurance ended (the insured person left the job, nothing new
 * registered yet): every member insured through it loses it that day. A household with a
 * member born on or after that day cannot have had it end before, so it keeps the insurance.
 */
function householdLoss(seed: number, firstMember: number, asOf: string): string | null {
  const rng = Rng.for(seed, 'household-loss', firstMember);
  if (!rng.chance(0.03)) return null;
  const date = addDays(asOf, -rng.int(5, 120));
  for (let m = firstMember; m < firstMember + HOUSEHOLD_SIZE; m++) {
    if (personCore(seed, m, asOf).birthDate >= date) return null;
  }
  return date;
}

/**
 * 給付割合 (percent): from 70, 70 with an active-level income (現役並み所得) and otherwise 90
 * from 75, 80 at 70-74; 80 for preschool children; 70 otherwise.
 */
function benefitRatio(age: number, category: HighCostCategory): number {
  if (age >= 70) return category.startsWith('ACTIVE_') ? 70 : age >= 75 ? 90 : 80;
  return age < 6 ? 80 : 70;
}

/**
 * An insured person id: opaque, unique, stable for (seed, index). Never a My Number, nor shaped
 * like one: the last group, which carries the index, starts with a letter, so no twelve digits
 * ever stand in a row.
 */
export function personId(seed: number, index: number): string {
  const h = Rng.for(seed, 'id', index).hex(20).toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-a${h.slice(17, 20)}-f${index.toString(16).padStart(11, '0')}`;
}

export class World {
  readonly insurers: readonly Insurer[];
  readonly institutions: readonly Institution[];
  private readonly byPrefectureKind = new Map<string, Institution[]>();
  private readonly byKind = new Map<InstitutionKind, Institution[]>();
  /** Where each institution stands in its prefecture-and-kind list and in its kind list. */
  private readonly positions = new Map<Institution, { local: number; kind: number }>();

  constructor(readonly options: WorldOptions) {
    this.insurers = buildInsurers();
    const count = options.institutions ?? defaultInstitutionCount(options.people);
    const list: Institution[] = [];
    for (let i = 0; i < count; i++) list.push(generateInstitution(options.seed, i, count));
    this.institutions = list;
    for (const inst of list) {
      const key = `${inst.prefectureCode}:${inst.kind}`;
      const local = this.byPrefectureKind.get(key) ?? this.byPrefectureKind.set(key, []).get(key)!;
      const ofKind = this.byKind.get(inst.kind) ?? this.byKind.set(inst.kind, []).get(inst.kind)!;
      this.positions.set(inst, { local: local.length, kind: ofKind.length });
      local.push(inst);
      ofKind.push(inst);
    }
  }

  /**
   * An institution of `kind` near the person (same prefecture when there is one), other than
   * `except` when another exists: a second prescriber must not be the first one again.
   */
  institutionNear(rng: Rng, prefectureCode: string, kind: InstitutionKind, except?: Institution): Institution {
    return (
      this.pickExcept(rng, this.byPrefectureKind.get(`${prefectureCode}:${kind}`) ?? [], except, 'local') ??
      this.pickExcept(rng, this.byKind.get(kind)!, except, 'kind') ??
      rng.pick(this.byKind.get(kind)!)
    );
  }

  /**
   * A uniform pick from `list` leaving out `except`, without copying the list: the draw runs over
   * one fewer position and skips the excluded one (the same pick as from the filtered list).
   */
  private pickExcept(rng: Rng, list: readonly Institution[], except: Institution | undefined, within: 'local' | 'kind'): Institution | null {
    const excluded = except ? this.positions.get(except)?.[within] ?? -1 : -1;
    const skip = excluded >= 0 && list[excluded] === except ? excluded : -1;
    const size = list.length - (skip >= 0 ? 1 : 0);
    if (size <= 0) return null;
    const drawn = Math.floor(rng.next() * size);
    return list[skip >= 0 && drawn >= skip ? drawn + 1 : drawn]!;
  }

  insurer(number: string): Insurer {
    const found = this.insurers.find((i) => i.number === number);
    if (!found) throw new Error(`unknown insurer ${number}`);
    return found;
  }

  private insurerFor(rng: Rng, type: InsurerType, prefectureCode: string, municipalityCode: string): Insurer {
    const candidates = this.insurers.filter((i) =>
      type === 'NATIONAL_HEALTH_INSURANCE'
        ? i.type === type && i.number.startsWith(municipalityCode)
        : type === 'KUMIAI_KENPO'
          ? i.type === type
          : i.type === type && i.prefectureCode === prefectureCode,
    );
    return rng.pick(candidates);
  }

  person(index: number): Person {
    const { seed, asOf } = this.options;
    const core = personCore(seed, index, asOf);
    const age = ageOn(core.birthDate, asOf);
    const household = Math.floor(index / HOUSEHOLD_SIZE);
    const firstMember = household * HOUSEHOLD_SIZE;
    const hh = Rng.for(seed, 'household', household);
    const prefectureCode = pickPrefecture(hh);
    const municipality = hh.pick(municipalitiesOf(prefectureCode));
    const town = hh.pick(municipality.towns);
    const addressLine = `${town}${hh.int(1, 5)}-${hh.int(1, 30)}-${hh.int(1, 20)}`;
    const postalCode = `${String(hh.int(100, 999))}-${String(hh.int(0, 9999)).padStart(4, '0')}`;
    const surname = hh.pick(SURNAMES);
    const householdType = hh.weighted([['KYOKAI_KENPO', 40], ['KUMIAI_KENPO', 25], ['KYOSAI', 7], ['NATIONAL_HEALTH_INSURANCE', 28]] as const);
    const householdInsurer = this.insurerFor(hh, householdType, prefectureCode, municipality.code);
    const householdSymbol = String(hh.int(1000, 99999999));

    const rng = Rng.for(seed, 'person-detail', index);
    const given = rng.pick(core.sex === 'MALE' ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
    const isElderly = age >= 75;
    // The household's first member under 75 heads the household's insurance.
    let head = -1;
    for (let m = firstMember; m < firstMember + HOUSEHOLD_SIZE; m++) {
      if (ageOn(personCore(seed, m, asOf).birthDate, asOf) < 75) { head = m; break; }
    }
    const insurer = isElderly ? this.insurerFor(rng, 'LATE_ELDERLY', prefectureCode, municipality.code) : householdInsurer;
    const relationship: Relationship = isElderly || index === head || insurer.type === 'NATIONAL_HEALTH_INSURANCE' ? 'INSURED' : 'DEPENDENT';
    const symbol = isElderly ? '' : householdSymbol;
    const number = isElderly ? String(10_000_000 + index).slice(-8) : String(household).padStart(7, '0').slice(-7);
    const branch = isElderly ? '00' : String(index - firstMember + 1).padStart(2, '0');

    const qualifications: Qualification[] = [];
    const startOfCurrent = isElderly
      ? lateElderlyFrom(core.birthDate)
      : rng.chance(0.25) ? addDays(asOf, -rng.int(200, 1800)) : core.birthDate > '2000-01-01' ? core.birthDate : addDays(asOf, -rng.int(2000, 9000));
    const previousAcquiredOn = addDays(startOfCurrent, -rng.int(400, 4000));
    if (rng.chance(0.3) && previousAcquiredOn > core.birthDate) {
      // A previous qualification, lost the day the current one was acquired (a job change, or turning 75).
      const previousType: InsurerType = isElderly ? 'NATIONAL_HEALTH_INSURANCE' : rng.pick(['KYOKAI_KENPO', 'NATIONAL_HEALTH_INSURANCE'] as const);
      const previous = this.insurerFor(rng, previousType, prefectureCode, municipality.code);
      const ageThen = ageOn(core.birthDate, addDays(startOfCurrent, -1));
      const highCostCategory = highCost(rng, ageThen);
      qualifications.push({
        insurerNumber: previous.number, symbol: String(rng.int(1000, 9999)), number: String(index).padStart(7, '0').slice(-7), branch: '01',
        relationship: 'INSURED', acquiredOn: previousAcquiredOn, lostOn: startOfCurrent,
        benefitRatio: benefitRatio(ageThen, highCostCategory), highCostCategory,
      });
    }
    // A few have lost their only current qualification with no new one yet (eligibility: invalid):
    // those insured in their own right alone, those under employee insurance with their household.
    const acquiredOn = startOfCurrent < core.birthDate ? core.birthDate : startOfCurrent;
    const lossDate = addDays(asOf, -rng.int(5, 120));
    const ownLoss = rng.chance(0.03) && lossDate > acquiredOn ? lossDate : null;
    const lostOn = isElderly || insurer.type === 'NATIONAL_HEALTH_INSURANCE' ? ownLoss : householdLoss(seed, firstMember, asOf);
    // Ratio and income category follow the age on the last day in force.
    const ageInForce = ageOn(core.birthDate, lostOn === null ? asOf : addDays(lostOn, -1));
    const highCostCategory = highCost(rng, ageInForce);
    qualifications.push({
      insurerNumber: insurer.number, symbol, number, branch, relationship, acquiredOn, lostOn,
      benefitRatio: benefitRatio(ageInForce, highCostCategory), highCostCategory,
    });

    const certificates: CardCertificate[] = [];
    if (rng.chance(0.6)) {
      const issuedOn = addDays(asOf, -rng.int(30, 1700));
      certificates.push({ serial: `${rng.hex(6)}${index.toString(16).padStart(10, '0').toUpperCase()}`, kind: 'CARD', issuedOn, expiresOn: addDays(issuedOn, 365 * 5) });
      if (rng.chance(0.25)) {
        const phoneIssued = addDays(asOf, -rng.int(1, 500));
        certificates.push({ serial: `F${rng.hex(5)}${index.toString(16).padStart(10, '0').toUpperCase()}`, kind: 'SMARTPHONE', issuedOn: phoneIssued, expiresOn: addDays(phoneIssued, 365 * 5) });
      }
    }

    return {
      index,
      id: personId(seed, index),
      nameKanji: `${surname[0]} ${given[0]}`,
      nameKana: `${surname[1]} ${given[1]}`,
      sex: core.sex,
      birthDate: core.birthDate,
      prefectureCode,
      municipalityCode: municipality.code,
      municipality: municipality.name,
      town,
      addressLine,
      postalCode,
      qualifications,
      certificates,
    };
  }
}
