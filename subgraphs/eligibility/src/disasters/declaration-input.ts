import { badUserInput } from '../../../../common/src/errors';
import { isoDateProblem } from '../../../../common/src/identifiers';
import { POLICY_TIME_ZONE_OFFSET } from '../../../../common/src/policy/bases';
import { addDays } from '../../../../common/src/japan-calendar';
import { assertValid } from '../../../../common/src/validate';

const MAX_NAME_LENGTH = 200;
/** The Noto earthquake of 2024 covered 47 municipalities; a declaration of hundreds is no typing slip. */
const MAX_REGIONS = 500;
const PREFECTURE = /^(0[1-9]|[1-3][0-9]|4[0-7])$/;
const MUNICIPALITY = /^[0-9]{5}$/;
const DISASTER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Region {
  readonly prefectureCode: string;
  readonly municipalityCode: string;
}

export interface Declaration {
  readonly name: string;
  readonly regions: readonly Region[];
  readonly startsAt: Date;
  readonly endsAt: Date;
}

/** 00:00 in Japan of a day (YYYY-MM-DD). */
export const startOfDay = (day: string): Date => new Date(`${day}T00:00:00${POLICY_TIME_ZONE_OFFSET}`);

/** The instant a period whose last day (Japan) is `day` ends: 00:00 of the next day. */
export const endOfDay = (day: string): Date => startOfDay(addDays(day, 1));

export function municipalityCodeOf(argument: string, value: string): string {
  if (!MUNICIPALITY.test(value)) throw badUserInput(argument, 'must be a municipality code (団体コード, 5 digits)');
  return value;
}

export function disasterIdOf(value: string): string {
  if (!DISASTER_ID.test(value)) throw badUserInput('disasterId', 'must be a disaster id (a UUID)');
  return value.toLowerCase();
}

export function dayOf(argument: string, value: string): string {
  assertValid(argument, value, isoDateProblem);
  return value;
}

function regionsOf(regions: readonly Region[]): Region[] {
  if (regions.length === 0 || regions.length > MAX_REGIONS) throw badUserInput('input.regions', `must list 1 to ${MAX_REGIONS} municipalities`);
  const seen = new Set<string>();
  return regions.map((region, index) => {
    const argument = `input.regions[${index}]`;
    if (!PREFECTURE.test(region.prefectureCode)) throw badUserInput(`${argument}.prefectureCode`, 'must be a prefecture code 01-47');
    municipalityCodeOf(`${argument}.municipalityCode`, region.municipalityCode);
    if (!region.municipalityCode.startsWith(region.prefectureCode)) throw badUserInput(`${argument}.municipalityCode`, 'must start with its prefecture code');
    if (seen.has(region.municipalityCode)) throw badUserInput(`${argument}.municipalityCode`, 'is listed twice');
    seen.add(region.municipalityCode);
    return { prefectureCode: region.prefectureCode, municipalityCode: region.municipalityCode };
  });
}

/** A declaration's form, checked before anything is written: its name, municipalities and days (both inclusive, Japan). */
export function declarationOf(input: { name: string; regions: readonly Region[]; startsOn: string; endsOn: string }): Declaration {
  const name = input.name.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || /\p{Cc}/u.test(name)) throw badUserInput('input.name', `must be 1 to ${MAX_NAME_LENGTH} characters of text`);
  const regions = regionsOf(input.regions);
  const [startsOn, endsOn] = [dayOf('input.startsOn', input.startsOn), dayOf('input.endsOn', input.endsOn)];
  if (endsOn < startsOn) throw badUserInput('input.endsOn', 'must not be before startsOn');
  return { name, regions, startsAt: startOfDay(startsOn), endsAt: endOfDay(endsOn) };
}
