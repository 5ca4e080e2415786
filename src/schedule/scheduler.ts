// Runs the jobs that fall due. NextOccurrence holds, for each job, case and subject, the next time
// the job falls due, so a run reads the rows due by its end instead of walking every case; a case
// whose schedule changed (Case.scheduleChanged) has its rows recomputed first. Each occurrence
// runs in one transaction that first claims (job, case, period) by inserting a JobClaim row — a
// unique violation means another scheduler has it — then writes the job's deliveries to the
// outbox and moves the row on to the job's next occurrence; the sender delivers them later. So a
// crash before the commit leaves nothing (the row stays due and the next run does it), a crash
// after it leaves pending rows and a claim (delivered once, never redone).
import { setImmediate as turnOfOthers } from 'node:timers/promises';
import { Prisma } from '../generated/prisma/client.js';
import { translator } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { readSettings, readSettingsOf } from '../settings/store.js';
import type { Db, Tx } from '../store/client.js';
import { lockCase } from '../store/case-lock.js';
import { retried } from '../store/conflicts.js';
import { isStorageFailure } from '../store/failures.js';
import type { NextOccurrence } from '../store/models.js';
import { changedCaseIds, dueOccurrences, moveOccurrence, occurrencesOf, replaceOccurrences, takeChangedCase, type OccurrenceKey } from '../store/next-occurrences.js';
import type { JobCase, JobDefinition, JobOutput, Occurrence } from './job.js';
import { deliveries, enqueue } from '../outbox/outbox.js';

export interface SchedulerOptions {
  db: Db;
  logger: Logger;
  /** In the order they run when several fall due at the same instant. */
  jobs: readonly JobDefinition[];
}

export interface RunReport {
  /** Occurrences this scheduler ran, in order, with how many deliveries each queued. */
  ran: { job: string; caseId: number; period: string; deliveries: number }[];
  /** Occurrences another scheduler (or an earlier run) had already claimed, or had moved meanwhile. */
  taken: number;
  failed: number;
}

interface Due extends JobCase {
  job: JobDefinition;
  occurrence: Occurrence;
}

/**
 * What one run covers: occurrences in (from, to] run; earlier ones were missed (the program was
 * down, or the job failed) and run only if their job still finds them relevant at `to`.
 */
interface Window {
  from: Date;
  to: Date;
}

/** How far back start-up looks for missed occurrences (each job decides what is still relevant). */
export const CATCH_UP_DAYS = 35;
const DAY = 86_400_000;
/** How many cases one `prepare` reads for: enough to share its queries, few enough that each stays short on the event loop. */
const PREPARED_AT_ONCE = 25;

class ClaimTaken extends Error {}
/** The row of the occurrence no longer holds it: another scheduler ran or recomputed it. */
class Moved extends Error {}

async function claim(tx: Tx, job: string, caseId: number, occurrence: Occurrence): Promise<void> {
  try {
    await tx.jobClaim.create({ data: { job, caseId, period: occurrence.period, claimedAt: occurrence.at } });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw new ClaimTaken();
    throw err;
  }
}

const subjectOf = (o: Occurrence) => o.subject ?? 0;
const keyOf = (d: Due): OccurrenceKey => ({ job: d.job.name, caseId: d.case.id, subject: subjectOf(d.occurrence) });
const timeOf = (o: Occurrence | null) => o && { period: o.period, dueAt: o.at };

export class Scheduler {
  readonly #order: (a: Due, b: Due) => number;

  constructor(private readonly options: SchedulerOptions) {
    const rank = new Map(options.jobs.map((job, i) => [job, i]));
    this.#order = (a, b) => a.occurrence.at.getTime() - b.occurrence.at.getTime() || rank.get(a.job)! - rank.get(b.job)! || a.case.id - b.case.id || subjectOf(a.occurrence) - subjectOf(b.occurrence);
  }

  /** Runs every occurrence in (from, to], in time order, each as of its own instant. */
  async runDue(from: Date, to: Date): Promise<RunReport> {
    return this.#run(from, { from, to });
  }

  /** At start-up: the occurrences of the last CATCH_UP_DAYS that were missed and still matter. */
  async catchUp(now: Date): Promise<RunReport> {
    return this.#run(new Date(now.getTime() - CATCH_UP_DAYS * DAY), { from: now, to: now });
  }

