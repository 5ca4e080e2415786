// Collaboration groups to test against, all on the console.
import type { Deliverable, Reply } from '../../src/core/event.js';
import { plainMessage, type Message } from '../../src/core/message.js';
import type { MemberRole } from '../../src/domain/roles.js';
import { organisationNamed } from '../../src/store/cases.js';
import { createTestBot, type TestBot, type TestBotOptions } from './testbot.js';

export const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs org=Kommunen';

/** Through the commands — anna: leader (Kommunen, created the case); erik: member (Arbetsförmedlingen); sara: observer (TRR). */
export async function setUpGroup(tb: TestBot): Promise<void> {
  await tb.run([NEW_CASE, 'medlem lägg till @erik org="Arbetsförmedlingen"', 'medlem lägg till @sara org=TRR roll=observatör'].join('\n'));
}

/** An output with its message in plain text, as the console shows it. */
export type PlainOutput<O = Deliverable | Reply> = O extends { message: Message } ? Omit<O, 'message'> & { message: Message<string> } : never;

/**
 * Every output of a command by `user` in #samverkan, including the in-place updates the console
 * does not print, in plain text.
 */
export async function outputsOf(tb: TestBot, user: string, text: string): Promise<PlainOutput[]> {
  const outputs = await tb.handle({ platform: 'console', user: { id: user, name: user }, channel: { id: 'samverkan', name: 'samverkan' }, text });
  return outputs.map((o) => ({ ...o, message: plainMessage(o.message) }) as PlainOutput);
}

const TARGET_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs mål=70 inom=8 org="Tingsryds kommun"';

export interface GroupMember {
  name: string;
  org?: string;
  role?: MemberRole;
}

/** Written to the database — anna (leader, the test bot's user, Tingsryds kommun), erik (TRR), sara (IF Metall), olle (observer). */
export const THREE_ORGANISATIONS: readonly GroupMember[] = [{ name: 'erik', org: 'TRR' }, { name: 'sara', org: 'IF Metall' }, { name: 'olle', role: 'observer' }];

/** A fresh test bot with the THREE_ORGANISATIONS group in a case with a target. */
export async function groupBot(options: TestBotOptions = {}): Promise<{ tb: TestBot; caseId: number }> {
  const tb = await createTestBot(options);
  return { tb, caseId: await startGroup(tb, THREE_ORGANISATIONS) };
}

/** Creates the case as the test bot's own user (its leader) and adds the members directly. */
export async function startGroup(tb: TestBot, members: readonly GroupMember[]): Promise<number> {
  await tb.say(TARGET_CASE);
  const theCase = await tb.db.case.findFirstOrThrow({ orderBy: { id: 'desc' } });
  for (const m of members) await addMember(tb, theCase.id, m);
  return theCase.id;
}

export async function addMember(tb: TestBot, caseId: number, { name, org, role = 'member' }: GroupMember): Promise<number> {
  const user = await tb.db.user.upsert({ where: { platform_tenant_externalId: { platform: 'console', tenant: '', externalId: name } }, create: { platform: 'console', externalId: name, displayName: name, createdAt: tb.clock.now() }, update: {} });
  const organisationId = org ? await organisationNamed(tb.db, caseId, org) : null;
  return (await tb.db.member.create({ data: { caseId, userId: user.id, organisationId, role, joinedAt: tb.clock.now() } })).id;
}

/** The code `leader` gets by direct message from `ärende kod …` typed in `channel` (a channel of the case). */
export async function newCode(tb: TestBot, { leader = 'anna', channel = 'samverkan', line = 'ärende kod' } = {}): Promise<string> {
  const outputs = await tb.handle({ platform: 'console', user: { id: leader, name: leader }, channel: { id: channel, name: channel }, text: line });
  const dm = outputs.find((o) => o.kind === 'dm');
  if (!dm) throw new Error(`no code in ${JSON.stringify(outputs)}`);
  return codeIn(dm.message.text);
}

/** The join code a text shows (`ABCDE-FGHJK`). */
export function codeIn(text: string): string {
  return /\b([A-Z0-9]{5}-[A-Z0-9]{5})\b/.exec(text)![1]!;
}

/** The new flow end to end: anna makes a code, `who` links `channel` with it, anna approves them in #samverkan. */
export async function joinWithCode(tb: TestBot, who: string, channel: string, approval = ''): Promise<void> {
  const code = await newCode(tb);
  await tb.say(`#${channel}`);
  await tb.say(`@${who} ärende koppla ${code}`);
  await tb.say('#samverkan');
  await tb.say(`medlem godkänn @${who}${approval ? ` ${approval}` : ''}`);
}
