// The report to the group's funders for a period, as document blocks (written out as HTML and
// PDF by render/minutes): the figures over time per source with the chart, activities held and
// their outcomes, decisions and actions done. Counts are suppressed at the threshold given.
import type { Report } from '../../domain/figures.js';
import type { Locale, Translate } from '../../i18n/index.js';
import { NO_MARKS, plainText } from '../../text/plain.js';
import { DOCUMENT_STYLE, figuresTable, type Block, type Item } from '../minutes/document.js';

/** Columns per table: more would not fit an A4 page; the latest are kept. */
const MAX_COLUMNS = 6;

export interface FunderReport {
  caseTitle: string;
  from: string | null;
  to: string;
  threshold: number;
  reports: Report[];
  chart: { png: Uint8Array; width: number; height: number } | null;
  /** Already in words: "Framtidsmässa, 2026-11-25 (mässa): deltagare 500". */
  activities: string[];
  decisions: { date: string; text: string }[];
  actionsDone: { number: number; text: string; date: string }[];
}

export function reportTitle(t: Translate, r: FunderReport): string {
  return plainText(t('report.title', { case: DOCUMENT_STYLE.user(r.caseTitle) }), NO_MARKS);
}

export function reportDocument(t: Translate, locale: Locale, r: FunderReport): Block[] {
  const p = (...args: Parameters<Translate>) => plainText(t(...args), NO_MARKS);
  const u = DOCUMENT_STYLE.user;
  const list = (items: Item[]): Block => ({ kind: 'list', items: items.length ? items : [{ text: p('report.none') }] });
  const sources = [...new Set(r.reports.map((x) => x.source))].sort((a, b) => a.localeCompare(b, 'sv'));
  const figures: Block[] = sources.length
    ? [
        { kind: 'paragraph', text: p('report.figures_note', { threshold: r.threshold }) },
        ...(r.chart ? [{ kind: 'image', png: r.chart.png, width: r.chart.width, height: r.chart.height, alt: p('public.chart_alt') } as const] : []),
        ...sources.flatMap((source): Block[] => [
          { kind: 'subheading', text: u(source) },
          figuresTable(t, locale, u, r.reports.filter((x) => x.source === source).slice(-MAX_COLUMNS), r.threshold),
        ]),
      ]
    : [{ kind: 'paragraph', text: p('report.figures_none') }];
  return [
    { kind: 'title', text: reportTitle(t, r) },
    { kind: 'paragraph', text: r.from ? p('report.period', { from: r.from, to: r.to }) : p('report.period_until', { to: r.to }), style: 'strong' },
    { kind: 'heading', text: p('report.figures') }, ...figures,
    { kind: 'heading', text: p('report.activities') }, list(r.activities.map((text) => ({ text: u(text) }))),
    { kind: 'heading', text: p('report.decisions') }, list(r.decisions.map((d) => ({ label: d.date, text: u(d.text) }))),
    { kind: 'heading', text: p('report.actions_done') }, list(r.actionsDone.map((a) => ({ label: a.date, text: `#${a.number} ${u(a.text)}` }))),
  ];
}
