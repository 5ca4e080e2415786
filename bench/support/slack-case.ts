// The case the Slack benchmark types in, made through the bot itself (signed slash commands, as a
// group would set it up): eight members of four organisations, three status reports (so `läge`
// draws a trend), an open poll (#1) and an action (#1) to comment on.
import type { FakeUser } from '../../test/support/fake-slack.js';
import type { Channel } from '../../test/support/slack-payloads.js';
import { pollUntil, type FakeSlackProcess } from './fake-slack-process.js';
import { burst } from './load.js';
import { signedSlash } from './slash-requests.js';

export const CHANNEL: Channel = { id: 'C0BENCH', name: 'samverkan-bench' };

const NAMES = ['Anna Svensson', 'Erik Lind', 'Lena Holm', 'Omar Ali', 'Karin Berg', 'Jonas Ek', 'Sara Nord', 'Per Dahl'];
export const MEMBERS: FakeUser[] = NAMES.map((realName, i) => ({ id: `U0BENCH${i + 1}`, name: realName.split(' ')[0]!.toLowerCase(), realName, locale: 'sv-SE' }));
const ORGS = ['TRR', 'Arbetsförmedlingen', 'IF Metall', 'Region Kronoberg'];

/** A due date a month ahead, as `senast=` takes it. */
export function dueDate(): string {
  return new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
}

const report = (date: string, permanent: number) =>
  `läge rapportera tillsvidare=${permanent} visstid=10 eget=3 studier=8 pension=2 program=5 söker=${150 - permanent} sjuk=3 avböjt=2 övrigt=28 datum=${date} källa=TRR`;

export const SEED_LINES = [
  'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs mål=70 inom=8',
  ...MEMBERS.slice(1).map((m, i) => `medlem lägg till <@${m.id}> org="${ORGS[i % ORGS.length]}" roll=medlem`),
  report('2026-09-01', 20),
  report('2026-10-01', 45),
  report('2026-11-01', 70),
  'omröstning ny "Ska vi ordna en jobbmässa i mars?" alternativ="Ja|Nej"',
  `åtgärd ny "Boka lokal för jobbmässan" ansvarig=<@${MEMBERS[1]!.id}> senast=${dueDate()}`,
];

/**
 * Sends the lines one at a time as the first member, each after the previous one was answered
 * (these commands answer with a channel post); returns the answers' first lines.
 */
export async function seedThroughBot(origin: string, fake: FakeSlackProcess): Promise<string[]> {
  const answers: string[] = [];
  for (const line of SEED_LINES) {
    const posts = fake.posts.length;
    const r = signedSlash(fake, MEMBERS[0]!, CHANNEL, line);
    const [sent] = await burst(origin, [r]);
    if (sent?.status !== 200) throw new Error(`seeding: "${line}" was not acknowledged (${sent?.status})`);
    if (!(await pollUntil(() => fake.arrivals.has(r.id) || fake.posts.length > posts, 60_000))) throw new Error(`seeding: "${line}" got no answer`);
    answers.push((fake.texts.get(r.id) ?? fake.posts[posts]!).split('\n')[0]!);
  }
  return answers;
}
