// One HTTP server for every webhook adapter, so Slack and Teams can share a port, and the public pages.
import { createServer, type RequestListener, type ServerResponse, type Server } from 'node:http';

/** Handlers by exact path; a key ending in `/*` takes every path under it (`/p/*`). */
export type Routes = Record<string, RequestListener>;

/** The one answer for every path that shows nothing, so that none can be told from another. */
export function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end('not found');
}

function routeFor(routes: Routes, path: string): RequestListener | undefined {
  if (routes[path]) return routes[path];
  const prefix = Object.keys(routes).filter((k) => k.endsWith('/*') && path.startsWith(k.slice(0, -1))).sort((a, b) => b.length - a.length)[0];
  return prefix ? routes[prefix] : undefined;
}

export async function startHttpServer(port: number, routes: Routes, host = '0.0.0.0'): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const route = routeFor(routes, path);
    if (route) return route(req, res);
    if (path !== '/healthz') return notFound(res);
    res.statusCode = 200;
    res.end('ok');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
