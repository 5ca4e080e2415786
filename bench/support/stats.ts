// Figures from the recorded requests, and how the benchmarks print them: a table for people and a
// last line `BENCH {json}` for tools.
import type { LoadRun, Sent } from './load.js';

/** Nearest-rank percentile of ascending values; Infinity (never answered) stays Infinity. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** For JSON: one decimal; NaN and Infinity (no value, or a request never answered) become null. */
export const round = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);

export interface Summary {
  sent: number;
  acked: number;
  ackPerS: number | null;
  ackP50Ms: number | null;
  ackP99Ms: number | null;
  /** Acked requests whose answer had not reached response_url when we stopped waiting. */
  unanswered?: number;
  /** Answers that arrived while the load ran, per second of it. */
  answeredPerS?: number | null;
  /** Send → arrival at response_url; null when that share of requests was never answered. */
  answerP50Ms?: number | null;
  answerP99Ms?: number | null;
}

const isAck = (s: Sent) => s.status === 200 && s.ackAt !== undefined;

export function summarize(run: LoadRun, arrivals?: ReadonlyMap<string, number>): Summary {
  const seconds = (run.endedAt - run.startedAt) / 1000;
  const acked = run.sent.filter(isAck);
  const acks = acked.map((s) => s.ackAt! - s.sentAt).sort((a, b) => a - b);
  const summary: Summary = {
    sent: run.sent.length, acked: acked.length, ackPerS: round(acked.length / seconds), ackP50Ms: round(percentile(acks, 50)), ackP99Ms: round(percentile(acks, 99)),
  };
  if (!arrivals) return summary;
  const answers = acked.map((s) => (arrivals.get(s.id) ?? Infinity) - s.sentAt).sort((a, b) => a - b);
  const inWindow = acked.filter((s) => (arrivals.get(s.id) ?? Infinity) <= run.endedAt).length;
  return {
    ...summary,
    unanswered: answers.filter((x) => x === Infinity).length,
    answeredPerS: round(inWindow / seconds),
    answerP50Ms: round(percentile(answers, 50)),
    answerP99Ms: round(percentile(answers, 99)),
  };
}

/** `a` or `a–b` over rounds, for a table cell; `>wait` where a request was never answered. */
export function range(values: readonly (number | null | undefined)[], never = '–'): string {
  if (values.some((v) => v === undefined)) return '';
  if (values.some((v) => v === null)) return never;
  const nums = values as number[];
  const [lo, hi] = [Math.min(...nums), Math.max(...nums)];
  const show = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en') : String(x));
  return lo === hi ? show(lo) : `${show(lo)}–${show(hi)}`;
}

export function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

export function printBench(figures: Record<string, unknown>): void {
  console.log(`BENCH ${JSON.stringify(figures)}`);
}
