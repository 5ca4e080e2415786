// Small counts at a named company identify people, so shared channels show counts from 1 up to
// below the case's threshold as "<threshold". A threshold of 0 shows every count.

export function isSuppressed(count: number, threshold: number): boolean {
  return count > 0 && count < threshold;
}

export function shownCount(count: number, threshold: number, format: (n: number) => string = String): string {
  return isSuppressed(count, threshold) ? `<${threshold}` : format(count);
}
