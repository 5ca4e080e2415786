// The Teams SDK's HTTP extension point (IHttpServerAdapter): instead of the SDK starting its own
// Express server, it registers its /api/messages handler here, and the shared server
// (adapters/http/server.ts) routes requests to it. The SDK keeps token validation and activity
// processing; this file only turns a Node request into `{ body, headers }` and back.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import type { Routes } from '../http/server.js';

const MAX_BODY_BYTES = 1_000_000;

class BadRequest extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BadRequest(413, 'body too large');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest(400, 'body is not JSON');
  }
}

function headersOf(req: IncomingMessage): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(req.headers).filter((e): e is [string, string | string[]] => e[1] !== undefined));
}

function respond(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  if (body === undefined) return void res.end();
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

export class SharedServerAdapter implements IHttpServerAdapter {
  /** Filled by the SDK during App.initialize(); hand it to startHttpServer. */
  readonly routes: Routes = {};

  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    this.routes[path] = this.#listener(method, handler);
  }

  #listener(method: HttpMethod, handler: HttpRouteHandler): RequestListener {
    return (req, res) => {
      if (req.method !== method) return respond(res, 405, { error: `use ${method}` });
      void (async () => {
        try {
          const answer = await handler({ body: await readJson(req), headers: headersOf(req) });
          respond(res, answer.status, answer.body);
        } catch (err) {
          respond(res, err instanceof BadRequest ? err.status : 500, { error: err instanceof Error ? err.message : 'error' });
        }
      })();
    };
  }
}
