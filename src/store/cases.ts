import type { Tx } from './client.js';
import type { Case, ChannelLink, Member, Organisation, Prisma } from './models.js';

export interface ChannelRef {
  platform: string;
  channelId: string;
  name?: string | null;
  address?: string | null;
}

const withCase = { case: true } satisfies Prisma.ChannelLinkInclude;
export type LinkWithCase = Prisma.ChannelLinkGetPayload<{ include: typeof withCase }>;
const withLinker = { linkedBy: true } satisfies Prisma.ChannelLinkInclude;
export type LinkWithLinker = Prisma.ChannelLinkGetPayload<{ include: typeof withLinker }>;

/** The link of a channel to a case, active or pending. */
export async function linkOfChannel(db: Tx, platform: string, channelId: string): Promise<LinkWithCase | null> {
  return db.channelLink.findUnique({ where: { platform_channelId: { platform, channelId } }, include: withCase });
}

/** The case a channel belongs to; a pending link does not make it the case's channel yet. */
export async function caseForChannel(db: Tx, platform: string, channelId: string): Promise<Case | null> {
  const link = await linkOfChannel(db, platform, channelId);
  return link?.status === 'active' ? link.case : null;
}

/** The channels that receive the case's posts: its active links. */
export async function channelsOf(db: Tx, caseId: number): Promise<ChannelLink[]> {
  return db.channelLink.findMany({ where: { caseId, status: 'active' }, orderBy: { id: 'asc' } });
}

/** Every link of the case, pending ones too, in the order they were made: `ärende kanaler` numbers them so. */
export async function linksOf(db: Tx, caseId: number): Promise<LinkWithLinker[]> {
  return db.channelLink.findMany({ where: { caseId }, orderBy: { id: 'asc' }, include: withLinker });
}

export async function activeMember(db: Tx, caseId: number, userId: number): Promise<Member | null> {
  return db.member.findFirst({ where: { caseId, userId, removedAt: null } });
}

export async function linkChannel(db: Tx, caseId: number, channel: ChannelRef, by: { userId: number; pending?: boolean }, now: Date): Promise<ChannelLink> {
  return db.channelLink.create({
    data: {
      caseId, platform: channel.platform, channelId: channel.channelId, name: channel.name ?? null, address: channel.address ?? null,
      status: by.pending ? 'pending' : 'active', linkedById: by.userId, createdAt: now,
    },
  });
}

/** The organisations of a case, by name. */
export async function organisationsOf(db: Tx, caseId: number): Promise<Organisation[]> {
  return db.organisation.findMany({ where: { caseId }, orderBy: { name: 'asc' } });
}

/** An organisation of the case by name (case-insensitively), or null. */
export async function findOrganisation(db: Tx, caseId: number, name: string): Promise<Organisation | null> {
  return (await organisationsOf(db, caseId)).find((o) => o.name.toLowerCase() === name.toLowerCase()) ?? null;
}

/** Finds an organisation of the case by name (case-insensitively), creating it on first use. */
export async function organisationNamed(db: Tx, caseId: number, name: string): Promise<number> {
  const existing = await findOrganisation(db, caseId, name);
  if (existing) return existing.id;
  return (await db.organisation.create({ data: { caseId, name } })).id;
}

/** The link a person made that waits for a leader's approval in this case, if any. */
export async function pendingLinkOf(db: Tx, caseId: number, userId: number): Promise<LinkWithCase | null> {
  return db.channelLink.findFirst({ where: { caseId, linkedById: userId, status: 'pending' }, include: withCase });
}

/** Pending links a person made in the open cases that `leaderId` leads (a decision taken outside any case channel). */
export async function pendingLinksLedBy(db: Tx, userId: number, leaderId: number): Promise<LinkWithCase[]> {
  return db.channelLink.findMany({
    where: { linkedById: userId, status: 'pending', case: { status: 'open', members: { some: { userId: leaderId, role: 'leader', removedAt: null } } } },
    include: withCase,
    orderBy: { id: 'asc' },
  });
}
