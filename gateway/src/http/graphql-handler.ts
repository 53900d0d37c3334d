import { ApolloServer, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ERRORS } from '../../../common/src/errors';
import { GatewayContext } from '../access/access-context';
import { RequestAuthenticator, sendJson } from '../features/feature';
import { BodyTooLargeError, readBody } from './read-body';

export interface GraphQLHandlerOptions {
  readonly server: ApolloServer<GatewayContext>;
  readonly maxBodyBytes: number;
  /** Who sends the request; no request reaches Apollo Server without an access context. */
  readonly authenticate: RequestAuthenticator;
}

function errorBody(error: ReturnType<typeof ERRORS.BAD_REQUEST>): unknown {
  return { errors: [{ message: error.message, extensions: { code: error.extensions.code } }] };
}

/** Authenticates a `/graphql` request, then hands it to Apollo Server through its HTTP integration API. */
export function graphqlHandler({ server, maxBodyBytes, authenticate }: GraphQLHandlerOptions) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const access = await authenticate(request, response);
    if (access === null) return;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
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
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: request.method ?? 'GET', headers, search: url.search, body };
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
