export interface LoadLoopOptions {
  /** Requests in flight at once, at most: each client sends its next request once its last is answered. */
  readonly clients: number;
  /** No request is sent after this many in all. */
  readonly maxRequests: number;
  /** No request is sent after this long (ms) from the start. */
  readonly maxMs: number;
  /** Requests started per second in all, at most (evenly spaced); 0 or absent for as fast as the clients go. */
  readonly rate?: number;
  /** Checked before each request: true stops the loop early. */
  readonly stopWhen?: () => boolean;
  /** Sends request `n` (from 0, in the order started) and resolves once it is answered; a rejection stops the loop and is its result. */
  send(n: number): Promise<void>;
}

export interface LoadLoopResult {
  /** Requests started. */
  readonly sent: number;
  readonly elapsedMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A bounded loop of concurrent clients: stops by itself at `maxRequests` or `maxMs`, whichever
 * comes first, and resolves once every request started has been answered.
 */
export async function runLoadLoop(options: LoadLoopOptions): Promise<LoadLoopResult> {
  const start = Date.now();
  const spacing = options.rate ? 1000 / options.rate : 0;
  let nextSlot = start;
  let sent = 0;
  let failure: unknown = null;
  const done = () => failure !== null || sent >= options.maxRequests || Date.now() - start >= options.maxMs || (options.stopWhen?.() ?? false);
  const client = async (): Promise<void> => {
    while (!done()) {
      if (spacing > 0) {
        const slot = Math.max(nextSlot, Date.now());
        nextSlot = slot + spacing;
        await sleep(slot - Date.now());
        if (done()) return;
      }
      const n = sent++;
      try {
        await options.send(n);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.clients) }, client));
  if (failure !== null) throw failure;
  return { sent, elapsedMs: Date.now() - start };
}
