import { Caller, TerminalKind } from '../policy/types';

export { TERMINAL_KINDS } from '../policy/types';
export type { TerminalKind } from '../policy/types';

/**
 * Who is asking, as the gateway established it for one request: the caller looked up in the
 * registries from a verified bearer token's identifiers, and how and where they authenticated.
 * The gateway hands it to every subgraph, signed (signed-context.ts).
 */
export interface AccessContext {
  /** The gateway's id of the request, the same in every subgraph call it makes. */
  readonly requestId: string;
  /**
   * Who the caller is, as the registries know them: a staff or internal user's login id, or a
   * patient's person id (the token's subject). What the access log records as the user.
   */
  readonly userId: string;
  readonly caller: Caller;
  /** The registered terminal the request comes from (staff of an institution), else null. */
  readonly terminalId: string | null;
  readonly terminalKind: TerminalKind | null;
  /** When the caller last authenticated (`auth_time`), when the token says. */
  readonly authTime: Date | null;
  /** How the caller authenticated (RFC 8176 values). */
  readonly amr: readonly string[];
}
