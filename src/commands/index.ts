// Every command the bot knows. Adding one: write its file, list it here, add its cmd.<id>.* texts.
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
import type { CommandSpec } from './spec.js';

export const allCommands: readonly CommandSpec[] = [
  help, caseNew, caseShow, caseLink,
  figuresShow, figuresHistory, figuresExact, figuresReport, exportFigures, exportFiguresExact, exportActions,
];
