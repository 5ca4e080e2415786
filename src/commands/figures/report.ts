import { z } from 'zod';
import type { Message } from '../../core/message.js';
import { accounted, BASE_WORDS, CATEGORIES, type Base, type Category, type Counts, type Report } from '../../domain/figures.js';
import { hasRole, type MemberRole } from '../../domain/roles.js';
import type { StatusReport } from '../../generated/prisma/client.js';
import type { Locale } from '../../i18n/index.js';
import { cardMessage } from '../../render/card-text.js';
import { audit } from '../../store/audit.js';
import type { Tx } from '../../store/client.js';
import type { Case } from '../../store/models.js';
import { findReport, reportColumns, reportsOf, toReport } from '../../store/reports.js';
import { markScheduleChanged } from '../../store/next-occurrences.js';
import { toIso } from '../../time/local-date.js';
import { choice, flag, integer, pastDate, text } from '../args.js';
import { requireCase, UserError, type CommandContext } from '../context.js';
import { defineCommand, type FieldName } from '../spec.js';
import { currentStatus, drawStatusChart, styleFor } from './common.js';
import { DATE_FIELD, SOURCE_FIELD, sourceValue } from './lines.js';

const MAX_COUNT = 1_000_000;
/** The source when none is named and the reporter has no organisation nor an earlier report: the job-security council most reports come from. */
const FALLBACK_SOURCE = 'TRR';

const COUNT_FIELDS: Record<Category, FieldName> = {
  permanent: { sv: 'tillsvidare', en: 'permanent' },
  fixedTerm: { sv: 'visstid', en: 'fixedterm', aliases: ['fixed-term'] },
  ownBusiness: { sv: 'eget', en: 'own', aliases: ['business'] },
  studies: { sv: 'studier', en: 'studies' },
  pension: { sv: 'pension', en: 'pension' },
  programme: { sv: 'program', en: 'programme' },
  seeking: { sv: 'söker', en: 'seeking', aliases: ['soker'] },
  sick: { sv: 'sjuk', en: 'sick' },
  declined: { sv: 'avböjt', en: 'declined', aliases: ['avbojt'] },
  other: { sv: 'övrigt', en: 'other', aliases: ['ovrigt'] },
};

const FIELDS = {
  ...COUNT_FIELDS,
  date: DATE_FIELD,
  source: SOURCE_FIELD,
  base: { sv: 'bas', en: 'base' },
  n: { sv: 'n', en: 'n' },
  confirm: { sv: 'bekräfta', en: 'confirm', aliases: ['bekrafta'] },
} satisfies Record<string, FieldName>;

const baseWord = (base: Base, locale: Locale) => BASE_WORDS[base][locale === 'sv' ? 0 : 1]!;

const countSchemas = () => Object.fromEntries(CATEGORIES.map((c) => [c, integer(0, MAX_COUNT).optional()])) as Record<Category, z.ZodOptional<ReturnType<typeof integer>>>;

/**
 * The named source, else the reporter's organisation, else the source of the reporter's own
 * latest report — never another reporter's, which would file these figures under their source.
 * An existing source is matched whatever its case.
 */
async function sourceFor(ctx: CommandContext, tx: Tx, c: Case, reports: readonly Report[], named: string | undefined): Promise<string> {
  const member = ctx.member!;
  const organisation = member.organisationId == null ? null : await tx.organisation.findUnique({ where: { id: member.organisationId }, select: { name: true } });
  const own = named || organisation ? null : await tx.statusReport.findFirst({ where: { caseId: c.id, reportedById: member.id }, orderBy: [{ reportDate: 'desc' }, { id: 'desc' }], select: { source: true } });
  const source = named ?? organisation?.name ?? own?.source ?? FALLBACK_SOURCE;
  return reports.find((r) => r.source.toLowerCase() === source.toLowerCase())?.source ?? source;
}

/** A report is replaced only by whoever reported it or a leader. */
function mayReplace(ctx: CommandContext, existing: StatusReport): boolean {
  const member = ctx.member!;
  return existing.reportedById === member.id || hasRole(member.role as MemberRole, 'leader');
}

const sameReport = (a: Report, b: Report) => a.date === b.date && a.source === b.source;

/** The reports as they will be read once `report` is saved: in the place of the one it replaces, else last. */
function withReport(reports: readonly Report[], report: Report): Report[] {
  return reports.some((r) => sameReport(r, report)) ? reports.map((r) => (sameReport(r, report) ? report : r)) : [...reports, report];
}

