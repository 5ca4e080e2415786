import type { Tx } from './client.js';
import type { Case, ChannelLink, Member, Organisation } from './models.js';

export interface ChannelRef {
  platform: string;
  channelId: string;
  name?: string | null;
  address?: string | null;
}

export async function caseForChannel(db: Tx, platform: string, channelId: string): Promise<Case | null> {
  const link = await db.channelLink.findUnique({ where: { platform_channelId: { platform, channelId } }, include: { case: true } });
  return link?.case ?? null;
}

export async function channelsOf(db: Tx, caseId: number): Promise<ChannelLink[]> {
  return db.channelLink.findMany({ where: { caseId }, orderBy: { id: 'asc' } });
}

export async function activeMember(db: Tx, caseId: number, userId: number): Promise<Member | null> {
  return db.member.findFirst({ where: { caseId, userId, removedAt: null } });
}

export async function linkChannel(db: Tx, caseId: number, channel: ChannelRef, now: Date): Promise<ChannelLink> {
  return db.channelLink.create({
    data: { caseId, platform: channel.platform, channelId: channel.channelId, name: channel.name ?? null, address: channel.address ?? null, createdAt: now },
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
