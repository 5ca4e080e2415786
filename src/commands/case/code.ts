import { z } from 'zod';
import { textMessage } from '../../core/message.js';
import { DEFAULT_VALID_HOURS, joinCodeHash, MAX_VALID_HOURS, newJoinCode, showJoinCode } from '../../domain/join-codes.js';
import { whenText } from '../../render/when.js';
import { audit } from '../../store/audit.js';
import { createJoinCode } from '../../store/join-codes.js';
import { integer } from '../args.js';
import { requireCase } from '../context.js';
import { sendPrivately } from '../private.js';
import { defineCommand } from '../spec.js';

const HOUR_MS = 60 * 60 * 1000;

// A code for one more channel, for one use within a limited time. It is shown once, to the leader
// who asked, and stored only as a keyed hash; never posted and never in `ärende visa`.
export const caseCode = defineCommand({
  id: 'case_code',
  words: { sv: 'ärende kod', en: 'case code' },
  role: 'leader',
  fields: { hours: { sv: 'giltig', en: 'valid' } },
  schema: () => z.object({ hours: integer(1, MAX_VALID_HOURS).optional() }),
  async handler(ctx, { hours = DEFAULT_VALID_HOURS }) {
    const c = requireCase(ctx);
    const code = newJoinCode();
    const expiresAt = new Date(ctx.clock.now().getTime() + hours * HOUR_MS);
    await ctx.write(async (tx) => {
      const id = await createJoinCode(tx, { caseId: c.id, codeHash: joinCodeHash(ctx.ballotSecret, code), createdById: ctx.user.id, expiresAt }, ctx.clock.now());
      await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'case.code', entity: 'JoinCode', entityId: id, data: { hours } });
    });
    sendPrivately(ctx, 'case.code_sent', textMessage(ctx.t('case.code', { code: showJoinCode(code), title: c.title, until: whenText(ctx.t, expiresAt, c.timeZone) })));
  },
});
