import { z } from 'zod';
import { CHART_SIZE } from '../../charts/spec.js';
import { publicThreshold } from '../../domain/publication.js';
import { blocksHtml } from '../../render/minutes/html.js';
import { blocksPdf } from '../../render/minutes/pdf.js';
import { activityWhen, kindText, outcomeText } from '../../render/activity-card.js';
import { reportDocument, reportTitle, type FunderReport } from '../../render/report/document.js';
import { statusChart } from '../../render/status-message.js';
import { caseTarget } from '../../services/case-target.js';
import { reportsOf } from '../../store/reports.js';
import { mentionsAsLabels } from '../../text/mention.js';
import { plainText } from '../../text/plain.js';
import { toIso } from '../../time/local-date.js';
import { todayIn } from '../../time/zone.js';
import { date, flag } from '../args.js';
import { requireCase, UserError } from '../context.js';
import { defineCommand } from '../spec.js';

// A report to the group's funders: it leaves the group, so counts are suppressed at the public
// threshold wherever it is asked for. Texts are the group's own (decisions, actions, activities).
export const exportReport = defineCommand({
  id: 'export_report',
  words: { sv: 'export rapport', en: 'export report' },
  aliases: ['exportera rapport'],
  role: 'member',
  readOnly: true,
  fields: { from: { sv: 'från', en: 'from', aliases: ['fran'] }, to: { sv: 'till', en: 'to' }, html: { sv: 'html', en: 'html' }, pdf: { sv: 'pdf', en: 'pdf' } },
  flags: ['html', 'pdf'],
  schema: ({ today }) => z.object({ from: date(today).optional(), to: date(today).optional(), html: flag(), pdf: flag() }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const day = (d: Date) => toIso(todayIn(d, c.timeZone));
    const to = args.to ? toIso(args.to) : day(ctx.clock.now());
    const from = args.from ? toIso(args.from) : null;
    if (from && from > to) throw new UserError('report.bad_period', { from, to });
    const within = (d: string) => (!from || d >= from) && d <= to;
    const threshold = publicThreshold(c.suppressionThreshold);
    const reports = (await reportsOf(ctx.db, c.id)).filter((r) => within(r.date));
    const chart = reports.length ? statusChart({ t: ctx.t, locale: ctx.locale, threshold, kind: c.kind }, reports, caseTarget(c)) : null;
    const png = chart ? await ctx.charts.png(chart) : null;
    const activities = (await ctx.db.activity.findMany({ where: { caseId: c.id, status: 'held' }, orderBy: [{ date: 'asc' }, { number: 'asc' }] })).filter((a) => within(a.date));
    const decisions = (await ctx.db.decision.findMany({ where: { caseId: c.id }, orderBy: { createdAt: 'asc' } })).filter((d) => within(day(d.createdAt)));
    const actions = (await ctx.db.action.findMany({ where: { caseId: c.id, status: 'done' }, orderBy: { closedAt: 'asc' } })).filter((a) => a.closedAt && within(day(a.closedAt)));
    const plain = (text: Parameters<typeof plainText>[0]) => plainText(text);
    const data: FunderReport = {
      caseTitle: mentionsAsLabels(c.title), from, to, threshold, reports,
      chart: png ? { png, ...CHART_SIZE } : null,
      activities: activities.map((a) => {
        const outcome = outcomeText(ctx.t, ctx.locale, a);
        return `${a.title}, ${plain(activityWhen(ctx.t, a))} (${plain(kindText(ctx.t, a.kind))})${outcome ? `: ${plain(outcome)}` : ''}`;
      }),
      decisions: decisions.map((d) => ({ date: day(d.createdAt), text: mentionsAsLabels(d.text) })),
      actionsDone: actions.map((a) => ({ number: a.number, text: mentionsAsLabels(a.text), date: day(a.closedAt!) })),
    };
    const blocks = reportDocument(ctx.t, ctx.locale, data);
    const title = reportTitle(ctx.t, data);
    const name = plainText(ctx.t('report.file', { from: from ?? '', to })).replace(/^-/, '');
    const file = args.pdf
      ? { name: `${name}.pdf`, mimeType: 'application/pdf', data: await blocksPdf(blocks, title, ctx.clock.now(), ctx.locale) }
      : { name: `${name}.html`, mimeType: 'text/html', data: new TextEncoder().encode(blocksHtml(blocks, title, ctx.locale)) };
    ctx.reply({ text: ctx.t('report.exported', { format: args.pdf ? 'PDF' : 'HTML' }), files: [file] });
  },
});
