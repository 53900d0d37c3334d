import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { signAccessContext } from '../../../common/src/access/signed-context';
import { PersonAccess } from '../../../common/src/audit/access-ledger';
import { ACCESS_REPORT_EXTENSION, ACCESS_REPORT_HEADER, ACCESS_REPORT_REQUESTED, parseAccessReport } from '../../../common/src/audit/access-report';
import { ERRORS } from '../../../common/src/errors';
import { GatewayContext } from '../access/access-context';

export interface SubgraphDataSourceOptions {
  readonly name: string;
  readonly url: string;
  readonly timeoutMs: number;
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

/** Node's fetch with a deadline per request. */
function fetchWithTimeout(timeoutMs: number): Fetcher {
  const fetcher = async (url: string, init?: RequestInit) => {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') throw new TimeoutError();
      throw error;
    }
  };
  return fetcher as unknown as Fetcher;
}

/**
 * The gateway's client for one subgraph. Every request carries the caller's access context,
 * signed just before it is sent; a request with none is not sent. A subgraph that cannot be
 * reached, or does not answer in time, becomes a DOWNSTREAM_SERVICE_ERROR naming it; the rest
 * of the plan goes on. With the access log on, each answer's access report is handed over and
 * taken out of the answer.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly name: string;
  private readonly timeoutMs: number;
  private readonly accessContextSecret: string;
  private readonly onAccessReport: SubgraphDataSourceOptions['onAccessReport'];

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: fetchWithTimeout(options.timeoutMs) });
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
    const response = await this.fetched(options);
    if (!this.onAccessReport || !('incomingRequestContext' in options)) return response;
    const { [ACCESS_REPORT_EXTENSION]: report, ...extensions } = response.extensions ?? {};
    this.onAccessReport(options.context, parseAccessReport(report));
    return { ...response, extensions: Object.keys(extensions).length > 0 ? extensions : undefined };
  }

  private async fetched(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === ERRORS.UNAUTHENTICATED.code) throw error;
      const timedOut = error instanceof TimeoutError;
      throw ERRORS.DOWNSTREAM_SERVICE_ERROR(
        timedOut ? `Subgraph "${this.name}" did not answer within ${this.timeoutMs} ms` : `Subgraph "${this.name}" could not be reached`,
        { serviceName: this.name, reason: timedOut ? 'TIMEOUT' : 'UNREACHABLE' },
      );
    }
  }
}
