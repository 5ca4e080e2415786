// Commands that exist only in tests: handlers that wait until the test lets them go on (to show
// that the adapters acknowledge before the work is done), and a reply with a file.
import { z } from 'zod';
import { defineCommand, type CommandSpec } from '../../src/commands/spec.js';
import { literal } from '../../src/text/rich.js';

/** `vänta`: replies "klart" once `gate` resolves; `onDone` is called just before. */
export function waitCommand(gate: Promise<void>, onDone: () => void): CommandSpec {
  return defineCommand({
    id: 'wait', words: { sv: 'vänta', en: 'wait' }, role: 'anyone', schema: () => z.object({}),
    async handler(ctx) {
      await gate;
      onDone();
      ctx.reply({ text: literal('klart') });
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

/** `fil`: a reply that carries a file, as exports do. */
export const fileReply = defineCommand({
  id: 'file_reply', words: { sv: 'fil', en: 'file' }, role: 'anyone', schema: () => z.object({}),
  async handler(ctx) {
    ctx.reply({ text: literal('Exporten'), files: [{ name: 'atgarder.csv', mimeType: 'text/csv', data: new TextEncoder().encode('nr;text\n1;Ring TRR\n') }] });
  },
});
