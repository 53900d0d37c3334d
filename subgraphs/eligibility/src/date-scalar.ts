import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '../../../common/src/errors';

/**
 * `Date` (YYYY-MM-DD) travels as a string. Only the type is checked here; resolvers check the
 * format, so the error names the argument it came from.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO calendar date, YYYY-MM-DD.',
  serialize: (value) => {
    if (typeof value !== 'string') throw new TypeError('a Date must be serialized from an ISO date string');
    return value;
  },
  parseValue: (value) => {
    if (typeof value !== 'string') throw badUserInput('Date', 'must be a string YYYY-MM-DD');
    return value;
  },
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) throw badUserInput('Date', 'must be a string YYYY-MM-DD');
    return node.value;
  },
});
