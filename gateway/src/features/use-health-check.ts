import { GatewayFeature, sendJson } from './feature';

export interface HealthCheckOptions {
  /** Path answered. Default `/health`. */
  readonly path?: string;
  /** True once the gateway has loaded its supergraph and can plan queries. */
  readonly isReady: () => boolean;
  /** Subgraph names reported in the body. Default none. */
  readonly subgraphs?: readonly string[];
}

/** `GET /health`: 200 `{"status":"ok"}` when ready, 503 `{"status":"starting"}` before. */
export function useHealthCheck(options: HealthCheckOptions): GatewayFeature {
  const path = options.path ?? '/health';
  return {
    name: 'health-check',
    route: (request, response, url) => {
      if (url.pathname !== path || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
      const ready = options.isReady();
      sendJson(response, ready ? 200 : 503, { status: ready ? 'ok' : 'starting', subgraphs: options.subgraphs ?? [] }, { 'cache-control': 'no-store' });
      return true;
    },
  };
}
