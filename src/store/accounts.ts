// One person, several accounts (issue 14): a linked account points at the account that stands for
// the person, and everything a person owns (memberships, ballots, actions) is by that one's id.
import type { Recipient } from '../core/event.js';
import type { Tx } from './client.js';
import type { User } from './models.js';

/** The account that stands for this account's person: itself unless linked. */
export async function personOf(db: Tx, account: User): Promise<User> {
  return account.personId === null ? account : db.user.findUniqueOrThrow({ where: { id: account.personId } });
}

/** Every account of the person (the person's own first, then in the order they were linked). */
export async function accountsOf(db: Tx, personId: number): Promise<User[]> {
  const linked = await db.user.findMany({ where: { personId }, orderBy: { id: 'asc' } });
  return [await db.user.findUniqueOrThrow({ where: { id: personId } }), ...linked];
}

export async function createAccountCode(db: Tx, code: { userId: number; codeHash: string; expiresAt: Date }, now: Date): Promise<number> {
  return (await db.accountCode.create({ data: { ...code, createdAt: now } })).id;
}

export async function accountCodeByHash(db: Tx, codeHash: string) {
  return db.accountCode.findUnique({ where: { codeHash }, include: { user: true } });
}

/** Uses the code up, on condition that nobody has yet (two attempts at once: one wins). */
export async function claimAccountCode(db: Tx, id: number, now: Date): Promise<boolean> {
  return (await db.accountCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: now } })).count === 1;
}

/**
 * Makes `account` (a person of its own, with no accounts linked to it) one of `personId`'s. What
 * it owned as a person moves along: memberships of cases the person is not in move over; one in a
 * case the person is in already ends, the person's own counts and takes its actions.
 */
export async function linkAccount(db: Tx, account: User, personId: number, now: Date): Promise<void> {
  for (const m of await db.member.findMany({ where: { userId: account.id } })) {
    const theirs = await db.member.findUnique({ where: { caseId_userId: { caseId: m.caseId, userId: personId } } });
    if (theirs) {
      await db.member.update({ where: { id: m.id }, data: { removedAt: m.removedAt ?? now } });
      await db.action.updateMany({ where: { ownerId: m.id }, data: { ownerId: theirs.id } });
    } else await db.member.update({ where: { id: m.id }, data: { userId: personId } });
  }
  await db.user.update({ where: { id: account.id }, data: { personId, lastSeenAt: now } });
}

/** The account leaves its person and is a person of its own again, with nothing of the person's. */
export async function unlinkAccount(db: Tx, accountId: number): Promise<void> {
  await db.user.update({ where: { id: accountId }, data: { personId: null, lastSeenAt: null } });
}

/**
 * The account a direct message to the person goes to: the one on the platform they prefer, else
 * the one they used last. A person with one account gets it there.
 */
export async function dmAccount<R extends Recipient>(db: Tx, recipient: R): Promise<R | User> {
  const person = await db.user.findUnique({ where: { platform_tenant_externalId: { platform: recipient.platform, tenant: recipient.tenant, externalId: recipient.externalId } } });
  if (!person || person.personId !== null) return recipient;
  const linked = await db.user.findMany({ where: { personId: person.id } });
  if (!linked.length) return recipient;
  const all = [person, ...linked];
  const preferred = person.dmPlatform ? all.find((a) => a.platform === person.dmPlatform) : undefined;
  const seen = (a: User) => a.lastSeenAt?.getTime() ?? 0;
  return preferred ?? all.reduce((last, a) => (seen(a) > seen(last) ? a : last));
}
