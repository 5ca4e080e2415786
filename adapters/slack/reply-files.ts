// The files of a reply (a `läge` chart, an export) go to the user's DM, where uploads are paced at
// one a second (pacer.ts), and the request waits for its own. A user who asks again before their
// last file went out would queue one upload per request, each holding its request until its turn:
// while they ask faster than once a second the queue, and the memory, grow without bound (issue
// 12). So files identical to the ones last queued in the same DM, still on their way, are not
// queued again: the request waits for that upload instead.
import type { FileAttachment } from '../../src/core/message.js';

/** A DM channel and the workspace whose token reaches it. */
export interface FileTarget {
  channel: string;
  team: string;
}

type Upload = (to: FileTarget, files: readonly FileAttachment[]) => Promise<void>;

const sameBytes = (a: Uint8Array, b: Uint8Array) => a === b || Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
const sameFiles = (a: readonly FileAttachment[], b: readonly FileAttachment[]) =>
  a.length === b.length && a.every((f, i) => f.name === b[i]!.name && f.mimeType === b[i]!.mimeType && sameBytes(f.data, b[i]!.data));

export class ReplyFiles {
  /** Per DM channel, the last files queued and their upload, until it is done. */
  readonly #last = new Map<string, { files: readonly FileAttachment[]; sent: Promise<void> }>();

  constructor(private readonly upload: Upload) {}

  send(to: FileTarget, files: readonly FileAttachment[]): Promise<void> {
    const channel = to.channel;
    const last = this.#last.get(channel);
    if (last && sameFiles(last.files, files)) return last.sent;
    const entry = { files, sent: this.upload(to, files) };
    this.#last.set(channel, entry);
    const forget = () => {
      if (this.#last.get(channel) === entry) this.#last.delete(channel);
    };
    entry.sent.then(forget, forget);
    return entry.sent;
  }
}
