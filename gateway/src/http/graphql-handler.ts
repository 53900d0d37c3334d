import { ApolloServer, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ERRORS } from '../../../common/src/errors';
import { GatewayContext } from '../access/access-context';
import { GraphQLRequestParams, RequestAdmission, RequestAuthenticator, sendJson } from '../features/feature';
import { BodyTooLargeError, readBody } from './read-body';
import { sendGraphQLError } from './send-graphql-error';

export interface GraphQLHandlerOptions {
  readonly server: ApolloServer<GatewayContext>;
  readonly maxBodyBytes: number;
  /** Who sends the request; no request reaches Apollo Server without an access context. */
  readonly authenticate: RequestAuthenticator;
  /** What looks at the request's parameters before Apollo Server, in order (trusted documents, operation limits). Default none. */
  readonly admissions?: readonly RequestAdmission[];
}

function errorBody(error: ReturnType<typeof ERRORS.BAD_REQUEST>): unknown {
  return { errors: [{ message: error.message, extensions: { code: error.extensions.code } }] };
}

const GET_PARAMS = ['query', 'operationName', 'variables', 'extensions', 'documentId'] as const;
const JSON_GET_PARAMS = new Set<string>(['variables', 'extensions']);

/** A GET request's parameters, `variables` and `extensions` parsed from JSON (left as text when they are not, for Apollo Server to refuse). */
function paramsOfSearch(search: URLSearchParams): GraphQLRequestParams {
  const params: Record<string, unknown> = {};
  for (const name of GET_PARAMS) {
    const value = search.get(name);
    if (value === null) continue;
    try {
      params[name] = JSON_GET_PARAMS.has(name) ? JSON.parse(value) : value;
    } catch {
      params[name] = value;
    }
  }
  return params;
}

function searchOfParams(original: URLSearchParams, params: GraphQLRequestParams): string {
  const search = new URLSearchParams(original);
  for (const name of GET_PARAMS) {
    const value = params[name];
    if (value === undefined) search.delete(name);
    else search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return `?${search.toString()}`;
}

const isParams = (body: unknown): body is GraphQLRequestParams => typeof body === 'object' && body !== null && !Array.isArray(body);

/** Authenticates a `/graphql` request, admits it, then hands it to Apollo Server through its HTTP integration API. */
export function graphqlHandler({ server, maxBodyBytes, authenticate, admissions = [] }: GraphQLHandlerOptions) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const access = await authenticate(request, response);
    if (access === null) return;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    let search = url.search;
    if (request.method === 'POST') {
      let text: string;
      try {
        text = await readBody(request, maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          sendJson(response, 413, errorBody(ERRORS.PAYLOAD_TOO_LARGE(`Request body over ${maxBodyBytes} bytes`)), { connection: 'close' });
          return;
        }
        throw error;
      }
      try {
        body = text.length > 0 ? JSON.parse(text) : undefined;
      } catch {
        sendJson(response, 400, errorBody(ERRORS.BAD_REQUEST('The request body is not valid JSON')));
        return;
      }
    }
    // Batching is off: each operation is authorized, limited and logged as its own request.
    if (Array.isArray(body)) {
      sendGraphQLError(response, ERRORS.OPERATION_LIMIT_EXCEEDED('Batched requests are not accepted: send one operation per request', { limit: 'BATCH', max: 1, actual: body.length }));
      return;
    }
    if (admissions.length > 0 && (request.method === 'GET' || isParams(body))) {
      let params = request.method === 'GET' ? paramsOfSearch(url.searchParams) : (body as GraphQLRequestParams);
      try {
        for (const admit of admissions) params = admit(params, access);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        sendGraphQLError(response, error);
        return;
      }
      if (request.method === 'GET') search = searchOfParams(url.searchParams, params);
      else body = params;
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: request.method ?? 'GET', headers, search, body };
    const result = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => ({ access }) });
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) outHeaders[key] = value;
    response.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}
