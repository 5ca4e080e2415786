import { z } from 'zod';
import { composeDigest } from '../services/digest.js';
import { readSettings } from '../settings/store.js';
import { requireCase } from './context.js';
import { defineCommand } from './spec.js';

/** The weekly digest of the last seven days, posted to the group now, in the case's language. */
export const digest = defineCommand({
  id: 'digest',
  words: { sv: 'sammanfattning', en: 'digest' },
  aliases: ['veckosammanfattning'],
  role: 'observer',
  schema: () => z.object({}),
  async handler(ctx) {
    const theCase = requireCase(ctx);
    ctx.post((await composeDigest(ctx.db, theCase, await readSettings(ctx.db, theCase), ctx.clock.now())).message);
  },
});
