// Mentions inside free text become mentions of user records when the command runs; everything
// else a user typed stays text.
import { describe, expect, it } from 'vitest';
import { mentionToken } from '../../src/text/mention.js';
import { setUpGroup } from '../support/group.js';
import { HOSTILE } from '../support/hostile.js';
import { contents, createTestBot, type TestBot } from '../support/testbot.js';

/** Runs `test` against a fresh group (anna leads, erik and sara are members). */
async function inGroup(test: (tb: TestBot) => Promise<void>): Promise<void> {
  const tb = await createTestBot();
  try {
    await setUpGroup(tb);
    await test(tb);
  } finally {
    await tb.close();
  }
}

const user = (tb: TestBot, platform: string, externalId: string) => tb.db.user.findUniqueOrThrow({ where: { platform_tenant_externalId: { platform, tenant: '', externalId } } });

describe('mentions in free text', () => {
  it('stores a mention typed in the console as a token naming the user record, and shows it as the name', () => inGroup(async (tb) => {
    expect(await tb.text('åtgärd ny "Ring @erik och <@U0ABC|karin> om mässan" ansvarig=@erik senast=fredag')).toContain('*Åtgärd #1: Ring @erik och @karin om mässan*');
    const [erik, karin] = [await user(tb, 'console', 'erik'), await user(tb, 'slack', 'U0ABC')];
    const { text } = await tb.db.action.findFirstOrThrow();
    expect(text).toBe(`Ring ${mentionToken({ platform: 'console', id: 'erik', name: 'erik', userId: erik.id })} och ${mentionToken({ platform: 'slack', id: 'U0ABC', name: 'karin', userId: karin.id })} om mässan`);
  }));

  it('keeps a mention that names nobody known as the name it reads as, and an e-mail address as text', () => inGroup(async (tb) => {
    await tb.say('dagordning lägg till "Fråga <at>Okänd Person</at> och anna@example.se"');
    expect((await tb.db.agendaItem.findFirstOrThrow()).text).toBe('Fråga @Okänd Person och anna@example.se');
  }));

  it('keeps hostile text and forged tokens as text: reserved code points are stripped from what is typed', () => inGroup(async (tb) => {
    const hostile = `${HOSTILE.channel} ${HOSTILE.slackLink} ${HOSTILE.markdownLink} ${HOSTILE.bold} ${HOSTILE.entities} ${HOSTILE.flag}`;
    await tb.say('möte ny imorgon 10:00');
    await tb.say(`beslut "${hostile} \uE000slack,UX,Ond,\uE001"`);
    expect((await tb.db.decision.findFirstOrThrow()).text).toBe(`${hostile} slack,UX,Ond,`);
    expect(await tb.db.user.count({ where: { externalId: 'UX' } })).toBe(0);
  }));

  it('leaves no user behind when the command that mentions one is refused', () => inGroup(async (tb) => {
    const before = await contents(tb.db);
    expect(await tb.text('åtgärd ny "Ring @nykomling" ansvarig=@erik senast=2020-01-01')).toContain('Inget har ändrats');
    expect(await contents(tb.db)).toEqual(before);
  }));
});
