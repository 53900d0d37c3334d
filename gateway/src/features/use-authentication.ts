import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Cache } from '../../../common/src/cache/cache';
import { ERRORS } from '../../../common/src/errors';
import { todayInJapan } from '../../../common/src/japan-calendar';
import { accessContextOf } from '../access/access-context';
import { cachedRegistry, DEFAULT_REGISTRY_TTL_SECONDS } from '../access/cached-registry';
import { CallerRegistry } from '../access/caller-registry';
import { resolveCaller } from '../access/resolve-caller';
import { bearerToken } from '../auth/bearer-token';
import { unauthenticatedReason } from '../auth/unauthenticated';
import { TokenVerifier } from '../auth/verify-token';
import { sendGraphQLError } from '../http/send-graphql-error';
import { GatewayFeature, RequestAuthenticator } from './feature';

export interface AuthenticationOptions {
  /** Verifies bearer tokens: the identity provider's keys, or the development key pair (gateway/src/auth). */
  readonly verifier: TokenVerifier;
  /** The registries callers are looked up in (the eligibility schema). */
  readonly registry: CallerRegistry;
  /** Where registry entries are kept between requests. Default none: every request reads the registry. */
  readonly cache?: Cache;
  /** How long a registry entry is kept in `cache`, in seconds. Default 60. */
  readonly registryTtlSeconds?: number;
  /** Today's date in Japan (YYYY-MM-DD), on which patients' certificates must be active. Default the real date. */
  readonly today?: () => string;
  /** Makes the id of a request. Default a random UUID. */
  readonly newRequestId?: () => string;
}

/** RFC 6750 §3.1: no error code when no credentials were sent, `invalid_token` for any that were and were refused. */
const challenge = (error: GraphQLError): string => (unauthenticatedReason(error) === 'MISSING' ? 'Bearer' : 'Bearer error="invalid_token"');

const authorizationOf = (request: IncomingMessage): string | undefined => request.headers.authorization;

/**
 * Every GraphQL operation (introspection included) needs a bearer token: it is verified, its
 * caller looked up in the registries, and the request runs with the resulting access context.
 * Otherwise the answer is 401 UNAUTHENTICATED with a `WWW-Authenticate` challenge (503
 * SERVICE_UNAVAILABLE when the keys or the registry cannot be read), given before the body is
 * read, anything is planned or any subgraph is called. Other routes (`/health`, the IDE's page and
 * assets) are not GraphQL and stay public.
 */
export function useAuthentication(options: AuthenticationOptions): GatewayFeature & { readonly authenticate: RequestAuthenticator } {
  const registry = options.cache
    ? cachedRegistry(options.registry, options.cache, { ttlSeconds: options.registryTtlSeconds ?? DEFAULT_REGISTRY_TTL_SECONDS })
    : options.registry;
  const today = options.today ?? (() => todayInJapan());
  const newRequestId = options.newRequestId ?? randomUUID;
  return {
    name: 'authentication',
    authenticate: async (request, response) => {
      try {
        const token = await options.verifier.verify(bearerToken(authorizationOf(request)));
        return accessContextOf(newRequestId(), token, await resolveCaller(token, registry, today()));
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const refused = error.extensions.code === ERRORS.UNAUTHENTICATED.code;
        sendGraphQLError(response, error, refused ? { 'www-authenticate': challenge(error) } : {});
        return null;
      }
    },
  };
}
