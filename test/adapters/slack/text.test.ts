// Slack's text of a slash command → a neutral command line: real mentions become mention tokens,
// everything a user typed (Slack escaped it) becomes the text it reads as.
import { describe, expect, it } from 'vitest';
import { fromSlackText, mentionedUsers } from '../../../adapters/slack/text.js';
import { mentionToken } from '../../../src/text/mention.js';
import { HOSTILE_LINE, typedInSlack } from '../../support/hostile.js';

const names = new Map([['UERIK', { name: 'Erik Lind' }]]);

describe('Slack text → neutral command line', () => {
  it('makes a real mention a token with the user\'s name', () => {
    expect(mentionedUsers('ansvarig=<@UERIK> <@UANNA|anna> <@UERIK>')).toEqual(['UERIK', 'UANNA']);
    expect(fromSlackText('ansvarig=<@UERIK> och <@UANNA|anna>', names)).toBe(`ansvarig=${mentionToken({ platform: 'slack', id: 'UERIK', name: 'Erik Lind' })} och ${mentionToken({ platform: 'slack', id: 'UANNA', name: 'anna' })}`);
  });

  it('gives typed text back as typed: escaped characters decoded, never a mention or a Slack sequence', () => {
    expect(fromSlackText(`"${typedInSlack(HOSTILE_LINE)}"`, names)).toBe(`"${HOSTILE_LINE}"`);
    expect(mentionedUsers(typedInSlack('<@U999>'))).toEqual([]);
  });

  it('writes what Slack recognised as the text it reads as', () => {
    expect(fromSlackText('<!channel> <!here|@here> <!subteam^S1|@stöd> <#C1|kanal> <#C2>', names)).toBe('@channel @here @stöd #kanal #C2');
    expect(fromSlackText('länk=<https://meet.example/abc> <http://www.x.se|www.x.se> <https://evil.example|klicka> <mailto:a@b.se|a@b.se>', names))
      .toBe('länk=https://meet.example/abc www.x.se klicka (https://evil.example) a@b.se');
  });

  it('strips the bot\'s reserved code points, so a token cannot be forged', () => {
    expect(fromSlackText('"a\uE000slack,U1,X,\uE001b\uE002"', names)).toBe('"aslack,U1,X,b"');
  });
});
