import { GraphQLError } from 'graphql';
import { describeDenyReason } from './policy/deny-reasons';
import { DenyReason } from './policy/types';

/**
 * The one registry of error codes this project returns in `extensions.code`.
 * Every error a client can see is made by a factory from here, so codes stay stable;
 * the README's error table is generated from this list (`npm run docs:errors`).
 */
export interface ErrorCodeDefinition {
  readonly code: string;
  readonly description: string;
  /** HTTP status when the error ends the whole request (most GraphQL errors keep 200). */
  readonly httpStatus?: number;
}

function define<C extends string>(code: C, description: string, httpStatus?: number) {
  const definition: ErrorCodeDefinition = { code, description, httpStatus };
  const make = (message: string, extensions: Record<string, unknown> = {}): GraphQLError =>
    new GraphQLError(message, {
      extensions: { ...extensions, code, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
    });
  return Object.assign(make, { definition, code });
}

export const ERRORS = {
  BAD_USER_INPUT: define(
    'BAD_USER_INPUT',
    'An argument is malformed: a wrong identifier format or check digit, a bad date, an out-of-range page size. The message says which argument and why. Nothing reached the database.',
  ),
  GRAPHQL_VALIDATION_FAILED: define(
    'GRAPHQL_VALIDATION_FAILED',
    'The operation does not match the schema (unknown field, wrong argument type).',
    400,
  ),
  GRAPHQL_PARSE_FAILED: define('GRAPHQL_PARSE_FAILED', 'The operation is not valid GraphQL syntax.', 400),
  PERSISTED_QUERY_NOT_FOUND: define(
    'PERSISTED_QUERY_NOT_FOUND',
    'An automatic persisted query was sent by hash alone and the gateway does not know it yet: send it again with its text.',
  ),
  BAD_REQUEST: define('BAD_REQUEST', 'The HTTP request is not a GraphQL request: the body is not JSON, or has no query.', 400),
  PAYLOAD_TOO_LARGE: define('PAYLOAD_TOO_LARGE', 'The request body is larger than the gateway accepts (`MAX_BODY_BYTES`).', 413),
  UNAUTHENTICATED: define(
    'UNAUTHENTICATED',
    'The request has no acceptable bearer token, or the caller it names is not registered. `extensions.reason` says why: MISSING, MALFORMED, EXPIRED, NOT_YET_VALID, BAD_SIGNATURE (not signed by a trusted key with an accepted algorithm), WRONG_AUDIENCE or WRONG_ISSUER; UNKNOWN_SUBJECT (no such staff member at the institution, internal user or person), UNKNOWN_TERMINAL (the terminal is not registered to the institution), TERMINAL_REQUIRED (staff call from a registered terminal) or NO_ACTIVE_CERTIFICATE (the patient has no unexpired, unrevoked card certificate). The answer carries a `WWW-Authenticate: Bearer` challenge and nothing is planned or fetched. The token is never echoed. Get a new token and send it as `Authorization: Bearer <token>`. A subgraph called without the gateway\'s signed access context answers it too, with a reason SIGNED_CONTEXT_MISSING, SIGNED_CONTEXT_MALFORMED, SIGNED_CONTEXT_BAD_SIGNATURE, SIGNED_CONTEXT_EXPIRED or SIGNED_CONTEXT_NOT_YET_VALID, and runs nothing.',
    401,
  ),
  NOT_FOUND: define('NOT_FOUND', 'The requested record does not exist (or is not visible to the caller).'),
  FORBIDDEN: define(
    'FORBIDDEN',
    'The caller may not see this field: it comes back null, the rest of the answer is served, and `extensions.reason` says why (one of the deny reasons of the access policy, e.g. `CONSENT_REQUIRED`, `CONSENT_EXPIRED`, `PATIENT_ONLY`, `NOT_NOTIFIED`, `QUALIFICATION_REQUIRED`, `NO_POLICY`).',
  ),
  DOWNSTREAM_SERVICE_ERROR: define(
    'DOWNSTREAM_SERVICE_ERROR',
    'A subgraph failed or could not be reached; `extensions.serviceName` names it. Data from other subgraphs is still returned.',
  ),
  SERVICE_UNAVAILABLE: define(
    'SERVICE_UNAVAILABLE',
    'Something the answer depends on is unavailable (PostgreSQL, or the identity provider\'s keys). Retry later; nothing was written.',
    503,
  ),
  AUDIT_UNAVAILABLE: define(
    'AUDIT_UNAVAILABLE',
    "The access to a person's data could not be recorded in the access log (its database is unreachable or did not answer in time), so nothing of it is served: no data, only this error. Retry later.",
    503,
  ),
  INTERNAL_SERVER_ERROR: define(
    'INTERNAL_SERVER_ERROR',
    'An unexpected error. Its details are logged on the server; none are returned.',
  ),
} as const;

export type ErrorCode = keyof typeof ERRORS;

export const errorDefinitions = (): ErrorCodeDefinition[] => Object.values(ERRORS).map((e) => e.definition);

export const badUserInput = (argument: string, problem: string): GraphQLError =>
  ERRORS.BAD_USER_INPUT(`Invalid ${argument}: ${problem}`, { argument });

/** A field withheld by the access policy; `field` is the `Type.field` it was. */
export const forbidden = (reason: DenyReason, field?: string): GraphQLError =>
  ERRORS.FORBIDDEN(`Forbidden: ${describeDenyReason(reason)}`, { reason, ...(field ? { field } : {}) });
