// The message catalogue: Swedish is the source of the keys, English must have every one of them.
// One line per area in each list keeps additions from different branches apart.
import { actions as enActions } from './en/actions.js';
import { activities as enActivities } from './en/activities.js';
import { argumentTexts as enArguments } from './en/arguments.js';
import { cases as enCases } from './en/cases.js';
import { common as enCommon } from './en/common.js';
import { consoleTexts as enConsole } from './en/console.js';
import { exportTexts as enExport } from './en/export.js';
import { figures as enFigures } from './en/figures.js';
import { help as enHelp } from './en/help.js';
import { home as enHome } from './en/home.js';
import { meetings as enMeetings } from './en/meetings.js';
import { members as enMembers } from './en/members.js';
import { minutes as enMinutes } from './en/minutes.js';
import { polls as enPolls } from './en/polls.js';
import { publicTexts as enPublic } from './en/public.js';
import { schedule as enSchedule } from './en/schedule.js';
import { settings as enSettings } from './en/settings.js';
import { slackTexts as enSlack } from './en/slack.js';
import { standins as enStandins } from './en/standins.js';
import { teams as enTeams } from './en/teams.js';
import { timeTexts as enTime } from './en/time.js';
import { actions as svActions } from './sv/actions.js';
import { activities as svActivities } from './sv/activities.js';
import { argumentTexts as svArguments } from './sv/arguments.js';
import { cases as svCases } from './sv/cases.js';
import { common as svCommon } from './sv/common.js';
import { consoleTexts as svConsole } from './sv/console.js';
import { exportTexts as svExport } from './sv/export.js';
import { figures as svFigures } from './sv/figures.js';
import { help as svHelp } from './sv/help.js';
import { home as svHome } from './sv/home.js';
import { meetings as svMeetings } from './sv/meetings.js';
import { members as svMembers } from './sv/members.js';
import { minutes as svMinutes } from './sv/minutes.js';
import { polls as svPolls } from './sv/polls.js';
import { publicTexts as svPublic } from './sv/public.js';
import { schedule as svSchedule } from './sv/schedule.js';
import { settings as svSettings } from './sv/settings.js';
import { slackTexts as svSlack } from './sv/slack.js';
import { standins as svStandins } from './sv/standins.js';
import { teams as svTeams } from './sv/teams.js';
import { timeTexts as svTime } from './sv/time.js';

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
  ...svArguments,
  ...svTime,
  ...svPolls,
  ...svMeetings,
  ...svMinutes,
  ...svSchedule,
  ...svSettings,
  ...svHome,
  ...svSlack,
  ...svPublic,
  ...svActivities,
  ...svStandins,
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
  ...enArguments,
  ...enTime,
  ...enPolls,
  ...enMeetings,
  ...enMinutes,
  ...enSchedule,
  ...enSettings,
  ...enHome,
  ...enSlack,
  ...enPublic,
  ...enActivities,
  ...enStandins,
};

export type MessageKey = keyof typeof sv;
export const catalogues = { sv, en } as const;
