// Commands that exist only in tests, to drive the adapters through paths the real commands of this
// branch do not reach yet: a card with a button whose command changes state and updates every
// posted copy in place, and a handler that waits until the test lets it go on.
import { z } from 'zod';
import { requireCase, type CommandContext } from '../../src/commands/context.js';
import { defineCommand, type CommandSpec } from '../../src/commands/spec.js';
import type { EntityRef } from '../../src/core/event.js';
import type { Message } from '../../src/core/message.js';
import { audit } from '../../src/store/audit.js';

const COUNTER = 'counter';

const counterRef = (ctx: CommandContext): EntityRef => ({ caseId: requireCase(ctx).id, entity: 'action', id: 1 });

function counterCard(count: number): Message {
  return {
    text: `Räknare: ${count}`,
    card: { title: 'Räknare', sections: [{ fields: [{ label: 'Antal', value: String(count) }], buttons: [{ label: 'Öka', command: 'räknare öka', style: 'primary' }] }] },
  };
}

async function currentCount(ctx: CommandContext): Promise<number> {
  const row = await ctx.db.caseSetting.findUnique({ where: { caseId_name: { caseId: requireCase(ctx).id, name: COUNTER } } });
  return Number(row?.value ?? 0);
}

export const counterNew = defineCommand({
  id: 'counter_new', words: { sv: 'räknare ny', en: 'counter new' }, role: 'member', schema: () => z.object({}),
  async handler(ctx) {
    ctx.post(counterCard(await currentCount(ctx)), counterRef(ctx));
  },
});

export const counterAdd = defineCommand({
  id: 'counter_add', words: { sv: 'räknare öka', en: 'counter add' }, role: 'member', schema: () => z.object({}),
  async handler(ctx) {
    const caseId = requireCase(ctx).id;
    const count = await ctx.db.$transaction(async (tx) => {
      const row = await tx.caseSetting.findUnique({ where: { caseId_name: { caseId, name: COUNTER } } });
      const value = String(Number(row?.value ?? 0) + 1);
      await tx.caseSetting.upsert({ where: { caseId_name: { caseId, name: COUNTER } }, create: { caseId, name: COUNTER, value }, update: { value } });
      await audit(tx, { caseId, actorId: ctx.user.id, action: 'counter.add', entity: 'CaseSetting', data: { value } });
      return Number(value);
    });
    ctx.update(counterRef(ctx), counterCard(count));
  },
});

/** `vänta`: replies "klart" once `gate` resolves; `onDone` is called just before. */
export function waitCommand(gate: Promise<void>, onDone: () => void): CommandSpec {
  return defineCommand({
    id: 'wait', words: { sv: 'vänta', en: 'wait' }, role: 'anyone', schema: () => z.object({}),
    async handler(ctx) {
      await gate;
      onDone();
      ctx.reply({ text: 'klart' });
    },
  });
}

/** The same command, but its handler first waits for `gate`; `onDone` is called when it has run. */
export function slowed(spec: CommandSpec, gate: Promise<void>, onDone: () => void): CommandSpec {
  return {
    ...spec,
    async handler(ctx, args) {
      await gate;
      await spec.handler(ctx, args);
      onDone();
    },
  };
}

/** A gate a test opens by hand. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => { open = resolve; });
  return { promise, open };
}