/** The command that replaces the report, written out in full so that it means the same tomorrow. */
function confirmLine(ctx: CommandContext, report: Report): string {
  const lang = ctx.locale;
  const source = sourceValue(report.source);
  const pairs = [
    ...CATEGORIES.filter((c) => !report.unreported?.includes(c)).map((c) => `${FIELDS[c][lang]}=${report.counts[c]}`),
    `${FIELDS.date[lang]}=${report.date}`, `${FIELDS.source[lang]}=${source}`,
    `${FIELDS.base[lang]}=${baseWord(report.base, lang)}`, `${FIELDS.n[lang]}=${report.n}`,
  ];
  return [figuresReport.words[lang], ...pairs, FIELDS.confirm[lang]].join(' ');
}

function confirmMessage(ctx: CommandContext, report: Report): Message {
  return cardMessage({
    title: ctx.t('figures.title', { date: report.date, source: report.source }),
    sections: [{ text: ctx.t('figures.confirm_replace', { date: report.date, source: report.source }), buttons: [{ label: ctx.t('figures.button.replace'), command: confirmLine(ctx, report), style: 'danger' }] }],
  });
}

async function save(ctx: CommandContext, tx: Tx, c: Case, report: Report, replacing: Awaited<ReturnType<typeof findReport>>): Promise<void> {
  const member = ctx.member!;
  const data = { ...reportColumns(report), reportedById: member.id, organisationId: member.organisationId };
  await markScheduleChanged(tx, c.id); // the figures reminder counts from the latest report
  if (replacing) {
    await tx.statusReport.update({ where: { id: replacing.id }, data });
    await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'figures.replace', entity: 'StatusReport', entityId: replacing.id, data: { previous: { ...toReport(replacing), reportedById: replacing.reportedById }, report } });
  } else {
    const row = await tx.statusReport.create({ data: { caseId: c.id, ...data, createdAt: ctx.clock.now() } });
    await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'figures.report', entity: 'StatusReport', entityId: row.id, data: { report } });
  }
}

export const figuresReport = defineCommand({
  id: 'figures_report',
  words: { sv: 'läge rapportera', en: 'status report' },
  aliases: ['lage rapportera'],
  role: 'member',
  fields: FIELDS,
  flags: ['confirm'],
  schema: ({ today }) =>
    z.object({
      ...countSchemas(),
      date: pastDate(today).optional(),
      source: text(60).optional(),
      base: choice(BASE_WORDS).optional(),
      n: integer(1, MAX_COUNT).optional(),
      confirm: flag(),
    }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    if (CATEGORIES.every((k) => args[k] === undefined)) throw new UserError('figures.no_counts');
    const base = args.base ?? 'varslade';
    if (base !== 'varslade' && args.n === undefined) throw new UserError('figures.n_needed', { base: baseWord(base, ctx.locale) });
    const counts = Object.fromEntries(CATEGORIES.map((k) => [k, args[k] ?? 0])) as Counts;
    const unreported = CATEGORIES.filter((k) => args[k] === undefined);
    const n = args.n ?? c.affected;
    if (accounted(counts) > n) throw new UserError('figures.sum_exceeds', { sum: accounted(counts), n });
    const reportOn = async (db: Tx, reports: readonly Report[]): Promise<Report> => ({ date: toIso(args.date ?? ctx.today), source: await sourceFor(ctx, db, c, reports, args.source), base, n, counts, ...(unreported.length ? { unreported } : {}) });
    const style = styleFor(ctx, c, 'channel');
    // The post's chart is drawn before the transaction, which must not wait for a drawing; the
    // post takes it as drawn (without it, if the figures changed in between).
    const before = await reportsOf(ctx.db, c.id);
    const ahead = await reportOn(ctx.db, before);
    if (args.confirm || !before.some((r) => sameReport(r, ahead))) await drawStatusChart(ctx, c, style, withReport(before, ahead));
    await ctx.write(async (tx) => {
      const report = await reportOn(tx, await reportsOf(tx, c.id));
      const existing = await findReport(tx, c.id, report.date, report.source);
      if (existing && !mayReplace(ctx, existing)) throw new UserError('figures.not_yours', { source: report.source, date: report.date });
      if (existing && !args.confirm) return ctx.reply(confirmMessage(ctx, report));
      await save(ctx, tx, c, report, existing);
      const lead = ctx.t(existing ? 'figures.replaced' : 'figures.reported', { name: ctx.user.displayName, source: report.source, date: report.date });
      ctx.post(await currentStatus(ctx, c, style, await reportsOf(tx, c.id), { lead, drawnOnly: true }));
    });
  },
});
