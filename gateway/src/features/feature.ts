import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessContext } from '../access/access-context';

/** Answers an HTTP request itself (returns true) or leaves it to the next route (false). */
export type HttpRoute = (request: IncomingMessage, response: ServerResponse, url: URL) => boolean | Promise<boolean>;

/**
 * Establishes who sends a GraphQL request, before its body is read: the access context it runs
 * with, or null once it has answered the request itself (refused it).
 */
export type RequestAuthenticator = (request: IncomingMessage, response: ServerResponse) => Promise<AccessContext | null>;

/** A GraphQL request's parameters as sent (a POST body, or a GET query string's), before Apollo Server reads them. */
export interface GraphQLRequestParams {
  readonly query?: unknown;
  readonly operationName?: unknown;
  readonly variables?: unknown;
  readonly extensions?: unknown;
  /** The hash of a registered operation (trusted documents), sent instead of its text. */
  readonly documentId?: unknown;
}

/**
 * Looks at an authenticated GraphQL request's parameters before Apollo Server does: returns them,
 * perhaps rewritten, or throws a registered GraphQLError, which refuses the request.
 */
export type RequestAdmission = (params: GraphQLRequestParams, access: AccessContext) => GraphQLRequestParams;

/**
 * A gateway feature: one file, made by a `useX(options)` factory, contributing HTTP routes
 * served before GraphQL, Apollo Server plugins, the authentication of GraphQL requests and/or
 * their admission.
 */
export interface GatewayFeature {
  readonly name: string;
  readonly route?: HttpRoute;
  readonly plugins?: ApolloServerPlugin[];
  readonly authenticate?: RequestAuthenticator;
  readonly admit?: RequestAdmission;
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}
