// One HTTP server for every webhook adapter, so Slack and Teams can share a port.
import { createServer, type RequestListener, type Server } from 'node:http';

export type Routes = Record<string, RequestListener>;

export async function startHttpServer(port: number, routes: Routes, host = '0.0.0.0'): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const route = routes[path];
    if (route) return route(req, res);
    res.statusCode = path === '/healthz' ? 200 : 404;
    res.end(path === '/healthz' ? 'ok' : 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
