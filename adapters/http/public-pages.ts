// GET /p/<address>…: the public pages of published cases (src/services/public-page.ts). An
// unknown address, an unpublished case and anything else under /p/ get the server's one 404.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parsePublicPath } from '../../src/domain/publication.js';
import type { Logger } from '../../src/logger.js';
import { publicResponse, type PublicPageDeps } from '../../src/services/public-page.js';
import { notFound, type Routes } from './server.js';

// No scripts, nothing from elsewhere: the page is its own HTML, inline CSS and a data: image.
// No referrer, so the unguessable address does not travel with a click on an outside link;
// no caching, so unpublishing takes the content away at once.
const HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

export function publicPageRoutes(deps: PublicPageDeps, logger: Logger): Routes {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const request = req.method === 'GET' || req.method === 'HEAD' ? parsePublicPath(url.pathname, url.searchParams) : null;
    const response = request && (await publicResponse(deps, request));
    if (!response) return notFound(res);
    res.writeHead(200, { ...HEADERS, 'content-type': response.contentType, 'content-length': Buffer.byteLength(response.body) });
    res.end(req.method === 'HEAD' ? undefined : response.body);
  };
  return {
    '/p/*': (req, res) => {
      handle(req, res).catch((err: unknown) => {
        logger.error({ err }, 'public page failed');
        if (!res.headersSent) {
          res.statusCode = 500;
          res.end('error');
        }
      });
    },
  };
}
