// A scheduled job as data: its name, its default schedule in words, the per-case settings that
// steer it, what it produces, when it next falls due, and what it posts when it runs.
import type { Effect } from '../core/event.js';
import type { Translate } from '../i18n/index.js';
import type { CaseSettings, SettingId } from '../settings/definitions.js';
import type { Tx } from '../store/client.js';
import type { Case } from '../store/models.js';

export interface JobCase {
  case: Case;
  settings: CaseSettings;
}

/** One time a job falls due for a case. (job, case, period) is claimed exactly once. */
export interface Occurrence {
  period: string;
  at: Date;
  /** The row the occurrence is about (a meeting, a poll); the case itself when there is none. */
  subject?: number;
}

/** What a run gets: the claiming transaction, the case, and the occurrence being run. */
export interface JobRun<P = unknown> extends JobCase {
  tx: Tx;
  occurrence: Occurrence;
  t: Translate;
  /** What the job's `prepare` made for this case; a run does without it when it is missing. */
  prepared?: P;
}

/** What a job produces: posts to every channel of the case, dms, updates of posted cards. */
export type JobOutput = Exclude<Effect, { kind: 'post_to' }>;

/** `P`: what the job's `prepare` reads ahead for one case's run (the digest: its message and whether it is quiet). */
export interface JobDefinition<P = unknown> {
  name: string;
  /** The default schedule, in words (docs and logs). */
  schedule: string;
  settings: readonly SettingId[];
  produces: 'post' | 'dm';
  /**
   * When it falls due: for the case, or for each subject, the first occurrence after `after` (none
   * when there is no further one). The scheduler keeps the answer in NextOccurrence and asks again
   * after each run and whenever the case's schedule changed.
   */
  next(db: Tx, jc: JobCase, after: Date): Promise<Occurrence[]>;
  /** Whether an occurrence missed while the bot was down is still worth running at `now`. */
  stillRelevant(occurrence: Occurrence, now: Date, jc: JobCase): boolean;
  /**
   * For a job that only reads and falls due for many cases at once (the Monday digests): what
   * those runs will produce, read for all of them together — a few queries instead of a few per
   * case. The scheduler calls it right before they run, when every job due earlier has run.
   */
  prepare?(db: Tx, cases: readonly JobCase[], at: Date): Promise<Map<number, P>>;
  /** Runs inside the transaction that claimed the occurrence; may change data (closing a poll). */
  run(run: JobRun<P>): Promise<JobOutput[]>;
}
