// What a statement reads whole, from SQLite's EXPLAIN QUERY PLAN: tests use it to keep every
// statement on an index, where a table scan is free in a test and slow once 500 cases share the file.
import type { Db } from '../../src/store/client.js';

/** The plan's `SCAN x` of a table, not of a subquery the same plan builds (`CO-ROUTINE x`, `MATERIALIZE x`). */
function tableScans(plan: readonly string[]): string[] {
  const built = new Set(plan.flatMap((d) => /^(?:CO-ROUTINE|MATERIALIZE) (.+)$/.exec(d)?.slice(1) ?? []));
  return plan.flatMap((d) => {
    const scanned = /^SCAN (\S+)/.exec(d)?.[1];
    return scanned && scanned !== 'CONSTANT' && !built.has(scanned) ? [d] : [];
  });
}

/**
 * The table scans of the SELECT, UPDATE and DELETE statements among `sql`, each with the start of
 * its statement. INSERTs are left out: their plans list foreign-key scans that SQLite runs only
 * while deferred violations are pending.
 */
export async function scansIn(db: Db, sql: readonly string[]): Promise<string[]> {
  const scans: string[] = [];
  for (const statement of sql.filter((q) => /^\s*(SELECT|UPDATE|DELETE|WITH)\b/i.test(q))) {
    // The plan does not depend on the values, so every parameter is bound to NULL.
    const params = Array.from({ length: statement.split('?').length - 1 }, () => null);
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${statement}`, ...params);
    scans.push(...tableScans(plan.map((p) => p.detail)).map((s) => `${s} in ${statement.slice(0, 120)}`));
  }
  return scans;
}
