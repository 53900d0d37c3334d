import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import { DocumentNode, GraphQLError, parse } from 'graphql';
import { signAccessContext } from '../../../common/src/access/signed-context';
import { PersonAccess } from '../../../common/src/audit/access-ledger';
import { ACCESS_REPORT_EXTENSION, ACCESS_REPORT_HEADER, ACCESS_REPORT_REQUESTED, parseAccessReport } from '../../../common/src/audit/access-report';
import { ERRORS } from '../../../common/src/errors';
import { GatewayContext } from '../access/access-context';
import { CircuitBreaker, CircuitBreakerOptions, DEFAULT_CIRCUIT_BREAKER } from './circuit-breaker';
import { failedFetchResponse } from './failed-fetch';

export interface SubgraphDataSourceOptions {
  readonly name: string;
  readonly url: string;
  /** Time allowed for one request to this subgraph, answer included, in ms. */
  readonly timeoutMs: number;
  /** When this subgraph's circuit opens and for how long. Default DEFAULT_CIRCUIT_BREAKER. */
  readonly circuitBreaker?: CircuitBreakerOptions;
  /** The breaker's clock, in ms. Default `Date.now`. */
  readonly now?: () => number;
  /** The secret shared with the subgraphs that the access context is signed with (ACCESS_CONTEXT_SECRET). */
  readonly accessContextSecret: string;
  /**
   * Receives the access report of each answer (the persons the subgraph reached and what it
   * decided on their data; null when the answer carries something that is not a report). When
   * set, every request asks for one. Default none: no report is asked for.
   */
  readonly onAccessReport?: (context: GatewayContext, persons: readonly PersonAccess[] | null) => void;
}

class TimeoutError extends Error {}
class CircuitOpenError extends Error {}

/** Whether a failed HTTP answer is still a GraphQL answer of the subgraph's (e.g. its database unavailable), not a failure of the subgraph itself. */
async function isGraphQLAnswer(response: Response): Promise<boolean> {
  try {
    const body = (await response.clone().json()) as { errors?: unknown } | null;
    return Array.isArray(body?.errors) && body.errors.length > 0;
  } catch {
    return false;
  }
}

/**
 * Node's fetch with a deadline per request, behind the subgraph's circuit breaker: an open circuit
 * fails at once without connecting; no answer in time, a lost connection or a 5xx that is not a
 * GraphQL answer counts as a failure. Nothing is retried, a mutation least of all.
 */
function guardedFetch(timeoutMs: number, breaker: CircuitBreaker): Fetcher {
  const fetcher = async (url: string, init?: RequestInit) => {
    if (!breaker.tryPass()) throw new CircuitOpenError();
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      if (response.status >= 500 && !(await isGraphQLAnswer(response))) breaker.failed();
      else breaker.succeeded();
      return response;
    } catch (error) {
      breaker.failed();
      if ((error as Error).name === 'TimeoutError') throw new TimeoutError();
      throw error;
    }
  };
  return fetcher as unknown as Fetcher;
}

/** The errors of a subgraph's failed HTTP answer (`errorFromResponse` keeps its parsed body), if it is a GraphQL answer. */
function answeredErrors(error: unknown): GatewayGraphQLResponse['errors'] | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const body = (error.extensions.response as { body?: unknown } | undefined)?.body as { errors?: unknown } | undefined;
  return Array.isArray(body?.errors) && body.errors.length > 0 ? (body.errors as GatewayGraphQLResponse['errors']) : undefined;
}

/** The fetch's operation: the query planner's parsed one when it exposes it, else parsed here (only for a fetch that failed). */
function documentOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): DocumentNode | undefined {
  if ('document' in options && options.document) return options.document;
  try {
    return options.request.query ? parse(options.request.query) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The gateway's client for one subgraph. Every request carries the caller's access context,
 * signed just before it is sent; a request with none is not sent. A subgraph that cannot be
 * reached, does not answer in time, or whose circuit is open becomes a DOWNSTREAM_SERVICE_ERROR
 * naming it (`reason` UNREACHABLE, TIMEOUT, CIRCUIT_OPEN or BAD_RESPONSE) at every path the fetch
 * was to fill, with no data; the rest of the plan goes on. With the access log on, each answer's access report is handed over and
 * taken out of the answer.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly name: string;
  private readonly timeoutMs: number;
  private readonly accessContextSecret: string;
  private readonly onAccessReport: SubgraphDataSourceOptions['onAccessReport'];

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: guardedFetch(options.timeoutMs, new CircuitBreaker(options.circuitBreaker ?? DEFAULT_CIRCUIT_BREAKER, options.now ?? Date.now)) });
    this.name = options.name;
    this.timeoutMs = options.timeoutMs;
    this.accessContextSecret = options.accessContextSecret;
    this.onAccessReport = options.onAccessReport;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Only a client's operation has one; the gateway makes no requests of its own (its supergraph is a file).
    const access = 'incomingRequestContext' in options ? options.context.access : undefined;
    if (!access) throw ERRORS.UNAUTHENTICATED('No access context: nothing is sent to a subgraph for an unauthenticated request', { reason: 'MISSING' });
    for (const [name, value] of Object.entries(signAccessContext(access, this.accessContextSecret))) options.request.http!.headers.set(name, value);
    if (this.onAccessReport) options.request.http!.headers.set(ACCESS_REPORT_HEADER, ACCESS_REPORT_REQUESTED);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    let response: GatewayGraphQLResponse;
    try {
      response = await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === ERRORS.UNAUTHENTICATED.code && !error.extensions.response) throw error;
      // Nothing of any person's data came: no access report to hand over.
      return { errors: answeredErrors(error) ?? failedFetchResponse(documentOf(options), options.request.variables, this.failure(error)).errors };
    }
    if (!this.onAccessReport || !('incomingRequestContext' in options)) return response;
    const { [ACCESS_REPORT_EXTENSION]: report, ...extensions } = response.extensions ?? {};
    this.onAccessReport(options.context, parseAccessReport(report));
    return { ...response, extensions: Object.keys(extensions).length > 0 ? extensions : undefined };
  }

  private failure(error: unknown): GraphQLError {
    const service = { serviceName: this.name };
    if (error instanceof CircuitOpenError) {
      return ERRORS.DOWNSTREAM_SERVICE_ERROR(`Subgraph "${this.name}" is failing: its circuit is open, no request is sent for now`, { ...service, reason: 'CIRCUIT_OPEN' });
    }
    if (error instanceof TimeoutError || (error as Error).name === 'TimeoutError') {
      return ERRORS.DOWNSTREAM_SERVICE_ERROR(`Subgraph "${this.name}" did not answer within ${this.timeoutMs} ms`, { ...service, reason: 'TIMEOUT' });
    }
    if (error instanceof GraphQLError && error.extensions.response) {
      return ERRORS.DOWNSTREAM_SERVICE_ERROR(`Subgraph "${this.name}" gave no usable answer`, { ...service, reason: 'BAD_RESPONSE' });
    }
    return ERRORS.DOWNSTREAM_SERVICE_ERROR(`Subgraph "${this.name}" could not be reached`, { ...service, reason: 'UNREACHABLE' });
  }
}
