// One clock for every benchmark process: wall time in milliseconds with sub-millisecond steps, so
// that a send time taken in the load generator and an arrival time taken in the fake Slack can be
// subtracted (both read the same system clock; performance.now() alone counts from each process's
// own start).
export function wallMs(): number {
  return performance.timeOrigin + performance.now();
}
