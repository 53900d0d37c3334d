import { GraphQLError } from 'graphql';
import { describeDenyReason } from './policy/deny-reasons';
import { AccessBasisRefusal } from './policy/access-basis';
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
  // Headers the caller gives in `extensions.http` (a challenge, Retry-After) go with the status.
  const make = (message: string, extensions: Record<string, unknown> = {}): GraphQLError =>
    new GraphQLError(message, {
      extensions: { ...extensions, code, ...(httpStatus ? { http: { ...(extensions.http as object | undefined), status: httpStatus } } : {}) },
    });
  /**
   * The same error as one field's, in a result that is still served (a subgraph's resolver): no
   * HTTP status, which would make the whole subgraph answer an error to the gateway.
   */
  const inResult = (message: string, extensions: Record<string, unknown> = {}): GraphQLError =>
    new GraphQLError(message, { extensions: { ...extensions, code } });
  return Object.assign(make, { definition, code, inResult });
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
  OPERATION_LIMIT_EXCEEDED: define(
    'OPERATION_LIMIT_EXCEEDED',
    'The operation is larger than the gateway runs, so nothing was planned and no subgraph was called. `extensions.limit` says which limit: TOKENS (the document, counted while parsing), DEPTH (nested fields), ALIASES, DIRECTIVES, COST (the estimated work, list sizes from `first` or an assumed size) or BATCH (a JSON array of operations: one operation per request); `extensions.max` is the limit and `extensions.actual` the operation\'s figure (not for TOKENS, where parsing stops at the limit). Ask for fewer fields or smaller pages, or split the operation. See the README\'s Security section for the defaults and their settings.',
    400,
  ),
  TRUSTED_DOCUMENT_NOT_FOUND: define(
    'TRUSTED_DOCUMENT_NOT_FOUND',
    'The gateway runs only registered operations (trusted documents) and none is registered under the hash sent (`documentId`, or `extensions.persistedQuery.sha256Hash`). Register the operation in the manifest and deploy it; sending the text instead does not register it.',
    400,
  ),
  TRUSTED_DOCUMENT_REQUIRED: define(
    'TRUSTED_DOCUMENT_REQUIRED',
    'The gateway runs only registered operations (trusted documents) and this caller\'s role may not send others: send a registered operation\'s hash as `documentId` (or the exact text of a registered operation). Nothing was parsed or planned.',
    403,
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
    'A subgraph failed or could not be reached; `extensions.serviceName` names it and `extensions.reason` says how: UNREACHABLE (no connection, or it was lost), TIMEOUT (no answer within its timeout), CIRCUIT_OPEN (it failed repeatedly, so no request is sent to it until its cool-down has passed) or BAD_RESPONSE. The error is at each path that subgraph was to fill, which are null; data from other subgraphs is still returned. Nothing is retried by the gateway.',
  ),
  SERVICE_UNAVAILABLE: define(
    'SERVICE_UNAVAILABLE',
    'Something the answer depends on is unavailable (PostgreSQL, or the identity provider\'s keys). Retry later; nothing was written.',
    503,
  ),
  REAUTHENTICATION_REQUIRED: define(
    'REAUTHENTICATION_REQUIRED',
    'Emergency access without the patient\'s card needs the terminal user to have authenticated again just before (DOMAIN.md §4.3): the token\'s `auth_time` is older than the window (5 minutes unless configured, `extensions.maxAgeSeconds`) or missing. Sign in again at the emergency-only terminal and repeat the request. The gateway answers it with a `WWW-Authenticate: Bearer error="insufficient_user_authentication"` challenge and `max_age` (RFC 9470).',
    401,
  ),
  DISASTER_MODE_INACTIVE: define(
    'DISASTER_MODE_INACTIVE',
    'Disaster access (DOMAIN.md §4.4) is open only at an institution located in a region (municipality) of a disaster an operator declared, during its period: there is none for the caller\'s institution now (never declared, not begun, ended, or closed early for its municipality). Nothing was searched or recorded.',
    403,
  ),
  IDENTIFIERS_MISSING: define(
    'IDENTIFIERS_MISSING',
    'Identifying a patient without a card needs all four of: name (kanji or kana), date of birth, sex, and the insurer\'s name or the address (a part of either will do). `extensions.missing` lists the inputs not given. Nothing was searched.',
  ),
  NO_MATCH: define(
    'NO_MATCH',
    'No insured person matches the four attributes given. Nothing is said about who exists: check the inputs with the patient or their family and search again.',
  ),
  IDENTIFICATION_AMBIGUOUS: define(
    'IDENTIFICATION_AMBIGUOUS',
    'More than one insured person matches the four attributes given, so none is shown (nor how many). Give a longer part of the insurer\'s name or the address.',
  ),
  RATE_LIMITED: define(
    'RATE_LIMITED',
    'Too many identification searches (disaster access, emergency access without a card) by this user or this institution within the window, counted across every gateway instance: `extensions.limit` says which (USER or INSTITUTION), `extensions.retryAfterSeconds` when the window ends (also the `Retry-After` header). Nothing was searched.',
    429,
  ),
  RATE_LIMIT_UNAVAILABLE: define(
    'RATE_LIMIT_UNAVAILABLE',
    'An identification search (disaster access, emergency access without a card) cannot be counted against its limits, because the shared counter (Redis) is unreachable, so it is refused: the limit fails closed. Nothing was searched. Other requests are served meanwhile; retry later.',
    503,
  ),
  AUDIT_UNAVAILABLE: define(
    'AUDIT_UNAVAILABLE',
    "The access to a person's data could not be recorded in the access log (its database is unreachable or did not answer in time), so nothing of it is served: no data, only this error. Retry later.",
    503,
  ),
  VERIFICATION_STALE: define(
    'VERIFICATION_STALE',
    'A card reader\'s consent report (`recordConsent`) is recorded only shortly after the identity verification it reports: its `verifiedAt` is older than the verification window (5 minutes unless configured, `extensions.maxAgeSeconds`) or ahead of the clock by more than 30 s. Nothing was written. The patient verifies again at the card reader, which sends a new report.',
  ),
  VERIFICATION_REPLAYED: define(
    'VERIFICATION_REPLAYED',
    'A card reader\'s consent report (`recordConsent`) whose `verificationId` was already recorded: each verification gives one consent, and a report sent again (whoever sends it, with whatever token) records nothing. The patient verifies again at the card reader for a new consent.',
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

/**
 * Why an emergency or disaster access could not be opened (decideAccessBasis), as the error a
 * subgraph's resolver throws: its own code, or FORBIDDEN with the reason.
 */
export function accessBasisRefused(refusal: AccessBasisRefusal, reauthenticationWindowSeconds: number): GraphQLError {
  switch (refusal) {
    case 'REAUTHENTICATION_REQUIRED':
      return ERRORS.REAUTHENTICATION_REQUIRED.inResult(
        `Authenticate again at the terminal: emergency access without a card needs an authentication within the last ${reauthenticationWindowSeconds} s`,
        { maxAgeSeconds: reauthenticationWindowSeconds },
      );
    case 'DISASTER_MODE_INACTIVE':
      return ERRORS.DISASTER_MODE_INACTIVE.inResult("No declared disaster is in force for the region of the caller's institution");
    default:
      return forbidden(refusal);
  }
}

/** A field withheld by the access policy; `field` is the `Type.field` it was. */
export const forbidden = (reason: DenyReason, field?: string): GraphQLError =>
  ERRORS.FORBIDDEN(`Forbidden: ${describeDenyReason(reason)}`, { reason, ...(field ? { field } : {}) });
