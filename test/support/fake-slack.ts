// A fake Slack on loopback: the Web API methods the adapter uses, the file upload URLs that
// files.uploadV2 posts to, and response_url endpoints. It records every call, answers in Slack's
// shapes, checks Block Kit limits as Slack does (invalid_blocks), and can be told to fail a call
// (a 429 with Retry-After, or an error such as not_in_channel).
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'node:querystring';
import { FakeSocketMode } from './fake-socket-mode.js';

export interface SlackCall {
  method: string;
  args: Record<string, any>;
  /** The answer given: `ok` false or a 429 show up here too. */
  status: number;
  ok: boolean;
  /** The bearer token the call was made with, if any. */
  token?: string;
}

/** A workspace the app can be installed into through OAuth, with what Slack gives the installation. */
export interface FakeWorkspace {
  teamId: string;
  teamName: string;
  botToken: string;
  botUserId: string;
  botId: string;
  /** Who clicked Allow. */
  installerId: string;
}

/** The app's OAuth credentials, as its Basic Information page shows them. */
export const APP_CREDENTIALS = { clientId: '1234567890.0987654321', clientSecret: 'c1i3nt-s3cr3t-0f-th3-app' };

export interface Upload {
  fileId: string;
  filename: string;
  bytes: Buffer;
}

export interface FakeUser {
  id: string;
  name: string;
  realName: string;
  locale?: string;
  /** The user's workspace; the bot's own (BOT.teamId) when not given. */
  team?: string;
}

type Failure = { status: 429; retryAfter: number } | { status: 500 } | { error: string } | { hang: true };

export const BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T0001' };

export const USERS: FakeUser[] = [
  { id: 'UANNA', name: 'anna', realName: 'Anna Svensson', locale: 'sv-SE' },
  { id: 'UERIK', name: 'erik', realName: 'Erik Lind', locale: 'sv-SE' },
  { id: 'UJOHN', name: 'john', realName: 'John Smith', locale: 'en-US' },
];

const MESSAGE_BLOCKS = 50;
const VIEW_BLOCKS = 100;

