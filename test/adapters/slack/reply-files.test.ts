// The files of replies to one DM: a request for files identical to those still on their way there
// waits for that upload instead of queueing its own, so a user asking faster than uploads are paced
// builds no queue (issue 12's memory); anything else is uploaded as asked.
import { describe, expect, it } from 'vitest';
import type { FileAttachment } from '../../../src/core/message.js';
import { ReplyFiles } from '../../../adapters/slack/reply-files.js';

const chart = (bytes: number[]): FileAttachment[] => [{ name: 'lage.png', mimeType: 'image/png', data: new Uint8Array(bytes) }];

/** Uploads that finish when the test says so. */
function heldUploads() {
  const started: { channel: string; files: readonly FileAttachment[]; finish: (err?: Error) => void }[] = [];
  const files = new ReplyFiles(({ channel }, f) => new Promise<void>((resolve, reject) => {
    started.push({ channel, files: f, finish: (err) => (err ? reject(err) : resolve()) });
  }));
  return { files, started };
}

describe('files of replies', () => {
  it('asked again while the same files are on their way to the same DM: one upload, every request answered by it', async () => {
    const { files, started } = heldUploads();
    const done: number[] = [];
    const requests = [1, 2, 3].map((n) => files.send({ channel: 'DANNA', team: 'T0001' }, chart([1, 2, 3])).then(() => done.push(n)));
    expect(started).toHaveLength(1);
    started[0]!.finish();
    await Promise.all(requests);
    expect(done).toEqual([1, 2, 3]);
  });

  it('uploads other files, the same files to another DM, and the same files again once they went out', async () => {
    const { files, started } = heldUploads();
    void files.send({ channel: 'DANNA', team: 'T0001' }, chart([1, 2, 3]));
    void files.send({ channel: 'DANNA', team: 'T0001' }, chart([1, 2, 4]));
    void files.send({ channel: 'DERIK', team: 'T0001' }, chart([1, 2, 4]));
    expect(started.map((s) => [s.channel, [...s.files[0]!.data]])).toEqual([['DANNA', [1, 2, 3]], ['DANNA', [1, 2, 4]], ['DERIK', [1, 2, 4]]]);
    for (const s of started) s.finish();
    await new Promise((resolve) => setImmediate(resolve));
    void files.send({ channel: 'DANNA', team: 'T0001' }, chart([1, 2, 4]));
    expect(started).toHaveLength(4);
  });

  it('after a failed upload, the next request for the same files tries again', async () => {
    const { files, started } = heldUploads();
    const first = files.send({ channel: 'DANNA', team: 'T0001' }, chart([1]));
    const joined = files.send({ channel: 'DANNA', team: 'T0001' }, chart([1]));
    started[0]!.finish(new Error('upload failed'));
    await expect(first).rejects.toThrow('upload failed');
    await expect(joined).rejects.toThrow('upload failed');
    void files.send({ channel: 'DANNA', team: 'T0001' }, chart([1]));
    expect(started).toHaveLength(2);
  });
});
