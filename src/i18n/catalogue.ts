// The message catalogue: Swedish is the source of the keys, English must have every one of them.
// One line per area in each list keeps additions from different branches apart.
import { actions as enActions } from './en/actions.js';
import { cases as enCases } from './en/cases.js';
import { common as enCommon } from './en/common.js';
import { consoleTexts as enConsole } from './en/console.js';
import { exportTexts as enExport } from './en/export.js';
import { figures as enFigures } from './en/figures.js';
import { help as enHelp } from './en/help.js';
import { members as enMembers } from './en/members.js';
import { teams as enTeams } from './en/teams.js';
import { actions as svActions } from './sv/actions.js';
import { cases as svCases } from './sv/cases.js';
import { common as svCommon } from './sv/common.js';
import { consoleTexts as svConsole } from './sv/console.js';
import { exportTexts as svExport } from './sv/export.js';
import { figures as svFigures } from './sv/figures.js';
import { help as svHelp } from './sv/help.js';
import { members as svMembers } from './sv/members.js';
import { teams as svTeams } from './sv/teams.js';

const sv = {
  ...svCommon,
  ...svCases,
  ...svHelp,
  ...svConsole,
  ...svTeams,
  ...svMembers,
  ...svActions,
  ...svFigures,
  ...svExport,
};
const en: Record<keyof typeof sv, string> = {
  ...enCommon,
  ...enCases,
  ...enHelp,
  ...enConsole,
  ...enTeams,
  ...enMembers,
  ...enActions,
  ...enFigures,
  ...enExport,
};

export type MessageKey = keyof typeof sv;
export const catalogues = { sv, en } as const;
