import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';

/** An HTTP pass-through in front of a subgraph that counts the requests it forwards. */
export interface CountingProxy {
  readonly url: string;
  /** Requests forwarded so far. */
  requests(): number;
  stop(): Promise<void>;
}

/** Forwards every request to `target` (method, headers, body) and its answer back, counting them. */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  let count = 0;
  const server = createServer((request, response) => {
    count++;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
      fetch(target, { method: request.method, headers, body: request.method === 'GET' ? undefined : Buffer.concat(chunks) })
        .then(async (answer) => {
          response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          response.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch(() => {
          response.writeHead(502);
          response.end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests: () => count,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A proxy in front of each subgraph, by name; `requests()` counts across all. */
export async function countingProxies(subgraphs: Readonly<Record<string, { url: string }>>): Promise<{ urls: Record<string, string>; requests(): number; stop(): Promise<void> }> {
  const proxies = await Promise.all(Object.entries(subgraphs).map(async ([name, s]) => [name, await startCountingProxy(s.url)] as const));
  return {
    urls: Object.fromEntries(proxies.map(([name, p]) => [name, p.url])),
    requests: () => proxies.reduce((sum, [, p]) => sum + p.requests(), 0),
    stop: async () => {
      await Promise.all(proxies.map(([, p]) => p.stop()));
    },
  };
}
