// The message catalogue: Swedish is the source of the keys, English must have every one of them.
import { cases as enCases } from './en/cases.js';
import { common as enCommon } from './en/common.js';
import { consoleTexts as enConsole } from './en/console.js';
import { help as enHelp } from './en/help.js';
import { home as enHome } from './en/home.js';
import { slackTexts as enSlack } from './en/slack.js';
import { teams as enTeams } from './en/teams.js';
import { cases as svCases } from './sv/cases.js';
import { common as svCommon } from './sv/common.js';
import { consoleTexts as svConsole } from './sv/console.js';
import { help as svHelp } from './sv/help.js';
import { home as svHome } from './sv/home.js';
import { slackTexts as svSlack } from './sv/slack.js';
import { teams as svTeams } from './sv/teams.js';

const sv = { ...svCommon, ...svCases, ...svHelp, ...svConsole, ...svTeams, ...svHome, ...svSlack };
const en: Record<keyof typeof sv, string> = { ...enCommon, ...enCases, ...enHelp, ...enConsole, ...enTeams, ...enHome, ...enSlack };

export type MessageKey = keyof typeof sv;
export const catalogues = { sv, en } as const;
