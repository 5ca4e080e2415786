// The message catalogue: Swedish is the source of the keys, English must have every one of them.
import { cases as enCases } from './en/cases.js';
import { common as enCommon } from './en/common.js';
import { consoleTexts as enConsole } from './en/console.js';
import { help as enHelp } from './en/help.js';
import { schedule as enSchedule } from './en/schedule.js';
import { settings as enSettings } from './en/settings.js';
import { cases as svCases } from './sv/cases.js';
import { common as svCommon } from './sv/common.js';
import { consoleTexts as svConsole } from './sv/console.js';
import { help as svHelp } from './sv/help.js';
import { schedule as svSchedule } from './sv/schedule.js';
import { settings as svSettings } from './sv/settings.js';

const sv = { ...svCommon, ...svCases, ...svHelp, ...svConsole, ...svSchedule, ...svSettings };
const en: Record<keyof typeof sv, string> = { ...enCommon, ...enCases, ...enHelp, ...enConsole, ...enSchedule, ...enSettings };

export type MessageKey = keyof typeof sv;
export const catalogues = { sv, en } as const;
