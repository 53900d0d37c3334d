import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import { ERRORS } from '../../../common/src/errors';

export interface SubgraphDataSourceOptions {
  readonly name: string;
  readonly url: string;
  readonly timeoutMs: number;
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
 * The gateway's client for one subgraph. A subgraph that cannot be reached, or does not
 * answer in time, becomes a DOWNSTREAM_SERVICE_ERROR naming it; the rest of the plan goes on.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  private readonly name: string;
  private readonly timeoutMs: number;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: fetchWithTimeout(options.timeoutMs) });
    this.name = options.name;
    this.timeoutMs = options.timeoutMs;
  }

  override async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const timedOut = error instanceof TimeoutError;
      throw ERRORS.DOWNSTREAM_SERVICE_ERROR(
        timedOut ? `Subgraph "${this.name}" did not answer within ${this.timeoutMs} ms` : `Subgraph "${this.name}" could not be reached`,
        { serviceName: this.name, reason: timedOut ? 'TIMEOUT' : 'UNREACHABLE' },
      );
    }
  }
}
