import { prefectureName } from '../../../../data/src/places';
import { SqlReader } from '../../../../common/src/access/sql-reader';
import { badUserInput, ERRORS } from '../../../../common/src/errors';
import { isoDateProblem } from '../../../../common/src/identifiers';

/** What the caller typed for a patient without a card (seed 000 §(3) 照会方法). */
export interface PatientIdentificationInput {
  readonly name?: string | null;
  readonly birthDate?: string | null;
  readonly sex?: 'MALE' | 'FEMALE' | null;
  readonly insurerName?: string | null;
  readonly address?: string | null;
}

/** The four attributes, normalized: ① name ② date of birth ③ sex ④ a part of the insurer's name and/or of the address. */
export interface PatientIdentification {
  readonly name: string;
  readonly birthDate: string;
  readonly sex: 'MALE' | 'FEMALE';
  readonly insurerName: string | null;
  readonly address: string | null;
}

/** The shortest part of an insurer name or address searched by: one character tells nothing apart. */
const MIN_PART_LENGTH = 2;
const HIRAGANA = /[\u3041-\u3096]/gu;

/**
 * Text as people type it and the registry writes it, made comparable: compatibility forms folded
 * (full-width letters and digits, half-width katakana), hiragana as katakana, spaces dropped.
 */
export function normalized(text: string): string {
  return text
    .normalize('NFKC')
    .replace(HIRAGANA, (kana) => String.fromCodePoint(kana.codePointAt(0)! + 0x60))
    .replace(/\s+/gu, '');
}

const given = (value: string | null | undefined): string | null => {
  const text = value == null ? '' : normalized(value);
  return text.length === 0 ? null : text;
};

/**
 * The four attributes, checked before anything is searched: all are required (the fourth as
 * the insurer's name or the address), or IDENTIFIERS_MISSING names what is missing. A part of
 * the insurer's name or address shorter than two characters is refused (BAD_USER_INPUT).
 */
export function identificationOf(input: PatientIdentificationInput, argument: string): PatientIdentification {
  const name = given(input.name);
  const birthDate = input.birthDate ?? null;
  const sex = input.sex ?? null;
  const insurerName = given(input.insurerName);
  const address = given(input.address);
  const missing = [
    ...(name === null ? ['name'] : []),
    ...(birthDate === null ? ['birthDate'] : []),
    ...(sex === null ? ['sex'] : []),
    ...(insurerName === null && address === null ? ['insurerName or address'] : []),
  ];
  if (missing.length > 0) {
    throw ERRORS.IDENTIFIERS_MISSING.inResult(`All four attributes identify a patient without a card; missing: ${missing.join(', ')}`, { missing });
  }
  const dateProblem = isoDateProblem(birthDate!);
  if (dateProblem) throw badUserInput(`${argument}.birthDate`, dateProblem);
  for (const [field, part] of [['insurerName', insurerName], ['address', address]] as const) {
    if (part !== null && [...part].length < MIN_PART_LENGTH) throw badUserInput(`${argument}.${field}`, `must be at least ${MIN_PART_LENGTH} characters`);
  }
  return { name: name!, birthDate: birthDate!, sex: sex!, insurerName, address };
}

interface Candidate {
  readonly id: string;
  readonly nameKanji: string;
  readonly nameKana: string;
  readonly prefectureCode: string;
  readonly municipality: string;
  readonly addressLine: string;
  readonly insurerNames: readonly string[];
}

/** Whether the fourth attribute holds: each part given is found in the insurer's name (of a qualification in force) or the address. */
function nameHolds(candidate: Candidate, { name }: PatientIdentification): boolean {
  return normalized(candidate.nameKanji) === name || normalized(candidate.nameKana) === name;
}

function fourthHolds(candidate: Candidate, identification: PatientIdentification): boolean {
  const { insurerName, address } = identification;
  const insurerHolds = insurerName === null || candidate.insurerNames.some((name) => normalized(name).includes(insurerName));
  const fullAddress = normalized(`${prefectureName(candidate.prefectureCode)}${candidate.municipality}${candidate.addressLine}`);
  const addressHolds = address === null || fullAddress.includes(address);
  return insurerHolds && addressHolds;
}

/**
 * The one insured person the four attributes name (seed 000 §(3)): the name in full (kanji or kana,
 * compared as {@link normalized} makes both the typed and the registered name),
 * the date of birth and sex exactly, a qualification in force `today` (an insured number to read
 * by), and the fourth attribute as a part of the insurer's name or of the address. None is
 * NO_MATCH, several IDENTIFICATION_AMBIGUOUS; neither says who or how many there are.
 */
export async function identifyInsuredPerson(sql: SqlReader, identification: PatientIdentification, today: string): Promise<string> {
  const candidates = await sql.query<Candidate>(
    `SELECT p.id::text AS id, p.name_kanji AS "nameKanji", p.name_kana AS "nameKana",
            p.prefecture_code AS "prefectureCode", p.municipality, p.address_line AS "addressLine",
            array_agg(i.name ORDER BY i.name) AS "insurerNames"
       FROM people p
       JOIN qualifications q ON q.person_id = p.id AND q.acquired_on <= $3::date AND (q.lost_on IS NULL OR q.lost_on > $3::date)
       JOIN insurers i ON i.number = q.insurer_number
      WHERE p.birth_date = $1::date AND p.sex = $2
      GROUP BY p.id`,
    [identification.birthDate, identification.sex, today],
  );
  // The registry's names are normalized as the typed one is (a kanji name may hold hiragana: 佐藤 さくら).
  const matching = candidates.filter((candidate) => nameHolds(candidate, identification) && fourthHolds(candidate, identification));
  if (matching.length === 0) throw ERRORS.NO_MATCH.inResult('No insured person matches the four attributes given');
  if (matching.length > 1) throw ERRORS.IDENTIFICATION_AMBIGUOUS.inResult('The four attributes given match more than one insured person: give a longer part of the insurer name or address');
  return matching[0]!.id;
}
