// Every command the bot knows. Adding one: write its file, list it here, add its cmd.<id>.* texts.
import { actionComment } from './action/comment.js';
import { actionDone } from './action/done.js';
import { actionEdit } from './action/edit.js';
import { actionList } from './action/list.js';
import { actionMove } from './action/move.js';
import { actionNew } from './action/new.js';
import { actionStatus } from './action/status.js';
import { caseClose } from './case/close.js';
import { caseLink } from './case/link.js';
import { caseNew } from './case/new.js';
import { caseShow } from './case/show.js';
import { exportActions } from './export/actions.js';
import { exportFigures, exportFiguresExact } from './export/figures.js';
import { figuresExact } from './figures/exact.js';
import { figuresHistory } from './figures/history.js';
import { figuresReport } from './figures/report.js';
import { figuresShow } from './figures/show.js';
import { help } from './help.js';
import { memberAdd } from './member/add.js';
import { memberList } from './member/list.js';
import { memberRemove } from './member/remove.js';
import type { CommandSpec } from './spec.js';

export const allCommands: readonly CommandSpec[] = [
  help, caseNew, caseShow, caseLink, caseClose,
  memberAdd, memberList, memberRemove,
  actionNew, actionList, actionStatus, actionDone, actionMove, actionComment, actionEdit,
  figuresShow, figuresHistory, figuresExact, figuresReport, exportFigures, exportFiguresExact, exportActions,
];
