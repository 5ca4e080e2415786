// Runs the jobs that fall due. Each occurrence runs in one transaction that first claims
// (job, case, period) by inserting a JobClaim row — a unique violation means another scheduler
// has it — and then writes the job's deliveries to the outbox; the sender delivers them later. So
// a crash before the commit leaves nothing (the next run redoes it), a crash after it leaves
// pending rows and a claim (delivered once, never redone).
import { Prisma } from '../generated/prisma/client.js';
import { translator } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { readSettings } from '../settings/store.js';
import type { Db, Tx } from '../store/client.js';
import { isStorageFailure } from '../store/failures.js';
import type { JobCase, JobDefinition, Occurrence } from './job.js';
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
  /** Occurrences another scheduler (or an earlier run) had already claimed. */
  taken: number;
  failed: number;
}

interface Due extends JobCase {
  job: JobDefinition;
  occurrence: Occurrence;
}

/** How far back start-up looks for missed occurrences (each job decides what is still relevant). */
export const CATCH_UP_DAYS = 35;

class ClaimTaken extends Error {}

async function claim(tx: Tx, job: string, caseId: number, occurrence: Occurrence): Promise<void> {
  try {
    await tx.jobClaim.create({ data: { job, caseId, period: occurrence.period, claimedAt: occurrence.at } });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw new ClaimTaken();
    throw err;
  }
}

export class Scheduler {
  constructor(private readonly options: SchedulerOptions) {}

  /** Runs every occurrence in (from, to], in time order, each as of its own instant. */
  async runDue(from: Date, to: Date): Promise<RunReport> {
    return this.#runAll(await this.#due(from, to));
  }

  /** At start-up: the occurrences of the last CATCH_UP_DAYS that were missed and still matter. */
  async catchUp(now: Date): Promise<RunReport> {
    const due = await this.#due(new Date(now.getTime() - CATCH_UP_DAYS * 86_400_000), now);
    return this.#runAll(due.filter((d) => d.job.stillRelevant(d.occurrence, now, d)));
  }

  async #due(from: Date, to: Date): Promise<Due[]> {
    const { db, jobs } = this.options;
    const due: Due[] = [];
    for (const c of await db.case.findMany({ where: { status: 'open' }, orderBy: { id: 'asc' } })) {
      const jc: JobCase = { case: c, settings: await readSettings(db, c) };
      for (const job of jobs) for (const occurrence of await job.occurrences(db, jc, from, to)) due.push({ ...jc, job, occurrence });
    }
    const order = (d: Due) => jobs.indexOf(d.job);
    return due.sort((a, b) => a.occurrence.at.getTime() - b.occurrence.at.getTime() || order(a) - order(b) || a.case.id - b.case.id);
  }

  async #runAll(due: Due[]): Promise<RunReport> {
    const report: RunReport = { ran: [], taken: 0, failed: 0 };
    for (const d of due) {
      const outcome = await this.#runOne(d);
      if (typeof outcome === 'number') report.ran.push({ job: d.job.name, caseId: d.case.id, period: d.occurrence.period, deliveries: outcome });
      else report[outcome]++;
    }
    return report;
  }

  async #runOne({ job, occurrence, ...jc }: Due): Promise<number | 'taken' | 'failed'> {
    const log = { job: job.name, caseId: jc.case.id, period: occurrence.period, at: occurrence.at.toISOString() };
    try {
      const queued = await this.options.db.$transaction(async (tx) => {
        // The claim is the transaction's first statement, so on SQLite it takes the write lock at once.
        await claim(tx, job.name, jc.case.id, occurrence);
        const outputs = await job.run({ ...jc, tx, occurrence, t: translator(jc.settings.language) });
        const items = await deliveries(tx, { caseId: jc.case.id }, outputs);
        await enqueue(tx, jc.case.id, `${job.name}:${jc.case.id}:${occurrence.period}`, items, occurrence.at);
        return items.length;
      });
      this.options.logger.info({ ...log, produces: job.produces, deliveries: queued }, 'job ran');
      return queued;
    } catch (err) {
      if (err instanceof ClaimTaken) return 'taken';
      // Without storage no later job can run either: the whole run stops, and the ticker (or the
      // console's :clock) tries the same window again; claims keep what did run from running twice.
      if (isStorageFailure(err)) throw err;
      this.options.logger.error({ ...log, err }, 'job failed');
      return 'failed';
    }
  }
}