/** Slack's own checks that make it answer invalid_blocks (the subset this project can break). */
function blockProblem(blocks: any[] | undefined, max: number): string | null {
  if (!blocks) return null;
  if (!Array.isArray(blocks)) return 'blocks must be an array';
  if (blocks.length > max) return `more than ${max} blocks`;
  const actionIds = new Set<string>();
  for (const b of blocks) {
    if (b.type === 'header' && (b.text?.type !== 'plain_text' || !b.text.text || b.text.text.length > 150)) return 'bad header';
    if (b.type === 'section') {
      if (!b.text && !b.fields) return 'section without text or fields';
      if (b.text && (!b.text.text || b.text.text.length > 3000)) return 'section text empty or over 3000';
      if (b.fields && (b.fields.length > 10 || b.fields.some((f: any) => !f.text || f.text.length > 2000))) return 'bad section fields';
    }
    if (b.type === 'actions') {
      if (!b.elements?.length || b.elements.length > 25) return 'actions block needs 1 to 25 elements';
      for (const e of b.elements) {
        if (actionIds.has(e.action_id)) return `duplicate action_id ${e.action_id}`;
        actionIds.add(e.action_id);
        if (e.type === 'button' && (e.text.text.length > 75 || (e.value ?? '').length > 2000)) return 'bad button';
      }
    }
    if (b.type === 'input' && (!b.block_id || !b.label || !b.element)) return 'bad input block';
  }
  return null;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function parseArgs(raw: Buffer, contentType: string): Record<string, any> {
  const text = raw.toString('utf8');
  if (contentType.startsWith('application/json')) return text ? JSON.parse(text) : {};
  const form = parse(text);
  return Object.fromEntries(Object.entries(form).map(([k, v]) => {
    const value = Array.isArray(v) ? v[0]! : v!;
    if (/^[[{]/.test(value)) {
      try { return [k, JSON.parse(value)]; } catch { /* a text that starts with a bracket */ }
    }
    return [k, value];
  }));
}

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  /** Bodies posted to response_url endpoints, by the id in their path. */
  readonly responses: { id: string; body: any }[] = [];
  readonly uploads: Upload[] = [];
  /** Posted messages by `${channel}/${ts}`, as last updated. */
  readonly messages = new Map<string, { channel: string; ts: string; text: string; blocks?: any[]; metadata?: any }>();
  readonly users = new Map(USERS.map((u) => [u.id, u]));
  /** The Socket Mode end, reached through the URL apps.connections.open gives out. */
  readonly socketMode = new FakeSocketMode();
  #failures = new Map<string, Failure[]>();
  /** Codes handed out by the authorize page, not yet exchanged. */
  readonly #codes = new Map<string, FakeWorkspace>();
  /** Installed workspaces by bot token: auth.test answers for the token's workspace. */
  readonly #installed = new Map<string, FakeWorkspace>();
  readonly #expired = new Set<string>();
  #events = new EventEmitter();
  #server: Server | undefined;
  #counter = 0;
  #base = '';

  async start(): Promise<this> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#server.on('upgrade', (req, socket) => this.socketMode.upgrade(req, socket));
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.#base = `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.socketMode.close();
    this.#server?.closeAllConnections();
    await new Promise((resolve) => this.#server?.close(resolve));
  }

  /** The Web API base URL for SLACK_API_URL / clientOptions.slackApiUrl. */
  get apiUrl(): string {
    return `${this.#base}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.#base}/respond/${id}`;
  }

  /** The response_url `id` answers 404, as Slack does after 30 minutes or five uses. */
  expire(id: string): void {
    this.#expired.add(id);
  }

  /** The code Slack's authorize page gives the browser once someone allows installing into `w`. */
  authorizeCode(w: FakeWorkspace): string {
    const code = `${w.teamId}.${++this.#counter}.c0de`;
    this.#codes.set(code, w);
    return code;
  }

  /** The next call of `method` fails this way (several calls queue several failures). */
  fail(method: string, failure: Failure): void {
    this.#failures.set(method, [...(this.#failures.get(method) ?? []), failure]);
  }

  callsTo(method: string, onlyOk = true): SlackCall[] {
    return this.calls.filter((c) => c.method === method && (!onlyOk || c.ok));
  }

  /** Resolves once `check` holds; re-checked after every recorded call or response. */
  async until<T>(check: () => T | undefined | false): Promise<T> {
    for (;;) {
      const value = check();
      if (value) return value;
      await new Promise((resolve) => this.#events.once('recorded', resolve));
    }
  }

  #record(call: SlackCall): void {
    this.calls.push(call);
    this.#events.emit('recorded');
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0]!;
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (path.startsWith('/respond/')) {
      if (this.#expired.has(path.slice('/respond/'.length))) return json(404, { ok: false, error: 'expired_url' });
      this.responses.push({ id: path.slice('/respond/'.length), body: JSON.parse(raw.toString('utf8')) });
      this.#events.emit('recorded');
      return json(200, { ok: true });
    }
    if (path.startsWith('/upload/')) return this.#upload(path.slice('/upload/'.length), raw, req, res);
    const method = path.replace(/^\/api\//, '');
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? (typeof args.token === 'string' ? args.token : undefined);
    const token = bearer ? { token: bearer } : {};
    const failure = this.#failures.get(method)?.shift();
    // Never answers: the connection stays open until the caller gives up or the fake stops.
    if (failure && 'hang' in failure) return this.#record({ method, args, status: 0, ok: false, ...token });
    if (failure && 'status' in failure) {
      this.#record({ method, args, status: failure.status, ok: false, ...token });
      if (failure.status === 500) return json(500, { ok: false, error: 'internal_error' });
      return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
    }
    const answer = failure ? { ok: false, error: failure.error } : this.#answer(method, args, bearer);
    this.#record({ method, args, status: 200, ok: answer.ok === true, ...token });
    json(200, answer);
  }

  async #upload(fileId: string, raw: Buffer, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData();
    const file = [...form.values()].find((v) => typeof v !== 'string') as Blob | undefined;
    const pending = this.calls.find((c) => c.method === 'files.getUploadURLExternal' && c.args.file_id === fileId);
    this.uploads.push({ fileId, filename: pending?.args.filename ?? '', bytes: Buffer.from(await file!.arrayBuffer()) });
    this.#events.emit('recorded');
    res.writeHead(200);
    res.end(`OK - ${raw.length}`);
  }

  #answer(method: string, args: Record<string, any>, token?: string): Record<string, any> & { ok: boolean } {
    const n = ++this.#counter;
    switch (method) {
      case 'oauth.v2.access': {
        const w = this.#codes.get(args.code);
        if (args.client_id !== APP_CREDENTIALS.clientId || args.client_secret !== APP_CREDENTIALS.clientSecret) return { ok: false, error: 'invalid_client_id' };
        if (!w) return { ok: false, error: 'invalid_code' };
        this.#codes.delete(args.code);
        this.#installed.set(w.botToken, w);
        return {
          ok: true, app_id: 'A0SAMVERKAN', authed_user: { id: w.installerId }, scope: String(args.scope ?? 'commands,chat:write,im:write,users:read,files:write'),
          token_type: 'bot', access_token: w.botToken, bot_user_id: w.botUserId, team: { id: w.teamId, name: w.teamName }, enterprise: null, is_enterprise_install: false,
        };
      }
      case 'apps.connections.open':
        return { ok: true, url: `${this.#base.replace(/^http/, 'ws')}/link/?ticket=fake-${n}&app_id=A0SAMVERKAN` };
      case 'auth.test': {
        const w = token ? this.#installed.get(token) : undefined;
        if (w) return { ok: true, url: 'https://example.slack.com/', team: w.teamName, user: 'samverkan', team_id: w.teamId, user_id: w.botUserId, bot_id: w.botId };
        return { ok: true, url: 'https://example.slack.com/', team: 'Example', user: 'samverkan', team_id: BOT.teamId, user_id: BOT.userId, bot_id: BOT.botId };
      }
      case 'chat.postMessage': {
        const problem = blockProblem(args.blocks, MESSAGE_BLOCKS);
        if (problem) return { ok: false, error: 'invalid_blocks', errors: [problem] };
        if (!args.channel || (!args.text && !args.blocks)) return { ok: false, error: 'no_text' };
        // Like Slack's: seconds of the wall clock, unique within the second.
        const ts = `${Math.floor(Date.now() / 1000)}.${String(n).padStart(6, '0')}`;
        this.messages.set(`${args.channel}/${ts}`, { channel: args.channel, ts, text: args.text, blocks: args.blocks, ...(args.metadata ? { metadata: args.metadata } : {}) });
        return { ok: true, channel: args.channel, ts, message: { type: 'message', text: args.text, blocks: args.blocks, ts, bot_id: BOT.botId } };
      }
      case 'conversations.history': {
        // Newest first, as Slack answers; metadata only when asked for.
        const found = [...this.messages.values()].filter((m) => m.channel === args.channel && Number(m.ts) > Number(args.oldest ?? 0)).reverse();
        return { ok: true, messages: found.map(({ metadata, ...m }) => ({ type: 'message', ...m, ...(args.include_all_metadata && metadata ? { metadata } : {}) })), has_more: false, response_metadata: { next_cursor: '' } };
      }
      case 'chat.update': {
        const key = `${args.channel}/${args.ts}`;
        if (!this.messages.has(key)) return { ok: false, error: 'message_not_found' };
        const problem = blockProblem(args.blocks, MESSAGE_BLOCKS);
        if (problem) return { ok: false, error: 'invalid_blocks', errors: [problem] };
        this.messages.set(key, { channel: args.channel, ts: args.ts, text: args.text, blocks: args.blocks });
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      }
      case 'chat.postEphemeral': {
        const problem = blockProblem(args.blocks, MESSAGE_BLOCKS);
        if (problem) return { ok: false, error: 'invalid_blocks', errors: [problem] };
        return { ok: true, message_ts: `${1_790_000_000 + n}.000200` };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users).replace(/^U/, '')}` } };
      case 'users.info': {
        const u = this.users.get(args.user);
        if (!u) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id: u.id, team_id: u.team ?? BOT.teamId, name: u.name, real_name: u.realName, profile: { display_name: '', real_name: u.realName }, ...(args.include_locale && u.locale ? { locale: u.locale } : {}) } };
      }
      case 'views.open':
      case 'views.update':
      case 'views.publish': {
        const problem = blockProblem(args.view?.blocks, VIEW_BLOCKS);
        if (problem) return { ok: false, error: 'invalid_blocks', errors: [problem] };
        return { ok: true, view: { id: `V${n}`, ...args.view } };
      }
      case 'files.getUploadURLExternal': {
        const fileId = `F${n}`;
        // Recorded with the id so the upload can be matched to its name.
        args.file_id = fileId;
        return { ok: true, upload_url: `${this.#base}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal': {
        const files = args.files as { id: string; title?: string }[];
        if (files.some((f) => !this.uploads.some((u) => u.fileId === f.id))) return { ok: false, error: 'file_not_found' };
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
