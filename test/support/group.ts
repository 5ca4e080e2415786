// A case with a collaboration group, for tests that need members before `medlem lägg till` exists.
import type { MemberRole } from '../../src/domain/roles.js';
import { organisationNamed } from '../../src/store/cases.js';
import { createTestBot, type TestBot, type TestBotOptions } from './testbot.js';

export const NEW_CASE = 'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs mål=70 inom=8 org="Tingsryds kommun"';

export interface GroupMember {
  name: string;
  org?: string;
  role?: MemberRole;
}

/** The usual group: anna (leader, the test bot's user, Tingsryds kommun), erik (TRR), sara (IF Metall), olle (observer). */
export const THREE_ORGANISATIONS: readonly GroupMember[] = [{ name: 'erik', org: 'TRR' }, { name: 'sara', org: 'IF Metall' }, { name: 'olle', role: 'observer' }];

/** A fresh test bot with the usual group in a case. */
export async function groupBot(options: TestBotOptions = {}): Promise<{ tb: TestBot; caseId: number }> {
  const tb = await createTestBot(options);
  return { tb, caseId: await startGroup(tb, THREE_ORGANISATIONS) };
}

/** Creates the case as the test bot's own user (its leader) and adds the members directly. */
export async function startGroup(tb: TestBot, members: readonly GroupMember[]): Promise<number> {
  await tb.say(NEW_CASE);
  const theCase = await tb.db.case.findFirstOrThrow({ orderBy: { id: 'desc' } });
  for (const m of members) await addMember(tb, theCase.id, m);
  return theCase.id;
}

export async function addMember(tb: TestBot, caseId: number, { name, org, role = 'member' }: GroupMember): Promise<number> {
  const user = await tb.db.user.upsert({ where: { platform_externalId: { platform: 'console', externalId: name } }, create: { platform: 'console', externalId: name, displayName: name }, update: {} });
  const organisationId = org ? await organisationNamed(tb.db, caseId, org) : null;
  return (await tb.db.member.create({ data: { caseId, userId: user.id, organisationId, role, joinedAt: tb.clock.now() } })).id;
}
