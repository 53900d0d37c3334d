import { GraphQLError, GraphQLScalarType, Kind, print } from 'graphql';

const NOT_A_STRING = 'a Date must be a string YYYY-MM-DD';

/**
 * `Date` (YYYY-MM-DD) travels as a string. Only the type is checked here; resolvers check the
 * format, so the error names the argument it came from. Errors are GraphQLErrors so they reach
 * the client as the validation errors they are, not masked as internal ones.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO calendar date, YYYY-MM-DD.',
  serialize: (value) => {
    if (typeof value !== 'string') throw new TypeError('a Date must be serialized from an ISO date string');
    return value;
  },
  parseValue: (value) => {
    if (typeof value !== 'string') throw new GraphQLError(NOT_A_STRING);
    return value;
  },
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) throw new GraphQLError(`Expected value of type "Date", found ${print(node)}; ${NOT_A_STRING}`, { nodes: node });
    return node.value;
  },
});
