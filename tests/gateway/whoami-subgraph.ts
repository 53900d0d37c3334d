import { createServer, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import { AccessContext } from '../../common/src/access/access-context';
import { startApolloSubgraph } from '../../subgraphs/common/src/apollo-subgraph';
import { GrantStore } from '../../common/src/access/grant-store';
import { MemoryCache } from '../../common/src/cache/memory-cache';
import { newContext, SubgraphContext } from '../../subgraphs/common/src/context';
import { Database } from '../../subgraphs/common/src/database';

/** What the test subgraph tells of the access context it verified. */
export interface Whoami {
  requestId: string;
  role: string;
  institutionCode: string | null;
  personId: string | null;
  qualification: string | null;
  terminalId: string | null;
  terminalKind: string | null;
  authTime: string | null;
  amr: string[];
  loginId: string | null;
  emergencyId: boolean | null;
  disasterAuthority: boolean | null;
}

const TYPE_DEFS = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
type Query { whoami: Whoami! }
type Whoami {
  requestId: String! role: String! institutionCode: String personId: String qualification: String
  terminalId: String terminalKind: String authTime: String amr: [String!]!
  loginId: String emergencyId: Boolean disasterAuthority: Boolean
}
`;

/** What the subgraph tells of an access context it verified. */
export const whoamiOf = (access: AccessContext): Whoami => ({
  requestId: access.requestId,
  role: access.caller.role,
  institutionCode: access.caller.institutionCode ?? null,
  personId: access.caller.personId ?? null,
  qualification: access.caller.qualification ?? null,
  terminalId: access.terminalId,
  terminalKind: access.terminalKind,
  authTime: access.authTime?.toISOString() ?? null,
  amr: [...access.amr],
  loginId: access.caller.loginId ?? null,
  emergencyId: access.caller.emergencyId ?? null,
  disasterAuthority: access.caller.disasterAuthority ?? null,
});

/**
 * Asks for every field of Whoami. The gateway's field policy denies them all (the access policy
 * has no rule for a type of this test's), so the answer is in the contexts the subgraph verified
 * while the gateway still asked it for the object.
 */
export const WHOAMI_QUERY =
  '{ whoami { requestId role institutionCode personId qualification terminalId terminalKind authTime amr loginId emergencyId disasterAuthority } }';

export interface WhoamiSubgraph {
  /** Where the gateway finds it: a pass-through that records the headers of each request. */
  readonly url: string;
  readonly typeDefs: string;
  /** The access contexts it verified, in order. */
  readonly contexts: AccessContext[];
  /** The headers of the requests it was sent. */
  readonly requestHeaders: IncomingHttpHeaders[];
  stop(): Promise<void>;
}

/** Passes every request on to `target`, recording its headers. */
async function recordingPassThrough(target: string, requestHeaders: IncomingHttpHeaders[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((request, response) => {
    requestHeaders.push(request.headers);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
      void fetch(target, { method: request.method, headers, body: Buffer.concat(chunks) }).then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        response.end(Buffer.from(await answer.arrayBuffer()));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/** A subgraph on the project's Apollo subgraph base that answers with the access context it verified. */
export async function startWhoamiSubgraph(accessContextSecret: string): Promise<WhoamiSubgraph> {
  const contexts: AccessContext[] = [];
  const requestHeaders: IncomingHttpHeaders[] = [];
  const service = await startApolloSubgraph({
    name: 'whoami',
    typeDefs: TYPE_DEFS,
    port: 0,
    accessContextSecret,
    // Its Whoami type is no part of the access policy's schema.
    fieldPolicy: null,
    context: (access) => {
      contexts.push(access);
      const db = {} as Database;
      return newContext(db, access, new GrantStore(db, new MemoryCache()));
    },
    resolvers: {
      Query: {
        whoami: (_root: unknown, _args: unknown, { access }: SubgraphContext): Whoami => whoamiOf(access),
      },
    },
  });
  const passThrough = await recordingPassThrough(service.url, requestHeaders);
  return {
    url: passThrough.url,
    typeDefs: TYPE_DEFS,
    contexts,
    requestHeaders,
    stop: async () => {
      await passThrough.stop();
      await service.stop();
    },
  };
}
