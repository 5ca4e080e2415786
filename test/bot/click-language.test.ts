// The words of a typed command choose the answer's language; the words of a clicked button are the
// card's, so a click answers in the user's own language instead.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../src/core/event.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

describe('language of an answer to a click', () => {
  let tb: TestBot;
  beforeEach(async () => { tb = await createTestBot(); });
  afterEach(async () => { await tb.close(); });

  const event = (text: string, clicked: boolean): InboundEvent => ({
    platform: 'slack', user: { id: 'UJOHN', name: 'john', locale: 'en-US' }, channel: { id: 'C1', name: 'samverkan' }, text, ...(clicked ? { clicked } : {}),
  });

  it('answers a typed Swedish command in Swedish, the same line clicked in the user\'s English', async () => {
    const [typed] = await tb.bot.handle(event('åtgärd klar 1', false));
    const [clicked] = await tb.bot.handle(event('åtgärd klar 1', true));
    expect(typed!.message.text).toContain('hör inte till något ärende');
    expect(clicked!.message.text).toContain('does not belong to a case');
  });
});
