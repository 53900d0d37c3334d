import { GraphQLFormattedError } from 'graphql';
import { ERRORS } from '../../../common/src/errors';
import { logEvent } from '../../../common/src/log';

// INTERNAL_SERVER_ERROR is no code of a known error: it is also Apollo Server's code for any error
// it does not know, a subgraph's included, whose message may be a database's.
const KNOWN_CODES = new Set<string>(Object.keys(ERRORS).filter((code) => code !== ERRORS.INTERNAL_SERVER_ERROR.code));

/**
 * What leaves the gateway of an error: our registered codes (from the gateway or a subgraph,
 * with the subgraph's `serviceName`) as they are; anything else, INTERNAL_SERVER_ERROR included, masked to INTERNAL_SERVER_ERROR,
 * with no stack, SQL or internal names.
 */
export function maskGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logEvent('gateway', 'unexpected-error', { message: formatted.message, code, path: formatted.path });
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ERRORS.INTERNAL_SERVER_ERROR.code, ...(formatted.extensions?.serviceName ? { serviceName: formatted.extensions.serviceName } : {}) },
  };
}
