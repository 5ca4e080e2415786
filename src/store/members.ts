import type { Mention } from '../text/mention.js';
import type { Tx } from './client.js';
import type { Member, Prisma } from './models.js';

const withPerson = { user: true, organisation: true } satisfies Prisma.MemberInclude;
export type MemberWithPerson = Prisma.MemberGetPayload<{ include: typeof withPerson }>;

/** Active members of a case with their user and organisation, in the order they joined. */
export async function membersOf(db: Tx, caseId: number, roles?: readonly string[]): Promise<MemberWithPerson[]> {
  return db.member.findMany({
    where: { caseId, removedAt: null, ...(roles ? { role: { in: [...roles] } } : {}) },
    include: withPerson,
    orderBy: { id: 'asc' },
  });
}

/**
 * The member a mention names: by platform id when it has one (in the speaker's tenant, else the
 * one member with that id; see userForMention), else by display name.
 */
export function mentionedMember(members: readonly MemberWithPerson[], speaker: { platform: string; tenant: string }, mention: Mention): MemberWithPerson | null {
  if (mention.id) {
    const platform = mention.platform ?? speaker.platform;
    const withId = members.filter((m) => m.user.platform === platform && m.user.externalId === mention.id);
    return withId.find((m) => platform === speaker.platform && m.user.tenant === speaker.tenant) ?? (withId.length === 1 ? withId[0]! : null);
  }
  const name = mention.name?.toLowerCase();
  return members.find((m) => m.user.displayName.toLowerCase() === name) ?? null;
}

/** Members who may vote: leaders and members (observers only read). */
/** The case's project leader while they are still a leader in it (one who left or stepped down is none). */
export async function projectLeaderOf(db: Tx, c: { projectLeaderId: number | null }): Promise<{ name: string; organisation: string | null } | null> {
  if (c.projectLeaderId === null) return null;
  const m = await db.member.findUnique({ where: { id: c.projectLeaderId }, include: withPerson });
  return m && m.removedAt === null && m.role === 'leader' ? { name: m.user.displayName, organisation: m.organisation?.name ?? null } : null;
}

export const VOTING_ROLES = ['leader', 'member'] as const;

export async function leaderCount(db: Tx, caseId: number): Promise<number> {
  return db.member.count({ where: { caseId, removedAt: null, role: 'leader' } });
}

/**
 * Makes a user an active member with this role and organisation. `existing` is their row in the
 * case, if any; someone who was not active (new, or removed) joins now.
 */
export async function putMember(db: Tx, existing: Member | null, m: { caseId: number; userId: number; role: string; organisationId: number | null }, now: Date): Promise<Member> {
  const data = { role: m.role, organisationId: m.organisationId, removedAt: null };
  if (!existing) return db.member.create({ data: { ...data, caseId: m.caseId, userId: m.userId, joinedAt: now } });
  return db.member.update({ where: { id: existing.id }, data: existing.removedAt ? { ...data, joinedAt: now } : data });
}
