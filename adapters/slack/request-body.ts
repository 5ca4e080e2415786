// Bolt reads, checks and parses each request itself, but a signed body that parses to JSON null
// (`payload=null`, or `null` sent as JSON) makes it throw inside a promise of its own: the request
// is never answered and the rejection, unhandled, ends the process. So the body is read here
// first, within Bolt's limit, and handed to Bolt already buffered (Bolt then uses it as it is) —
// unless it is no JSON object, which no Slack request is.
import type { IncomingMessage, RequestListener } from 'node:http';
import { defaultBodyLimit, HTTPModuleFunctions, isValidSlackRequest, type BufferedIncomingMessage } from '@slack/bolt';

/** The whole body, or null once it passes `limit` bytes (the rest is read and dropped). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.resume();
      resolve(null);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
    // Gone before its end (the client gave up): nothing to hand on. After the end this does nothing.
    req.once('close', () => reject(new Error('request closed before its end')));
  });
}

/** Whether Bolt's own parsing of the body gives something other than an object (a parse error is Bolt's to answer). */
function noObject(req: BufferedIncomingMessage): boolean {
  try {
    const body: unknown = HTTPModuleFunctions.parseHTTPRequestBody(req);
    return body === null || typeof body !== 'object' || Array.isArray(body);
  } catch {
    return false;
  }
}

function signed(req: BufferedIncomingMessage, signingSecret: string): boolean {
  const headers = { 'x-slack-signature': String(req.headers['x-slack-signature']), 'x-slack-request-timestamp': Number(req.headers['x-slack-request-timestamp']) };
  return isValidSlackRequest({ signingSecret, body: req.rawBody.toString(), headers });
}

/** `listen` (Bolt's receiver) gets the request with its body read; too large is 413, no object 400 (401 unsigned). */
export function withReadBody(listen: RequestListener, signingSecret: string): RequestListener {
  return (req, res) => {
    readBody(req, defaultBodyLimit).then((raw) => {
      if (!raw) return void res.writeHead(413).end();
      const buffered = Object.assign(req, { rawBody: raw }) as BufferedIncomingMessage;
      if (noObject(buffered)) return void res.writeHead(signed(buffered, signingSecret) ? 400 : 401).end();
      listen(buffered, res);
    }, () => void res.writeHead(400).end());
  };
}
