// Every command the bot knows. Adding one: write its file, list it here, add its cmd.<id>.* texts.
import { caseLink } from './case/link.js';
import { caseNew } from './case/new.js';
import { caseShow } from './case/show.js';
import { help } from './help.js';
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
];
