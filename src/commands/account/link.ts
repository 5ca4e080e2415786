import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { joinCodeHash, newJoinCode, showJoinCode } from '../../domain/join-codes.js';
import { whenText } from '../../render/when.js';
import { accountCodeByHash, claimAccountCode, createAccountCode, linkAccount } from '../../store/accounts.js';
import { audit } from '../../store/audit.js';
import type { Tx } from '../../store/client.js';
import { codeAttemptsRefusedUntil, recordLinkFailure } from '../../store/join-codes.js';
import { joinCode } from '../args.js';
import type { CommandContext } from '../context.js';
import { defineCommand } from '../spec.js';
import { platformName } from './words.js';

/** A code to link accounts is short-lived: it is typed on the other platform right away. */
const VALID_MS = 15 * 60 * 1000;

type Outcome =
  | { result: 'linked'; personId: number; codeId: number }
  | { result: 'limited'; until: Date }
  | { result: 'unknown_code' | 'same_person' | 'has_accounts' }
  | { result: 'spent'; codeId: number };

// `konto koppla` on one platform sends a one-time code by direct message there; `konto koppla
// <kod>` on the other makes the account typing it one of the person's (store/accounts.ts). The
// code is the same kind as a join code (≈ 49 bits, stored as a keyed hash) and its failures count
// towards the same limit per account and per channel.
export const accountLink = defineCommand({
  id: 'account_link',
  words: { sv: 'konto koppla', en: 'account link' },
  role: 'anyone',
  fields: { code: { sv: 'kod', en: 'code' } },
  positional: ['code'],
  schema: () => z.object({ code: joinCode().optional() }),
  async handler(ctx, { code }) {
    if (!code) return sendCode(ctx);
    await ctx.write(async (tx) => {
      const outcome = await attempt(tx, ctx, code);
      await audit(tx, {
        at: ctx.clock.now(), actorId: ctx.account.id, action: 'account.link', entity: 'User', entityId: ctx.account.id,
        data: { result: outcome.result, ...('personId' in outcome ? { personId: outcome.personId } : {}), ...('codeId' in outcome ? { codeId: outcome.codeId } : {}) },
      });
      if (outcome.result === 'linked') {
        const person = await tx.user.findUniqueOrThrow({ where: { id: outcome.personId } });
        return ctx.reply(textMessage(ctx.t('account.linked', { platform: platformName(ctx.t, person.platform), name: person.displayName })));
      }
      if (outcome.result === 'limited') return ctx.reply(textMessage(ctx.t('account.code_limited', { when: whenText(ctx.t, outcome.until, ctx.timeZone) })));
      ctx.reply(textMessage(ctx.t(`account.${outcome.result}`)));
    });
  },
});

async function sendCode(ctx: CommandContext): Promise<void> {
  const code = newJoinCode();
  const expiresAt = new Date(ctx.clock.now().getTime() + VALID_MS);
  await ctx.write(async (tx) => {
    // The code belongs to the person, so that a third account joins the same one.
    const id = await createAccountCode(tx, { userId: ctx.user.id, codeHash: joinCodeHash(ctx.ballotSecret, code), expiresAt }, ctx.clock.now());
    await audit(tx, { at: ctx.clock.now(), actorId: ctx.account.id, action: 'account.code', entity: 'AccountCode', entityId: id });
    // To the account that asked: the code proves that whoever types it can read this one's DMs.
    ctx.dm(ctx.account, textMessage(ctx.t('account.code', { code: showJoinCode(code), until: whenText(ctx.t, expiresAt, ctx.timeZone) })));
    if (!ctx.event.channel.direct) ctx.reply(textMessage(ctx.t('account.code_sent')));
  });
}

async function attempt(tx: Tx, ctx: CommandContext, code: string): Promise<Outcome> {
  const now = ctx.clock.now();
  const where = { userId: ctx.account.id, platform: ctx.event.platform, channelId: ctx.event.channel.id };
  // Checked before the code is even looked at, so that a refused attempt tells nothing.
  const until = await codeAttemptsRefusedUntil(tx, where, now);
  if (until) return { result: 'limited', until };
  const found = await accountCodeByHash(tx, joinCodeHash(ctx.ballotSecret, code));
  if (!found) {
    await recordLinkFailure(tx, where, now);
    return { result: 'unknown_code' };
  }
  if (found.usedAt || found.expiresAt <= now) {
    await recordLinkFailure(tx, where, now);
    return { result: 'spent', codeId: found.id };
  }
  const personId = found.user.personId ?? found.user.id;
  if (personId === ctx.user.id) return { result: 'same_person' };
  // An account that is a person with others linked to it would bring them along: unlink first.
  if (ctx.account.personId !== null || (await tx.user.count({ where: { personId: ctx.account.id } }))) return { result: 'has_accounts' };
  if (!(await claimAccountCode(tx, found.id, now))) {
    await recordLinkFailure(tx, where, now);
    return { result: 'spent', codeId: found.id };
  }
  await linkAccount(tx, ctx.account, personId, now);
  return { result: 'linked', personId, codeId: found.id };
}
