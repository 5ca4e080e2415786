// What the figures commands share: the suppression threshold that applies
// where the answer goes, and the current picture as a message with its chart.
import type { Message } from '../../core/message.js';
import type { Report } from '../../domain/figures.js';
import { hasRole, type MemberRole } from '../../domain/roles.js';
import type { FigureStyle } from '../../render/figures-format.js';
import { statusChart, statusMessage } from '../../render/status-message.js';
import { caseTarget } from '../../services/case-target.js';
import type { Case } from '../../store/models.js';
import type { RichText } from '../../text/rich.js';
import type { CommandContext } from '../context.js';

/**
 * Exact numbers only for a leader, and only in a direct message; everywhere else, and for every
 * other member wherever they ask, small counts are suppressed. What a conversation can see never
 * widens what its user may see.
 */
export function styleFor(ctx: CommandContext, c: Case, where: 'here' | 'channel' | 'direct'): FigureStyle {
  const direct = where === 'direct' || (where === 'here' && ctx.event.channel.direct === true);
  const leader = ctx.member !== null && hasRole(ctx.member.role as MemberRole, 'leader');
  return { t: ctx.t, locale: ctx.locale, threshold: direct && leader ? 0 : c.suppressionThreshold };
}

/**
 * The status message with its chart: drawn now if need be, or with `drawnOnly` only a chart drawn
 * already — inside a transaction, which holds the database's one connection and must not wait
 * for a drawing (see figures/report.ts).
 */
export async function currentStatus(ctx: CommandContext, c: Case, style: FigureStyle, reports: readonly Report[], options: { lead?: RichText; drawnOnly?: boolean } = {}): Promise<Message> {
  const target = caseTarget(c);
  const chart = statusChart(style, reports, target);
  const png = chart && (options.drawnOnly ? ctx.charts.drawn(chart) : await ctx.charts.png(chart));
  return statusMessage(style, { reports, target, today: ctx.today, ...(options.lead ? { lead: options.lead } : {}) }, png);
}

/** Draws the chart of these reports ahead, for a `drawnOnly` status. */
export async function drawStatusChart(ctx: CommandContext, c: Case, style: FigureStyle, reports: readonly Report[]): Promise<void> {
  const chart = statusChart(style, reports, caseTarget(c));
  if (chart) await ctx.charts.png(chart);
}
