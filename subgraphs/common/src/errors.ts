import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ERRORS } from '../../../common/src/errors';
import { logEvent } from '../../../common/src/log';

const KNOWN_CODES = new Set(Object.keys(ERRORS));

/**
 * What a subgraph lets out of an error: our own coded errors as they are, GraphQL's
 * validation errors as they are, anything else masked (no stack, no SQL, no internal names).
 */
export function maskError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const cause = original instanceof GraphQLError ? original.originalError : original;
  const fromResolver = cause instanceof Error && !(cause instanceof GraphQLError);
  if (typeof code === 'string' && KNOWN_CODES.has(code) && !fromResolver) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (!fromResolver && (code === undefined || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED')) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: code ?? 'GRAPHQL_VALIDATION_FAILED' } };
  }
  logEvent('subgraph', 'unexpected-error', { message: cause instanceof Error ? cause.message : formatted.message, path: formatted.path });
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ERRORS.INTERNAL_SERVER_ERROR.code } };
}