  /** `since`: from when a case whose schedule changed has its occurrences looked for. */
  async #run(since: Date, window: Window): Promise<RunReport> {
    for (const caseId of await changedCaseIds(this.options.db)) {
      await turnOfOthers();
      await this.#reschedule(caseId, since, window);
    }
    const queue = (await this.#due(window.to)).sort(this.#order);
    const prepared = new Map<Due, unknown>();
    const report: RunReport = { ran: [], taken: 0, failed: 0 };
    for (let d = queue.shift(); d; d = queue.shift()) {
      // Between jobs the event loop serves others: a long Monday tick never holds up an acknowledgement.
      await turnOfOthers();
      const wanted = this.#wanted(d, window);
      if (wanted && d.job.prepare && !prepared.has(d)) await this.#prepare(d, queue, window, prepared);
      const { outcome, next } = wanted ? await this.#runOne(d, window, prepared.get(d)) : { outcome: null, next: await this.#passOver(d, window) };
      prepared.delete(d);
      if (typeof outcome === 'number') report.ran.push({ job: d.job.name, caseId: d.case.id, period: d.occurrence.period, deliveries: outcome });
      else if (outcome) report[outcome]++;
      if (next && next.at <= window.to) this.#enqueue(queue, { ...d, occurrence: next });
    }
    return report;
  }

