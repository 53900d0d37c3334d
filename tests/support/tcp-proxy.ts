import { createConnection, createServer, Server, Socket } from 'node:net';

export interface TcpProxy {
  readonly port: number;
  /** Drops every connection and stops listening: connecting is refused, as with a server that is down. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  /** Keeps every connection open and accepts new ones, but passes nothing on: a server gone silent. */
  stall(): void;
  /** Passes on again what was held. */
  unstall(): void;
  close(): Promise<void>;
}

/** A loopback TCP proxy to `host:port` that a test cuts and restores: a real loss of connection for whatever connects through it. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const pairs = new Set<readonly [Socket, Socket]>();
  let stalled = false;
  const hold = ([client, upstream]: readonly [Socket, Socket]) => {
    client.unpipe(upstream);
    upstream.unpipe(client);
    client.pause();
    upstream.pause();
  };
  const pass = ([client, upstream]: readonly [Socket, Socket]) => {
    client.pipe(upstream);
    upstream.pipe(client);
  };
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  };
  let server: Server;
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = createConnection(target);
        track(client);
        track(upstream);
        const pair = [client, upstream] as const;
        pairs.add(pair);
        if (stalled) client.pause();
        else pass(pair);
        client.once('close', () => (pairs.delete(pair), upstream.destroy()));
        upstream.once('close', () => client.destroy());
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
    });
  const port = await listen(0);
  const cut = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  };
  const stall = () => {
    stalled = true;
    pairs.forEach(hold);
  };
  const unstall = () => {
    stalled = false;
    pairs.forEach(pass);
  };
  return { port, cut, restore: async () => void (await listen(port)), stall, unstall, close: cut };
}
