import { ChainedAccessEvent } from './access-event';
import { eventHash, GENESIS_HASH } from './hash-chain';

/** How a chain is broken. */
export type BreakKind =
  /** The event's content is not what its hash was made of: it was changed. */
  | 'MODIFIED'
  /** Events are missing before this one: deleted. */
  | 'MISSING'
  /** Two events claim the same place, or this one does not follow the one before: slipped in. */
  | 'INSERTED'
  /** Events of a chain no gateway started. */
  | 'UNREGISTERED_CHAIN'
  /** A chain a gateway started has no event left: every one was deleted. */
  | 'EMPTY_CHAIN';

/** The first broken link of a chain: where verification of that chain stopped. */
export interface BrokenLink {
  readonly chainId: string;
  readonly kind: BreakKind;
  /** The event at which the chain breaks; null for an empty chain. */
  readonly sequence: number | null;
  readonly eventId: string | null;
  readonly recordedAt: Date | null;
  readonly detail: string;
}

export interface Verification {
  readonly events: number;
  readonly chains: number;
  /** The first broken link of each broken chain, earliest first. */
  readonly broken: readonly BrokenLink[];
  /** The last event of each intact chain: what to keep elsewhere to show later that no event was removed from its end. */
  readonly heads: ReadonlyArray<{ readonly chainId: string; readonly sequence: number; readonly hash: string }>;
}

interface ChainState {
  readonly chainId: string;
  /** Null until its first event is seen, when the check starts from a window's beginning rather than the chain's. */
  sequence: number | null;
  hash: string;
  lastId: string | null;
  broken: boolean;
}

export interface VerifierOptions {
  /**
   * The chains the writers started (audit.chains), with when. Every event must belong to one, and
   * every one started since `since` must still have events.
   */
  readonly registered: ReadonlyMap<string, Date>;
  /**
   * Only events recorded from then on are checked (the months kept after older ones were
   * detached for retention): a chain's first event in that window is taken as where it starts.
   * Default none: every chain from its first event.
   */
  readonly since?: Date;
}

/**
 * Checks the access log's hash chains event by event: fed each chain's events in order of
 * sequence (then id), it recomputes every hash and follows every link, and names the first
 * broken link of each chain.
 */
export class ChainVerifier {
  private current: ChainState | null = null;
  private readonly seen = new Set<string>();
  private readonly broken: BrokenLink[] = [];
  private readonly heads: Array<{ chainId: string; sequence: number; hash: string }> = [];
  private events = 0;
  private readonly registered: ReadonlyMap<string, Date>;
  private readonly since: Date | null;

  constructor(options: VerifierOptions) {
    this.registered = options.registered;
    this.since = options.since ?? null;
  }

  /** The next event, in order of chain, then sequence, then id. */
  check(event: ChainedAccessEvent): void {
    this.events += 1;
    if (this.current?.chainId !== event.chainId) this.startChain(event);
    const chain = this.current!;
    if (chain.broken) return;
    const breakHere = (kind: BreakKind, detail: string): void => {
      chain.broken = true;
      this.broken.push({ chainId: chain.chainId, kind, sequence: event.sequence, eventId: event.id, recordedAt: event.recordedAt, detail });
    };
    if (!this.registered.has(event.chainId)) return breakHere('UNREGISTERED_CHAIN', 'no gateway started this chain: its events were slipped in');
    if (chain.sequence === null) {
      // The window begins inside this chain: its earlier events are not there to link to.
      chain.sequence = event.sequence - 1;
      chain.hash = event.previousHash;
    }
    const expected = chain.sequence + 1;
    if (event.sequence === chain.sequence) return breakHere('INSERTED', `a second event at sequence ${event.sequence} (the other is ${chain.lastId}): one of them was slipped in`);
    if (event.sequence > expected) return breakHere('MISSING', `event${event.sequence - expected > 1 ? `s ${expected} to ${event.sequence - 1} are` : ` ${expected} is`} missing before it: deleted`);
    if (event.sequence < expected) return breakHere('INSERTED', `sequence ${event.sequence} out of place after ${chain.sequence}`);
    if (event.previousHash !== chain.hash) {
      return breakHere('INSERTED', `it does not follow event ${chain.sequence}: its previous hash is not that event's hash (an event was slipped in, or the one before rewritten)`);
    }
    if (eventHash(event, event.chainId, event.sequence, event.previousHash) !== event.hash) return breakHere('MODIFIED', 'its content does not match its hash: it was changed');
    chain.sequence = event.sequence;
    chain.hash = event.hash;
    chain.lastId = event.id;
  }

  /** The outcome, once every event was checked. */
  result(): Verification {
    this.endChain();
    const empty: BrokenLink[] = [...this.registered]
      .filter(([chainId, startedAt]) => !this.seen.has(chainId) && (this.since === null || startedAt.getTime() >= this.since.getTime()))
      .map(([chainId]) => ({ chainId, kind: 'EMPTY_CHAIN', sequence: null, eventId: null, recordedAt: null, detail: 'a gateway started this chain but none of its events is left: deleted' }));
    const when = (link: BrokenLink): number => (link.recordedAt ?? this.registered.get(link.chainId) ?? new Date(0)).getTime();
    return {
      events: this.events,
      chains: new Set([...this.seen, ...[...this.registered].filter(([, startedAt]) => this.since === null || startedAt.getTime() >= this.since.getTime()).map(([chainId]) => chainId)]).size,
      broken: [...this.broken, ...empty].sort((a, b) => when(a) - when(b)),
      heads: this.heads,
    };
  }

  private startChain(event: ChainedAccessEvent): void {
    this.endChain();
    if (this.seen.has(event.chainId)) throw new Error(`events of chain ${event.chainId} must come together, in order`);
    this.seen.add(event.chainId);
    this.current = { chainId: event.chainId, sequence: this.since === null ? 0 : null, hash: GENESIS_HASH, lastId: null, broken: false };
  }

  private endChain(): void {
    const chain = this.current;
    if (chain && !chain.broken && chain.sequence !== null && chain.sequence > 0) this.heads.push({ chainId: chain.chainId, sequence: chain.sequence, hash: chain.hash });
    this.current = null;
  }
}
