import net from 'node:net';

/** A local TCP server for database-outage tests; `url` points a Postgres client at it. */
export interface FakeServer {
  url: string;
  close(): Promise<void>;
}

async function listen(onSocket: (socket: net.Socket) => void): Promise<FakeServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `postgresql://taskshift:taskshift@127.0.0.1:${port}/taskshift`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Accepts connections and never answers a byte (a hung server or a black-holing proxy). */
export function hangingServer(): Promise<FakeServer> {
  return listen(() => undefined);
}

/** Completes the Postgres start-up (AuthenticationOk, ReadyForQuery), then never answers a query. */
export function silentAfterStartupServer(): Promise<FakeServer> {
  return listen((socket) => {
    socket.once('data', () => {
      const authOk = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0]); // 'R', length 8, AuthenticationOk
      const ready = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]); // 'Z', length 5, idle
      socket.write(Buffer.concat([authOk, ready]));
    });
  });
}

/** A URL whose port refuses connections: an ephemeral port, bound and released again. */
export async function refusedUrl(): Promise<string> {
  const server = await listen(() => undefined);
  await server.close();
  return server.url;
}
