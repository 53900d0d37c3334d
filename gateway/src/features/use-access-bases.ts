import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationDefinitionNode } from 'graphql';
import { DISASTER_NOTICE } from '../../../common/src/access/access-notices';
import { Location } from '../../../common/src/access/disaster-regions';
import { ERRORS, forbidden } from '../../../common/src/errors';
import { logEvent } from '../../../common/src/log';
import { AccessBasisRefusal, Caller, decideAccessBasis, DeclaredPeriod, grantInForce, OpenedBasis, readsUnder } from '../../../common/src/policy';
import { AccessContext, GatewayContext } from '../access/access-context';
import { DisasterDeclarations } from '../access/disaster-declarations';
import { openedBases } from '../policy/opened-accesses';
import { SubjectGrantsOf } from '../policy/subject-grants';
import { GatewayFeature } from './feature';

export interface AccessBasesOptions {
  /** The declared disasters (access/disaster-declarations.ts). */
  readonly declarations: DisasterDeclarations;
  /** Where an institution is (the registry, cached). */
  readonly locate: (institutionCode: string) => Promise<Location | null>;
  /** The grants of the persons an operation reads under `person(id:)`, for the notices (read once per request, shared with the field policy). */
  readonly subjectGrants: SubjectGrantsOf;
  /** How recently the caller must have authenticated to open emergency access without a card, in seconds. Default 300. */
  readonly reauthenticationWindowSeconds?: number;
  /** The clock (tests move it). Default the system clock. */
  readonly now?: () => Date;
}

/** Who is viewing under an emergency access (閲覧者を画面表示, seed 000 救急時①), as every such response names them. */
export interface EmergencyViewer {
  readonly loginId: string | null;
  readonly institutionCode: string | null;
  readonly terminalId: string | null;
}

const DEFAULT_REAUTHENTICATION_WINDOW_SECONDS = 300;

/** The refusal as the whole request's answer: its status, and for a stale sign-in the RFC 9470 step-up challenge. */
function refusedBeforePlanning(refusal: AccessBasisRefusal, windowSeconds: number): GraphQLError {
  switch (refusal) {
    case 'REAUTHENTICATION_REQUIRED':
      return ERRORS.REAUTHENTICATION_REQUIRED(`Authenticate again at the terminal: emergency access without a card needs an authentication within the last ${windowSeconds} s`, {
        maxAgeSeconds: windowSeconds,
        http: { headers: new Map([['www-authenticate', `Bearer error="insufficient_user_authentication", max_age=${windowSeconds}`]]) },
      });
    case 'DISASTER_MODE_INACTIVE':
      return ERRORS.DISASTER_MODE_INACTIVE("No declared disaster is in force for the region of the caller's institution");
    default: {
      const error = forbidden(refusal);
      error.extensions.http = { status: 403 };
      return error;
    }
  }
}

/**
 * Emergency and disaster access at the gateway (DOMAIN.md §4.2-§4.4), before anything is planned:
 * each access an operation opens is decided by the policy's one decision (decideAccessBasis), with
 * the declared disasters as this gateway holds them, and refused as a whole request (401
 * REAUTHENTICATION_REQUIRED, 403 DISASTER_MODE_INACTIVE or FORBIDDEN) without a subgraph being
 * asked; the eligibility subgraph decides again on PostgreSQL as it records the grant. Every
 * response that opens or reads under a disaster access carries `extensions.disasterNotice`, and
 * every one that opens or reads under the caller's emergency access `extensions.emergencyViewer`:
 * what the front end shows.
 */
export function useAccessBases(options: AccessBasesOptions): GatewayFeature {
  const windowSeconds = options.reauthenticationWindowSeconds ?? DEFAULT_REAUTHENTICATION_WINDOW_SECONDS;
  const now = options.now ?? (() => new Date());

  async function periodsOf(caller: Caller): Promise<DeclaredPeriod[]> {
    try {
      const location = caller.institutionCode === undefined ? null : await options.locate(caller.institutionCode);
      return location === null ? [] : await options.declarations.periodsAt(location);
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      logEvent('gateway', 'declarations-unavailable', { code: (error as { code?: unknown }).code ?? null });
      throw ERRORS.SERVICE_UNAVAILABLE('The declared disasters cannot be read; retry later');
    }
  }

  /** The bases under which the caller reads the persons named by `person(id:)`: what their notices are for. */
  async function basesReadUnder(access: AccessContext, operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>>, at: Date): Promise<Set<string>> {
    const { grants } = await options.subjectGrants({ access, operation, variables, at });
    return new Set([...grants.values()].flat().filter((grant) => grantInForce(grant, at) && readsUnder(grant, access.caller)).map((grant) => grant.basis));
  }

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      let notices: Record<string, unknown> = {};
      return {
        async didResolveOperation({ contextValue, operation, document, request }) {
          if (!operation) return;
          const { access } = contextValue;
          const { caller } = access;
          const at = now();
          const opened = new Set<OpenedBasis>(openedBases(document, operation));
          const needsPeriods = opened.has('DISASTER');
          const disasterPeriods = needsPeriods ? await periodsOf(caller) : [];
          for (const basis of opened) {
            const decision = decideAccessBasis({ basis, caller, authTime: access.authTime, disasterPeriods, at, reauthenticationWindowMs: windowSeconds * 1000 });
            if (!decision.allow) throw refusedBeforePlanning(decision.refusal, windowSeconds);
          }
          const readUnder = await basesReadUnder(access, operation, request.variables ?? {}, at);
          const disaster = opened.has('DISASTER') || readUnder.has('DISASTER');
          const emergency = [...opened, ...readUnder].some((basis) => basis === 'EMERGENCY_WITH_CARD' || basis === 'EMERGENCY_NO_CARD');
          const viewer: EmergencyViewer = { loginId: caller.loginId ?? null, institutionCode: caller.institutionCode ?? null, terminalId: access.terminalId };
          notices = { ...(disaster ? { disasterNotice: DISASTER_NOTICE } : {}), ...(emergency ? { emergencyViewer: viewer } : {}) };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || Object.keys(notices).length === 0) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, ...notices };
        },
      };
    },
  };
  // Features hold plugins of any context type; the server they are given to has GatewayContext.
  return { name: 'access-bases', plugins: [plugin as ApolloServerPlugin] };
}
