// A one-line text trend (▁▂▃▄▅▆▇█) for where no image can be shown.
const BARS = '▁▂▃▄▅▆▇█';
export const SPARK_GAP = '·';

/** Each value as a bar on the scale 0…max; null (a value that may not be shown) as a gap mark. */
export function sparkline(values: readonly (number | null)[], max = 100): string {
  return values
    .map((v) => (v === null ? SPARK_GAP : BARS[Math.min(BARS.length - 1, Math.max(0, Math.round((v / max) * (BARS.length - 1))))]))
    .join('');
}
