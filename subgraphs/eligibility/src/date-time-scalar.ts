import { GraphQLError, GraphQLScalarType, Kind, print } from 'graphql';

const NOT_A_STRING = 'a DateTime must be a string, an ISO 8601 instant with its offset';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/;

/**
 * `DateTime` travels as a string. As with `Date`, only the type is checked here; resolvers parse it
 * with `instantOf`, so the error names the argument it came from.
 */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with its offset (e.g. 2026-11-01T09:30:00+09:00 or 2026-11-01T00:30:00Z).',
  serialize: (value) => {
    if (typeof value !== 'string') throw new TypeError('a DateTime must be serialized from an ISO 8601 string');
    return value;
  },
  parseValue: (value) => {
    if (typeof value !== 'string') throw new GraphQLError(NOT_A_STRING);
    return value;
  },
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) throw new GraphQLError(`Expected value of type "DateTime", found ${print(node)}; ${NOT_A_STRING}`, { nodes: node });
    return node.value;
  },
});

/** Whether the calendar date and clock time as written exist (no 2026-02-30, no 24:00). */
function fieldsInRange(value: string): boolean {
  const [, year, month, day, hour, minute, second] = ISO_DATE_PARTS.exec(value)!.map(Number);
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth && hour! <= 23 && minute! <= 59 && second! <= 59;
}

/** The instant a DateTime names, or null when it is not one (with seconds and an offset, e.g. 2026-11-01T09:30:00+09:00). */
export function instantOf(value: string): Date | null {
  if (!ISO_INSTANT.test(value) || !fieldsInRange(value)) return null;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? null : time;
}
