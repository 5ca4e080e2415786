// Databases from before sealed ballots: the migration `sealed_ballots` cannot seal the choices of
// open anonymous polls (SQL has no AES, and the key is not in the database), so the first start
// after it does, with the key. It then rewrites the file (VACUUM), so that no page, free or in
// use, keeps a choice from before, and empties the WAL. It runs once: user_version records it, and
// a crash before that only makes the next start do it again.
import { sealChoice } from '../domain/sealed-choice.js';
import type { Db } from './client.js';

const SEALED = 1;

/** Seals what is left in clear and rewrites the file, once; returns how many ballots it sealed. */
export async function sealLegacyBallots(db: Db, ballotSecret: string): Promise<number> {
  const [version] = await db.$queryRawUnsafe<{ user_version: number | bigint }[]>('PRAGMA user_version');
  if (Number(version!.user_version) >= SEALED) return 0;
  const legacy = await db.ballot.findMany({ where: { optionId: { not: null }, poll: { anonymous: true } } });
  await db.$transaction(async (tx) => {
    for (const b of legacy) await tx.ballot.update({ where: { id: b.id }, data: { optionId: null, sealed: sealChoice(ballotSecret, b.pollId, b.voterKey, b.optionId!) } });
  });
  await db.$executeRawUnsafe('VACUUM');
  await db.$executeRawUnsafe(`PRAGMA user_version = ${SEALED}`);
  await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  return legacy.length;
}
