import type { ApolloServerPlugin } from '@apollo/server';
import { createHash } from 'node:crypto';
import { Counter } from '../../../common/src/cache/counter';
import { ERRORS } from '../../../common/src/errors';
import { logEvent } from '../../../common/src/log';
import { GatewayContext } from '../access/access-context';
import { IDENTIFICATION_SEARCHES, openedBases } from '../policy/opened-accesses';
import { GatewayFeature } from './feature';

/** How many identification searches one window allows. */
export interface IdentificationRateLimit {
  /** Per user (login) at an institution. Default 10. */
  readonly perUser: number;
  /** Per institution, all its users together. Default 100. */
  readonly perInstitution: number;
  /** The window the searches are counted in, in seconds (fixed windows). Default 600. */
  readonly windowSeconds: number;
}

export const DEFAULT_IDENTIFICATION_RATE_LIMIT: IdentificationRateLimit = { perUser: 10, perInstitution: 100, windowSeconds: 600 };

export interface IdentificationRateLimitOptions {
  /** Where the searches are counted: the shared cache (Redis when configured), so every gateway instance counts together. */
  readonly counter: Counter;
  /** Default DEFAULT_IDENTIFICATION_RATE_LIMIT. */
  readonly limit?: IdentificationRateLimit;
  /** The clock (tests move it). Default the system clock. */
  readonly now?: () => Date;
}

/** Hashed, so no login or institution is written in the counter's key. */
const keyOf = (kind: string, parts: readonly string[], window: number): string =>
  `rate:identification:${kind}:${createHash('sha256').update(JSON.stringify(parts)).digest('base64url')}:${window}`;

/**
 * Identification searches by the four attributes (emergency access without a card, disaster access)
 * are limited per user and per institution (DOMAIN.md §4.3-§4.4: they find a person without their
 * card, so they must not become a way to probe who exists). Every search an operation asks for is
 * counted, refused or not, in the shared cache, so every gateway instance counts together; beyond
 * a limit the request is refused as a whole, 429 RATE_LIMITED with `Retry-After`, before anything
 * is searched. Should the shared counter fail, the searches cannot be counted and are refused
 * (503 RATE_LIMIT_UNAVAILABLE: the limit fails closed) until it is back; other requests go on.
 */
export function useIdentificationRateLimit(options: IdentificationRateLimitOptions): GatewayFeature {
  const limit = options.limit ?? DEFAULT_IDENTIFICATION_RATE_LIMIT;
  const now = options.now ?? (() => new Date());

  async function count(key: string): Promise<number> {
    const shared = await options.counter.increment(key, limit.windowSeconds);
    if (shared !== undefined) return shared;
    logEvent('gateway', 'rate-limit-counter-unavailable');
    throw ERRORS.RATE_LIMIT_UNAVAILABLE('Identification searches cannot be counted now, so none is made; retry later');
  }

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (!operation) return;
          const searches = openedBases(document, operation).filter((basis) => IDENTIFICATION_SEARCHES.includes(basis)).length;
          if (searches === 0) return;
          const { caller } = contextValue.access;
          const institutionCode = caller.institutionCode ?? '';
          const windowMs = limit.windowSeconds * 1000;
          const time = now().getTime();
          const window = Math.floor(time / windowMs);
          const retryAfterSeconds = Math.max(1, Math.ceil(((window + 1) * windowMs - time) / 1000));
          for (let search = 0; search < searches; search++) {
            const [byUser, byInstitution] = await Promise.all([
              count(keyOf('user', [institutionCode, caller.loginId ?? caller.role], window)),
              count(keyOf('institution', [institutionCode], window)),
            ]);
            const over = byUser > limit.perUser ? 'USER' : byInstitution > limit.perInstitution ? 'INSTITUTION' : null;
            if (over !== null) {
              throw ERRORS.RATE_LIMITED(`Too many identification searches by this ${over === 'USER' ? 'user' : 'institution'}: retry in ${retryAfterSeconds} s`, {
                limit: over,
                retryAfterSeconds,
                http: { headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
              });
            }
          }
        },
      };
    },
  };
  // Features hold plugins of any context type; the server they are given to has GatewayContext.
  return { name: 'identification-rate-limit', plugins: [plugin as ApolloServerPlugin] };
}
