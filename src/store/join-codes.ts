// Join codes (by hash only) and the failed attempts the attempt limit counts.
import { FAILURE_LOOKBACK_MS, refusedUntil } from '../domain/join-codes.js';
import type { Tx } from './client.js';
import type { Prisma } from './models.js';

const withCase = { case: true } satisfies Prisma.JoinCodeInclude;
export type JoinCodeWithCase = Prisma.JoinCodeGetPayload<{ include: typeof withCase }>;

export async function createJoinCode(db: Tx, code: { caseId: number; codeHash: string; createdById: number; expiresAt: Date }, now: Date): Promise<number> {
  return (await db.joinCode.create({ data: { ...code, createdAt: now } })).id;
}

export async function joinCodeByHash(db: Tx, codeHash: string): Promise<JoinCodeWithCase | null> {
  return db.joinCode.findUnique({ where: { codeHash }, include: withCase });
}

/** Uses the code up, on condition that nobody has yet (two attempts at once: one wins). */
export async function claimJoinCode(db: Tx, id: number, userId: number, now: Date): Promise<boolean> {
  return (await db.joinCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: now, usedById: userId } })).count === 1;
}

/** Revokes every code of the case that could still be used; returns how many. */
export async function revokeOpenJoinCodes(db: Tx, caseId: number, now: Date): Promise<number> {
  return (await db.joinCode.updateMany({ where: { caseId, usedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { revokedAt: now } })).count;
}

export async function recordLinkFailure(db: Tx, failure: { userId: number; platform: string; channelId: string }, now: Date): Promise<void> {
  await db.linkFailure.create({ data: { ...failure, createdAt: now } });
}

/** When recent failures happened, by this user and in this channel. */
export async function recentLinkFailures(db: Tx, where: { userId: number; platform: string; channelId: string }, since: Date): Promise<{ byUser: Date[]; byChannel: Date[] }> {
  const select = { createdAt: true } as const;
  const [byUser, byChannel] = await Promise.all([
    db.linkFailure.findMany({ where: { userId: where.userId, createdAt: { gte: since } }, select }),
    db.linkFailure.findMany({ where: { platform: where.platform, channelId: where.channelId, createdAt: { gte: since } }, select }),
  ]);
  return { byUser: byUser.map((f) => f.createdAt), byChannel: byChannel.map((f) => f.createdAt) };
}

/**
 * Until when code attempts (join codes and account codes alike) are refused for this user or in
 * this channel; null when they are not.
 */
export async function codeAttemptsRefusedUntil(db: Tx, where: { userId: number; platform: string; channelId: string }, now: Date): Promise<Date | null> {
  const failures = await recentLinkFailures(db, where, new Date(now.getTime() - FAILURE_LOOKBACK_MS));
  return [refusedUntil(failures.byUser, now), refusedUntil(failures.byChannel, now)].filter((d) => d !== null).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
}
