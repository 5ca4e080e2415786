// Every command the bot knows. Adding one: write its file, list it here, add its cmd.<id>.* texts.
import { caseLink } from './case/link.js';
import { caseNew } from './case/new.js';
import { caseShow } from './case/show.js';
import { digest } from './digest.js';
import { help } from './help.js';
import { setting } from './setting.js';
import type { CommandSpec } from './spec.js';

export const allCommands: readonly CommandSpec[] = [help, caseNew, caseShow, caseLink, digest, setting];
