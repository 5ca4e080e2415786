// The fake Slack Web API of the tests (test/support/fake-slack.ts) in a process of its own. It
// prints one JSON line once it listens, then one line per answer a user would see: each post to a
// response_url (named by the request id at the end of the URL) and each chat.postMessage (named by
// a `[bench:<id>]` tag in its text, where a command's own text carries one), with its arrival time,
// which the load generator matches to the request's send time.
//   BENCH_USERS='[{"id":"U1","name":"a","realName":"A"}]' node --import tsx bench/apps/fake-slack.ts
import { FakeSlack, type FakeUser } from '../../test/support/fake-slack.js';
import { wallMs } from '../support/wall-clock.js';

/** The fake keeps every call for the tests to inspect; here only the recent ones are kept. */
const KEEP = 1000;
const TAG = /\[bench:([^\]]+)\]/;
const fake = await new FakeSlack().start();
for (const user of JSON.parse(process.env.BENCH_USERS ?? '[]') as FakeUser[]) fake.users.set(user.id, user);
process.stdout.write(`${JSON.stringify({ kind: 'ready', apiUrl: fake.apiUrl, respondBase: fake.responseUrl('') })}\n`);

interface Answer {
  kind: 'respond' | 'post';
  id?: string;
  at: number;
  text: string;
}

const clip = (text: unknown) => String(text ?? '').slice(0, 200);
let seen = 0;
for (;;) {
  await fake.until(() => fake.responses.length > 0 || fake.calls.length > seen);
  const at = wallMs();
  const lines: Answer[] = fake.responses.splice(0).map((r) => ({ kind: 'respond' as const, id: r.id, at, text: clip(r.body?.text) }));
  for (const call of fake.calls.slice(seen)) {
    if (call.method !== 'chat.postMessage' || !call.ok) continue;
    const id = TAG.exec(String(call.args.text))?.[1];
    lines.push({ kind: 'post', ...(id ? { id } : {}), at, text: clip(call.args.text) });
  }
  seen = fake.calls.length;
  // Uploads are looked up again when completed, so the recent ones stay too.
  for (const list of [fake.calls, fake.uploads]) if (list.length > 2 * KEEP) list.splice(0, list.length - KEEP);
  seen = Math.min(seen, fake.calls.length);
  if (lines.length) process.stdout.write(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
}
