/** When a subgraph's circuit opens and for how long. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. Default 5. */
  readonly failureThreshold: number;
  /** The failures must all fall within this many ms of the first of them; an older streak starts afresh. Default 10,000. */
  readonly windowMs: number;
  /** How long an open circuit refuses requests before it lets one trial request through, in ms. Default 30,000. */
  readonly coolDownMs: number;
}

export const DEFAULT_CIRCUIT_BREAKER: CircuitBreakerOptions = { failureThreshold: 5, windowMs: 10_000, coolDownMs: 30_000 };

export type CircuitState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

/**
 * A circuit breaker for one subgraph: CLOSED lets every request through and counts consecutive
 * failures; enough of them within the window OPEN it, and it refuses every request (no connection
 * is attempted) for the cool-down; then HALF_OPEN lets one trial request through, refusing the
 * others while it runs: its success closes the circuit, its failure opens it for another cool-down.
 * Pure: the clock is given, and the caller reports each request's outcome.
 */
export class CircuitBreaker {
  private state: CircuitState = 'CLOSED';
  private failures = 0;
  private firstFailureAt = 0;
  private openedAt = 0;
  private trialRunning = false;

  constructor(
    private readonly options: CircuitBreakerOptions = DEFAULT_CIRCUIT_BREAKER,
    private readonly now: () => number = Date.now,
  ) {}

  /** The state now (an open circuit whose cool-down has passed is HALF_OPEN). */
  current(): CircuitState {
    if (this.state === 'OPEN' && this.now() - this.openedAt >= this.options.coolDownMs) {
      this.state = 'HALF_OPEN';
      this.trialRunning = false;
    }
    return this.state;
  }

  /** Whether a request may be sent now; true obliges the caller to report its outcome. */
  tryPass(): boolean {
    switch (this.current()) {
      case 'CLOSED':
        return true;
      case 'OPEN':
        return false;
      case 'HALF_OPEN':
        if (this.trialRunning) return false;
        this.trialRunning = true;
        return true;
    }
  }

  /** Milliseconds until an open circuit lets a trial request through; 0 unless OPEN. */
  retryInMs(): number {
    return this.current() === 'OPEN' ? this.options.coolDownMs - (this.now() - this.openedAt) : 0;
  }

  succeeded(): void {
    this.state = 'CLOSED';
    this.failures = 0;
    this.trialRunning = false;
  }

  failed(): void {
    const now = this.now();
    if (this.current() === 'HALF_OPEN') return this.open(now);
    if (this.state === 'OPEN') return;
    if (this.failures === 0 || now - this.firstFailureAt > this.options.windowMs) {
      this.failures = 0;
      this.firstFailureAt = now;
    }
    this.failures += 1;
    if (this.failures >= this.options.failureThreshold) this.open(now);
  }

  private open(now: number): void {
    this.state = 'OPEN';
    this.openedAt = now;
    this.failures = 0;
    this.trialRunning = false;
  }
}
