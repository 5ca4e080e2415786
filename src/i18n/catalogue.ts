// The message catalogue: Swedish is the source of the keys, English must have every one of them.
// One line per area in each list keeps additions from different branches apart.
import { actions as enActions } from './en/actions.js';
import { cases as enCases } from './en/cases.js';
import { common as enCommon } from './en/common.js';
import { consoleTexts as enConsole } from './en/console.js';
import { help as enHelp } from './en/help.js';
import { home as enHome } from './en/home.js';
import { members as enMembers } from './en/members.js';
import { slackTexts as enSlack } from './en/slack.js';
import { teams as enTeams } from './en/teams.js';
import { actions as svActions } from './sv/actions.js';
import { cases as svCases } from './sv/cases.js';
import { common as svCommon } from './sv/common.js';
import { consoleTexts as svConsole } from './sv/console.js';
import { help as svHelp } from './sv/help.js';
import { home as svHome } from './sv/home.js';
import { members as svMembers } from './sv/members.js';
import { slackTexts as svSlack } from './sv/slack.js';
import { teams as svTeams } from './sv/teams.js';

const sv = {
  ...svCommon,
  ...svCases,
  ...svHelp,
  ...svConsole,
  ...svTeams,
  ...svMembers,
  ...svActions,
  ...svHome,
  ...svSlack,
};
const en: Record<keyof typeof sv, string> = {
  ...enCommon,
  ...enCases,
  ...enHelp,
  ...enConsole,
  ...enTeams,
  ...enMembers,
  ...enActions,
  ...enHome,
  ...enSlack,
};

export type MessageKey = keyof typeof sv;
export const catalogues = { sv, en } as const;
