import { GraphQLError } from 'graphql';
import type { ServerResponse } from 'node:http';
import { sendJson } from '../features/feature';
import { maskGatewayError } from './mask-error';

/**
 * Answers a request with one GraphQL error and no data, outside Apollo Server: the HTTP status
 * from the error's registry entry (`extensions.http`), which is not repeated in the body.
 */
export function sendGraphQLError(response: ServerResponse, error: GraphQLError, headers: Record<string, string> = {}): void {
  const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 500;
  const { extensions: { http: _http, ...extensions } = {}, ...formatted } = maskGatewayError(error.toJSON());
  sendJson(response, status, { errors: [{ ...formatted, extensions }] }, { 'cache-control': 'no-store', ...headers });
}
