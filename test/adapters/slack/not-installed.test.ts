// The answer to a user of a workspace without an installation, in the bot's default language, and
// only to a request Bolt could not authorize that carries a response_url.
import { AuthorizationError } from '@slack/bolt';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { answerNotInstalled } from '../../../adapters/slack/not-installed.js';
import type { SlackMessage } from '../../../adapters/slack/blocks.js';
import type { SlackApis } from '../../../adapters/slack/tokens.js';
import type { Locale } from '../../../src/i18n/index.js';

const URL = 'https://samverkan.kommun.se/slack/install';

function runtime(defaultLocale: Locale) {
  const answered: { url: string; message: SlackMessage }[] = [];
  const apis = { base: { respond: async (url: string, message: SlackMessage) => void answered.push({ url, message }) } } as unknown as SlackApis;
  return { answered, rt: { apis, logger: pino({ level: 'silent' }), defaultLocale } };
}

describe('answering a workspace without an installation', () => {
  it('tells the user in English when that is the bot\'s language, with the install link', async () => {
    const { answered, rt } = runtime('en');
    await answerNotInstalled(rt, URL, new AuthorizationError('no installation', new Error('x')), { team_id: 'T0009', response_url: 'https://hooks.slack.com/commands/1' });
    expect(answered).toEqual([{ url: 'https://hooks.slack.com/commands/1', message: { text: `Samverkan is not installed in your workspace. Buttons work; to type commands, your workspace needs to install the app: ${URL}` } }]);
  });

  it('leaves other errors, and requests it cannot answer, to the error log', async () => {
    const { answered, rt } = runtime('sv');
    expect(answerNotInstalled(rt, URL, new Error('listener failed'), { response_url: 'https://hooks.slack.com/commands/1' })).toBeUndefined();
    expect(answerNotInstalled(rt, URL, new AuthorizationError('no installation', new Error('x')), { team_id: 'T0009' })).toBeUndefined();
    expect(answered).toEqual([]);
  });
});
