/** The part of autocannon's programmatic API the benchmark uses (the package ships no types). */
declare module 'autocannon' {
  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
    }

    interface Options {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      timeout?: number;
      requests?: Request[];
      /** A false answer counts the response in `mismatches`. */
      verifyBody?: (body: string) => boolean;
    }

    interface Histogram {
      average: number;
      total: number;
      min: number;
      max: number;
      p50: number;
      p90: number;
      p99: number;
    }

    interface Result {
      /** Per second; `total` counts the answered requests, `sent` all of them. */
      requests: Histogram & { sent: number };
      /** Milliseconds. */
      latency: Histogram;
      throughput: Histogram;
      /** Seconds. */
      duration: number;
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
    }
  }

  namespace autocannon {
    /** Puts together the raw results of runs made off the main thread (where autocannon does not aggregate them). */
    function aggregateResult(results: unknown, options: Options): Result;
  }

  /** On a worker thread the promise gives raw results, for `aggregateResult`. */
  function autocannon(options: autocannon.Options): Promise<unknown>;
  export = autocannon;
}
