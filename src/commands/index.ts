// Every command the bot knows. Adding one: write its file, list it here, add its cmd.<id>.* texts.
import { agendaAdd } from './agenda/add.js';
import { agendaDone } from './agenda/done.js';
import { agendaMove } from './agenda/move.js';
import { agendaRemove } from './agenda/remove.js';
import { agendaSend } from './agenda/send.js';
import { agendaShow } from './agenda/show.js';
import { caseLink } from './case/link.js';
import { caseNew } from './case/new.js';
import { caseShow } from './case/show.js';
import { decision } from './decision.js';
import { help } from './help.js';
import { meetingNew } from './meeting/new.js';
import { meetingShow } from './meeting/show.js';
import { minutesExport } from './minutes/export.js';
import { minutesShow } from './minutes/show.js';
import { pollAction } from './poll/action.js';
import { pollClose } from './poll/close.js';
import { pollList } from './poll/list.js';
import { pollNew } from './poll/new.js';
import { pollShow } from './poll/show.js';
import { pollVote } from './poll/vote.js';
import type { CommandSpec } from './spec.js';

export const allCommands: readonly CommandSpec[] = [
  help, caseNew, caseShow, caseLink,
  pollNew, pollVote, pollShow, pollClose, pollList, pollAction,
  meetingNew, meetingShow, agendaAdd, agendaShow, agendaMove, agendaRemove, agendaDone, agendaSend, decision, minutesShow, minutesExport,
];
