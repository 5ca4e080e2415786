// A fake Bot Framework connector on loopback: it records every call the Teams SDK makes to a
// conversation's service URL, answers like the real service, can be told to fail the next calls
// with a status (429, 502, …), and serves a JSON Web Key Set so that locally signed tokens can
// pass the SDK's token validation.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface ConnectorCall {
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  authorization?: string;
  body: any;
}

interface Failure {
  status: number;
  headers: Record<string, string>;
}

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function newSigningKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** The signed part of a token: header and claims (valid for an hour from now unless they say otherwise). */
function unsigned(header: Record<string, unknown>, claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify({ iat: now, nbf: now, exp: now + 3600, ...claims }))}`;
}

/** An RS256 JSON Web Token, as the Bot Framework service signs them. */
export function signJwt(key: SigningKey, claims: Record<string, unknown>): string {
  const content = unsigned({ alg: 'RS256', typ: 'JWT', kid: key.kid }, claims);
  return `${content}.${base64url(sign('RSA-SHA256', Buffer.from(content), key.privateKey))}`;
}

/** A token that claims to need no signature (`alg: none`) and has none: a forgery anyone can make. */
export function algNoneJwt(claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  return `${unsigned({ alg: 'none', typ: 'JWT', ...header }, claims)}.`;
}

/** A token "signed" with HMAC keyed by a public key: the forgery for verifiers that trust the header's alg. */
export function hmacWithPublicKey(key: SigningKey, claims: Record<string, unknown>): string {
  const content = unsigned({ alg: 'HS256', typ: 'JWT', kid: key.kid }, claims);
  const secret = key.publicKey.export({ type: 'spki', format: 'pem' });
  return `${content}.${base64url(createHmac('sha256', secret).update(content).digest())}`;
}

async function body(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  readonly #failures: Failure[] = [];
  #server?: Server;
  #seq = 0;

  constructor(private readonly keys: SigningKey[] = []) {}

  get url(): string {
    return `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}`;
  }

  /** The OpenID metadata URL whose `/keys` neighbour serves the key set. */
  get openIdMetadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      void this.#handle(req).then(({ status, json, headers }) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(json));
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  /** The next connector call never answers (until the fake stops). */
  hangNext(): void {
    this.#failures.push({ status: 0, headers: {} });
  }

  /** The next `count` connector calls fail with `status`. */
  failNext(count: number, status: number, headers: Record<string, string> = {}): void {
    for (let i = 0; i < count; i++) this.#failures.push({ status, headers });
  }

  /** Activities posted (not updates), optionally only those to one conversation. */
  posted(conversationId?: string): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'POST' && c.activityId === undefined && c.conversationId !== undefined && (!conversationId || c.conversationId === conversationId));
  }

  updates(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'PUT');
  }

  async #handle(req: IncomingMessage): Promise<{ status: number; json: unknown; headers?: Record<string, string> }> {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (req.method === 'GET' && path === '/v1/.well-known/keys') {
      return { status: 200, json: { keys: this.keys.map((k) => ({ ...k.publicKey.export({ format: 'jwk' }), kid: k.kid, use: 'sig', alg: 'RS256' })) } };
    }
    const m = /^\/v3\/conversations(?:\/([^/]+)\/activities(?:\/([^/]+))?)?$/.exec(path);
    if (!m) return { status: 404, json: { error: 'not found' } };
    const call: ConnectorCall = {
      method: req.method ?? 'GET', path, body: await body(req),
      ...(m[1] ? { conversationId: m[1] } : {}), ...(m[2] ? { activityId: m[2] } : {}),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    };
    this.calls.push(call);
    const failure = this.#failures.shift();
    if (failure?.status === 0) return new Promise(() => undefined);
    if (failure) return { status: failure.status, json: { error: { code: 'Throttled', message: 'fake failure' } }, headers: failure.headers };
    if (!m[1]) return { status: 201, json: { id: `a:chat-${++this.#seq}`, serviceUrl: this.url } };
    return { status: m[2] ? 200 : 201, json: { id: m[2] ?? `activity-${++this.#seq}` } };
  }
}
