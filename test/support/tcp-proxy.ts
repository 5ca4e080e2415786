// A TCP proxy on loopback that a test can cut and restore, to lose a database connection the way
// a network or a restarting server loses it, without touching the server other tests use.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  /** Ends every connection and refuses new ones. */
  cut(): Promise<void>;
  /** Accepts connections again, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function tcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  let server: Server;
  const listen = (port: number) => new Promise<number>((resolve) => {
    server = createServer((client) => {
      const upstream = connect(target.port, target.host);
      track(client);
      track(upstream);
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
  const stop = () => new Promise<void>((resolve) => {
    for (const socket of sockets) socket.destroy();
    server.close(() => resolve());
  });
  let listening = true;
  const port = await listen(0);
  return {
    port,
    cut: async () => {
      if (listening) await stop();
      listening = false;
    },
    restore: async () => {
      if (!listening) await listen(port);
      listening = true;
    },
    close: async () => {
      if (listening) await stop();
      listening = false;
    },
  };
}
