import { badUserInput } from '../../../common/src/errors';
import { institutionCodeProblem, personIdProblem } from '../../../common/src/identifiers';
import { Basis } from '../../../common/src/policy/types';
import { AccessEventFilter } from './generated/resolvers';

/** An auditor's search, checked: every condition given must hold. */
export interface EventFilter {
  readonly personId: string | null;
  readonly institutionCode: string | null;
  readonly userId: string | null;
  readonly bases: readonly Basis[] | null;
  readonly emergencyOrDisaster: boolean;
  readonly outcome: string | null;
  readonly from: Date | null;
  readonly to: Date | null;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const USER_ID = /^[\x21-\x7e]{1,255}$/;

function instant(argument: string, value: string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const time = INSTANT.test(value) ? new Date(value) : null;
  if (time === null || Number.isNaN(time.getTime())) throw badUserInput(argument, 'must be an ISO 8601 instant with its offset, e.g. 2026-11-01T00:00:00+09:00');
  return time;
}

function checked<T extends string>(argument: string, value: T | null | undefined, problem: (value: T) => string | null): T | null {
  if (value === null || value === undefined) return null;
  const found = problem(value);
  if (found !== null) throw badUserInput(argument, found);
  return value;
}

/** The filter as given, or BAD_USER_INPUT naming the condition that is malformed; nothing reaches the database before. */
export function eventFilterOf(input: AccessEventFilter): EventFilter {
  const from = instant('filter.from', input.from);
  const to = instant('filter.to', input.to);
  if (from !== null && to !== null && from.getTime() >= to.getTime()) throw badUserInput('filter.to', 'must be after filter.from');
  return {
    personId: checked('filter.personId', input.personId, personIdProblem)?.toLowerCase() ?? null,
    institutionCode: checked('filter.institutionCode', input.institutionCode, institutionCodeProblem),
    userId: checked('filter.userId', input.userId, (v) => (USER_ID.test(v) ? null : 'must be a login id or a person id')),
    bases: input.bases && input.bases.length > 0 ? input.bases : null,
    emergencyOrDisaster: input.emergencyOrDisaster === true,
    outcome: input.outcome ?? null,
    from,
    to,
  };
}
