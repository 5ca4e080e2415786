// A command declared as data: its words, who may run it, its arguments and its handler.
import type { z } from 'zod';
import type { LocalDate } from '../time/local-date.js';
import type { CommandContext } from './context.js';

/** anyone: no membership needed; the others need membership of the channel's case, at least this role. */
export type Role = 'anyone' | 'observer' | 'member' | 'leader';

export interface FieldName {
  sv: string;
  en: string;
  aliases?: readonly string[];
}

/** What a schema may depend on besides the raw values. */
export interface ArgEnv {
  today: LocalDate;
}

export interface CommandSpec<S extends z.ZodType = z.ZodType> {
  /** Catalogue keys cmd.<id>.summary / .usage / .example describe it. */
  id: string;
  words: { sv: string; en: string };
  aliases?: readonly string[];
  role: Role;
  /** Changes nothing, so it stays allowed on a closed case even above observer level. */
  readOnly?: boolean;
  /** Changes something, yet is allowed on a closed case (reopening it). */
  onClosedCase?: boolean;
  /**
   * Also runs in a direct conversation that belongs to no case, such as a click on a card sent by
   * direct message; the handler then finds the case among those where the sender has the role.
   */
  direct?: boolean;
  /**
   * Also runs for a stand-in acting for a member (src/store/standins.ts): read commands, and voting
   * for the organisation. A stand-in is refused every other command whatever its role.
   */
  standIn?: boolean;
  /** Names of the arguments, by schema field. */
  fields?: Record<string, FieldName>;
  /** Fields filled, in order, by values given without a key. */
  positional?: readonly string[];
  /** The last positional field takes every further value, joined by spaces. */
  variadic?: boolean;
  /** Fields that are bare words (`anonym`) and become true when present. */
  flags?: readonly string[];
  schema: (env: ArgEnv) => S;
  handler: (ctx: CommandContext, args: z.output<S>) => Promise<void>;
}

export function defineCommand<S extends z.ZodType>(spec: CommandSpec<S>): CommandSpec {
  return spec as unknown as CommandSpec;
}
