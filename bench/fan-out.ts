import { createServer, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import { SUBGRAPH_NAMES, SubgraphName, directBody } from './record-query';

export interface FanOut {
  readonly url: string;
  close(): Promise<void>;
}

type Part = { data?: { person?: Record<string, unknown> | null; _entities?: Array<Record<string, unknown> | null> } | null; errors?: unknown[] };

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function call(url: string, body: string, headers: Readonly<Record<string, string>>): Promise<Part> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  if (!response.ok) return { errors: [`HTTP ${response.status}`] };
  return (await response.json()) as Part;
}

/**
 * The direct way to the same record, as a client without the gateway would get it: for each
 * request (`{"id": ...}`) the four subgraphs are called at once over HTTP, with the same client
 * the gateway uses (fetch) and a signed access context as the gateway sends (`headers`), and
 * their parts are put together into one person.
 */
export async function startFanOut(subgraphUrls: Readonly<Record<SubgraphName, string>>, headers: () => Readonly<Record<string, string>>): Promise<FanOut> {
  const server = createServer((request, response) => {
    void (async () => {
      const { id } = JSON.parse(await readBody(request)) as { id: string };
      const parts = await Promise.all(SUBGRAPH_NAMES.map((name) => call(subgraphUrls[name], directBody(name, id), headers())));
      const errors = parts.flatMap((p) => p.errors ?? []);
      const [eligibility, ...entities] = parts;
      const person = errors.length > 0 ? null : Object.assign({}, eligibility!.data?.person, ...entities.map((p) => p.data?._entities?.[0]));
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(errors.length > 0 ? { data: null, errors } : { data: { person } }));
    })().catch((error: Error) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [error.message] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
