import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * What the proxy does with a request: PASS forwards it; DELAY forwards it and holds the answer
 * `delayMs`; RESET drops the connection without forwarding; FORWARD_THEN_RESET forwards it and drops
 * the connection instead of answering (the subgraph did the work, the gateway never hears of it).
 * When the upstream cannot be reached the connection is dropped too, as it would be to the subgraph.
 */
export type ProxyMode = 'PASS' | 'DELAY' | 'RESET' | 'FORWARD_THEN_RESET';

export interface HttpProxy {
  readonly url: string;
  mode: ProxyMode;
  delayMs: number;
  /** The bodies of the requests received, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

/** A loopback HTTP proxy in front of a subgraph at `upstream` (its `/graphql` URL), to slow, cut and count its requests. */
export async function startHttpProxy(upstream: string): Promise<HttpProxy> {
  const target = new URL(upstream);
  const requests: string[] = [];
  const proxy: HttpProxy = { url: '', mode: 'PASS', delayMs: 0, requests, close: async () => undefined };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    requests.push(body);
    const mode = proxy.mode;
    if (mode === 'RESET') return void request.socket.destroy();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string' && name !== 'host' && name !== 'content-length') headers[name] = value;
    let answer: Response;
    try {
      answer = await fetch(new URL(request.url ?? '/', target), { method: request.method, headers, body: request.method === 'GET' ? undefined : body });
    } catch {
      return void request.socket.destroy();
    }
    const text = await answer.text();
    if (mode === 'FORWARD_THEN_RESET') return void request.socket.destroy();
    if (mode === 'DELAY') await new Promise((resolve) => setTimeout(resolve, proxy.delayMs));
    if (request.socket.destroyed) return;
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(text);
  };
  const server: Server = createServer((request, response) => void handle(request, response).catch(() => request.socket.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  Object.assign(proxy, {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
  return proxy;
}
