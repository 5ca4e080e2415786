// Slack's Socket Mode end on loopback: a minimal WebSocket server (RFC 6455 text frames, ping →
// pong, close) that greets with `hello`, sends envelopes as Slack does and records the app's acks.
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const TEXT = 0x1;
const CLOSE = 0x8;
const PING = 0x9;
const PONG = 0xa;

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head = length < 126 ? Buffer.from([0x80 | opcode, length]) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (length >= 126) {
    head[0] = 0x80 | opcode;
    if (length < 65536) {
      head[1] = 126;
      head.writeUInt16BE(length, 2);
    } else {
      head[1] = 127;
      head.writeBigUInt64BE(BigInt(length), 2);
    }
  }
  return Buffer.concat([head, payload]);
}

/** Reads whole client frames (always masked) from the front of `data`; returns them and the rest. */
function readFrames(data: Buffer): { frames: { opcode: number; payload: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; payload: Buffer }[] = [];
  let at = 0;
  for (;;) {
    if (data.length - at < 2) break;
    const opcode = data[at]! & 0x0f;
    let length = data[at + 1]! & 0x7f;
    let offset = at + 2;
    if (length === 126) { if (data.length - offset < 2) break; length = data.readUInt16BE(offset); offset += 2; }
    else if (length === 127) { if (data.length - offset < 8) break; length = Number(data.readBigUInt64BE(offset)); offset += 8; }
    if (data.length - offset < 4 + length) break;
    const mask = data.subarray(offset, offset + 4);
    const payload = Buffer.from(data.subarray(offset + 4, offset + 4 + length).map((b, i) => b ^ mask[i % 4]!));
    frames.push({ opcode, payload });
    at = offset + 4 + length;
  }
  return { frames, rest: data.subarray(at) };
}

export class FakeSocketMode {
  /** The acks the app sent: `{ envelope_id, payload? }`. */
  readonly acks: { envelope_id: string; payload?: unknown }[] = [];
  readonly #events = new EventEmitter();
  #socket: Duplex | undefined;
  #sequence = 0;

  /** Handles the HTTP upgrade of the connection URL apps.connections.open gave out. */
  upgrade(req: IncomingMessage, socket: Duplex): void {
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${GUID}`).digest('base64');
    socket.write(['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Accept: ${accept}`, '', ''].join('\r\n'));
    this.#socket = socket;
    let pending: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const f of frames) {
        if (f.opcode === PING) socket.write(frame(PONG, f.payload));
        else if (f.opcode === CLOSE) socket.end(frame(CLOSE, Buffer.alloc(0)));
        else if (f.opcode === TEXT) {
          this.acks.push(JSON.parse(f.payload.toString('utf8')));
          this.#events.emit('ack');
        }
      }
    });
    socket.on('error', () => {});
    this.#send({ type: 'hello', num_connections: 1, debug_info: { host: 'applink-fake', approximate_connection_time: 18060 }, connection_info: { app_id: 'A0SAMVERKAN' } });
  }

  /** Sends an envelope (`slash_commands`, `interactive` or `events_api`) and returns its id. */
  envelope(type: string, payload: unknown): string {
    const envelopeId = `env-${++this.#sequence}`;
    this.#send({ envelope_id: envelopeId, payload, type, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' });
    return envelopeId;
  }

  async ackOf(envelopeId: string): Promise<{ envelope_id: string; payload?: unknown }> {
    for (;;) {
      const ack = this.acks.find((a) => a.envelope_id === envelopeId);
      if (ack) return ack;
      await new Promise((resolve) => this.#events.once('ack', resolve));
    }
  }

  close(): void {
    this.#socket?.destroy();
  }

  #send(message: unknown): void {
    this.#socket?.write(frame(TEXT, Buffer.from(JSON.stringify(message))));
  }
}
