import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Answers an HTTP request itself (returns true) or leaves it to the next route (false). */
export type HttpRoute = (request: IncomingMessage, response: ServerResponse, url: URL) => boolean | Promise<boolean>;

/**
 * A gateway feature: one file, made by a `useX(options)` factory, contributing HTTP routes
 * served before GraphQL and/or Apollo Server plugins.
 */
export interface GatewayFeature {
  readonly name: string;
  readonly route?: HttpRoute;
  readonly plugins?: ApolloServerPlugin[];
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}
