import { AccessContext } from '../../../common/src/access/access-context';
import { VerifiedToken } from '../auth/verified-token';
import { ResolvedCaller } from './resolve-caller';

export type { AccessContext } from '../../../common/src/access/access-context';

/** Apollo Server's context for one GraphQL request at the gateway: who is asking. */
export interface GatewayContext {
  readonly access: AccessContext;
}

/** The access context of one request: the resolved caller and terminal, and how the token says the caller authenticated. */
export function accessContextOf(requestId: string, token: VerifiedToken, resolved: ResolvedCaller): AccessContext {
  return {
    requestId,
    userId: token.subject,
    caller: resolved.caller,
    terminalId: resolved.terminal?.id ?? null,
    terminalKind: resolved.terminal?.kind ?? null,
    authTime: token.authTime,
    amr: token.amr,
  };
}