  /** Whether `d` runs: in the window, or missed and still relevant. */
  #wanted(d: Due, window: Window): boolean {
    return d.occurrence.at > window.from || d.job.stillRelevant(d.occurrence, window.to, d);
  }

  /** Prepares `d` and the runs of the same job at the same instant right behind it in the queue. */
  async #prepare(d: Due, queue: readonly Due[], window: Window, prepared: Map<Due, unknown>): Promise<void> {
    const together = [d];
    for (const other of queue) {
      if (together.length === PREPARED_AT_ONCE || other.job !== d.job || other.occurrence.at.getTime() !== d.occurrence.at.getTime()) break;
      if (this.#wanted(other, window)) together.push(other);
    }
    let outputs: Map<number, unknown>;
    try {
      outputs = await d.job.prepare!(this.options.db, together, d.occurrence.at);
    } catch (err) {
      if (isStorageFailure(err)) throw err;
      // Each run then does its own reading, and fails or not on its own.
      this.options.logger.error({ job: d.job.name, at: d.occurrence.at.toISOString(), err }, 'job preparation failed');
      return;
    }
    for (const one of together) {
      const own = outputs.get(one.case.id);
      if (own) prepared.set(one, own);
    }
  }

  #enqueue(queue: Due[], d: Due): void {
    let i = queue.length;
    while (i > 0 && this.#order(queue[i - 1]!, d) > 0) i--;
    queue.splice(i, 0, d);
  }

  /** Recomputes a changed case's rows: each job's first occurrences after `since` worth keeping. */
  async #reschedule(caseId: number, since: Date, window: Window): Promise<void> {
    const { jobs } = this.options;
    await retried(() => this.options.db.$transaction(async (tx) => {
      await lockCase(tx, caseId);
      // Cleared before the case is read: a change committed after this sets it again, for the next run.
      if (!(await takeChangedCase(tx, caseId))) return;
      const theCase = await tx.case.findUniqueOrThrow({ where: { id: caseId } });
      const rows: NextOccurrence[] = [];
      if (theCase.status === 'open') {
        const jc: JobCase = { case: theCase, settings: await readSettings(tx, theCase) };
        const pending = await occurrencesOf(tx, caseId);
        for (const job of jobs) {
          // An occurrence that is due and not yet run (its job failed) stays due if it still exists.
          const earliest = Math.min(since.getTime(), ...pending.filter((r) => r.job === job.name).map((r) => r.dueAt.getTime() - 1));
          for (const first of await job.next(tx, jc, new Date(Math.max(earliest, this.#oldest(window))))) {
            const occurrence = await this.#settle(tx, { ...jc, job, occurrence: first }, window);
            if (occurrence) rows.push({ job: job.name, caseId, subject: subjectOf(occurrence), period: occurrence.period, dueAt: occurrence.at });
          }
        }
      }
      await replaceOccurrences(tx, caseId, jobs.map((j) => j.name), rows);
    }));
  }

  /** The rows due by `to`, with their cases and settings. */
  async #due(to: Date): Promise<Due[]> {
    const { db, jobs } = this.options;
    const rows = await dueOccurrences(db, to);
    if (!rows.length) return [];
    const cases = [...new Map(rows.map((r) => [r.caseId, r.case])).values()];
    const settings = await readSettingsOf(db, cases);
    const byName = new Map(jobs.map((j) => [j.name, j]));
    return rows.flatMap((r) => {
      const job = byName.get(r.job);
      const occurrence: Occurrence = { period: r.period, at: r.dueAt, ...(r.subject ? { subject: r.subject } : {}) };
      return job ? [{ job, case: r.case, settings: settings.get(r.caseId)!, occurrence }] : [];
    });
  }

  /**
   * The earliest instant any run looks back to: CATCH_UP_DAYS before the window opens. Counted from
   * its start, not its end, so a long window (the console's `:clock` jumping weeks ahead) keeps
   * every occurrence inside it and runs each once, not only those of its last CATCH_UP_DAYS.
   */
  #oldest(window: Window): number {
    return window.from.getTime() - CATCH_UP_DAYS * DAY;
  }

  /** `d`'s occurrence, or when it was missed and no longer matters, the first later one of its subject that does. */
  async #settle(db: Tx, d: Due, window: Window): Promise<Occurrence | null> {
    let occurrence = d.occurrence;
    while (occurrence.at <= window.from && !d.job.stillRelevant(occurrence, window.to, d)) {
      const after = new Date(Math.max(occurrence.at.getTime(), this.#oldest(window)));
      const later = (await d.job.next(db, d, after)).find((o) => subjectOf(o) === subjectOf(occurrence));
      if (!later || later.at <= occurrence.at) return null;
      occurrence = later;
    }
    return occurrence;
  }

  /** Moves `d`'s row on to the next occurrence of its subject worth keeping; throws Moved when the row no longer holds `d`. */
  async #advance(tx: Tx, d: Due, window: Window): Promise<Occurrence | null> {
    const later = (await d.job.next(tx, d, d.occurrence.at)).find((o) => subjectOf(o) === subjectOf(d.occurrence));
    // A poll past its deadline and still open names the same occurrence again: it is not a later one.
    const next = later && later.at > d.occurrence.at ? await this.#settle(tx, { ...d, occurrence: later }, window) : null;
    if (!(await moveOccurrence(tx, keyOf(d), timeOf(d.occurrence)!, timeOf(next)))) throw new Moved();
    return next;
  }

  /** A missed occurrence that no longer matters: its row moves on without running it. */
  async #passOver(d: Due, window: Window): Promise<Occurrence | null> {
    return retried(() => this.options.db.$transaction(async (tx) => {
      await lockCase(tx, d.case.id);
      return this.#advance(tx, d, window);
    })).catch((err: unknown) => {
      if (err instanceof Moved) return null;
      throw err;
    });
  }

  async #runOne(d: Due, window: Window, prepared?: unknown): Promise<{ outcome: number | 'taken' | 'failed'; next: Occurrence | null }> {
    const { job, occurrence, ...jc } = d;
    const log = { job: job.name, caseId: jc.case.id, period: occurrence.period, at: occurrence.at.toISOString() };
    try {
      const { queued, next } = await retried(() => this.options.db.$transaction(async (tx) => {
        // The claim comes first, so on SQLite it takes the write lock at once; on PostgreSQL the case's turn comes before it.
        await lockCase(tx, jc.case.id);
        await claim(tx, job.name, jc.case.id, occurrence);
        const outputs = await job.run({ ...jc, tx, occurrence, t: translator(jc.settings.language), ...(prepared !== undefined ? { prepared } : {}) });
        const items = await deliveries(tx, { caseId: jc.case.id }, outputs);
        await enqueue(tx, jc.case.id, `${job.name}:${jc.case.id}:${occurrence.period}`, items, occurrence.at);
        return { queued: items.length, next: await this.#advance(tx, d, window) };
      }));
      this.options.logger.info({ ...log, produces: job.produces, deliveries: queued }, 'job ran');
      return { outcome: queued, next };
    } catch (err) {
      // Claimed before (by another scheduler, or a run before the row came back to it): move on.
      if (err instanceof ClaimTaken) return { outcome: 'taken', next: await this.#passOver(d, window) };
      if (err instanceof Moved) return { outcome: 'taken', next: null };
      // Without storage no later job can run either: the whole run stops, and the ticker (or the
      // console's :clock) tries the same window again; claims keep what did run from running twice.
      if (isStorageFailure(err)) throw err;
      this.options.logger.error({ ...log, err }, 'job failed');
      return { outcome: 'failed', next: null };
    }
  }
}
