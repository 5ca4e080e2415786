// Every instant the product stores comes from the injected clock. A console scenario runs years
// ahead of the real date, touching every kind of row; afterwards every DATETIME column of every
// table must lie on the virtual timeline. A value taken from the wall clock (new Date(), a
// database default, Prisma's @updatedAt) would lie years before it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/client.js';
import { zonedToUtc } from '../../src/time/zone.js';
import { joinWithCode, newCode } from '../support/group.js';
import { onPostgres, tableNames } from '../support/database.js';
import { createTestBot, type TestBot } from '../support/testbot.js';

/** A Monday 09:00 in Stockholm, three years after the real date. */
function farAhead(): Date {
  const year = new Date().getUTCFullYear() + 3;
  const jan = zonedToUtc({ year, month: 1, day: 10, hour: 9, minute: 0 }, 'Europe/Stockholm');
  const toMonday = (8 - new Date(jan).getUTCDay()) % 7;
  return new Date(jan.getTime() + toMonday * 86_400_000);
}

const iso = (d: Date) => d.toISOString().slice(0, 16);
const DAY = 86_400_000;

// Instants that name a time in the future (a meeting, a deadline, a retry) rather than when
// something happened; they still come from the virtual timeline but may lie after its end.
const PLANNED = new Set(['startsAt', 'closesAt', 'nextAttemptAt', 'expiresAt', 'dueAt']);

interface Column {
  table: string;
  column: string;
}

/** Every date-time column of every table (SQLite declares them DATETIME, PostgreSQL timestamp). */
async function dateTimeColumns(db: Db): Promise<Column[]> {
  if (onPostgres) {
    return db.$queryRawUnsafe<Column[]>("SELECT table_name AS \"table\", column_name AS \"column\" FROM information_schema.columns WHERE table_schema = 'public' AND data_type LIKE 'timestamp%' AND table_name <> '_prisma_migrations'");
  }
  const columns: Column[] = [];
  for (const table of await tableNames(db)) {
    for (const c of await db.$queryRawUnsafe<{ name: string; type: string }[]>(`PRAGMA table_info("${table}")`)) if (c.type.toUpperCase() === 'DATETIME') columns.push({ table, column: c.name });
  }
  return columns;
}

const asMs = (value: unknown): number => (value instanceof Date ? value.getTime() : typeof value === 'number' || typeof value === 'bigint' ? Number(value) : Date.parse(String(value)));

describe('instants come from the injected clock', () => {
  let tb: TestBot;
  const start = farAhead();
  beforeAll(async () => {
    tb = await createTestBot({ start });
    const at = (days: number, hhmm: string) => `:clock ${iso(new Date(start.getTime() + days * DAY)).slice(0, 10)}T${hhmm}`;
    await tb.run([
      'ärende ny "Konga Bruk konkurs" företag="Konga Bruk AB" kommun=Tingsryd berörda=211 typ=konkurs org=Kommunen',
      'medlem lägg till @erik org=TRR',
      'medlem lägg till @sara org="IF Metall" roll=observatör',
      'medlem lägg till @bengt org=Företaget',
      'medlem ta bort @bengt',
      'åtgärd ny "Boka lokal" ansvarig=@erik senast=fredag',
      '@erik åtgärd kommentar 1 "Bokad preliminärt"',
      '@erik åtgärd status 1 pågår',
      'åtgärd flytta 1 imorgon',
      'dagordning lägg till "Framtidsmässa"',
      'dagordning lägg till "Övrigt"',
      'möte ny imorgon 10:00 plats=Kommunhuset',
      'omröstning ny "Framtidsmässa i mars?" stänger=imorgon 12:00',
      '@erik rösta 1 Ja',
      'omröstning ny "Anonym fråga?" anonym',
      '@erik rösta 2 Nej',
      'läge rapportera tillsvidare=20 visstid=5 eget=2 studier=3 söker=181 källa=TRR',
      'inställning sammanfattningstid 07:30',
    ].join('\n'));
    // Join codes: one used and approved, one revoked, one guessed wrong; a channel unlinked.
    await joinWithCode(tb, 'olle', 'annan');
    await newCode(tb);
    await tb.run([
      'ärende kod återkalla',
      '#gissning',
      '@nisse ärende koppla ABCDE-FGHJK',
      '#samverkan',
      'ärende koppla loss 2',
      at(1, '10:30'),
      'beslut "Vi ordnar en framtidsmässa" punkt=1',
      'dagordning ta bort 2',
      'möte närvaro 1 närvarande=@anna,@erik gäst="Lena Lind, Almi"',
      'protokoll justerare 1 @anna',
      at(1, '12:30'),
      'åtgärd klar 1',
      'omröstning stäng 2',
      'sammanfattning',
      at(7, '08:00'),
      'protokoll',
      'protokoll justera 1',
      'ärende stäng',
    ].join('\n'));
  });
  afterAll(async () => { await tb.close(); });

  it('stores no DATETIME value off the virtual timeline, in any table', async () => {
    const end = tb.clock.now().getTime();
    const checked = new Set<string>();
    const offTimeline: string[] = [];
    // Read as stored, not through the models: a raw value is what a reader of the database sees.
    for (const { table, column } of await dateTimeColumns(tb.db)) {
      for (const row of await tb.db.$queryRawUnsafe<{ v: unknown }[]>(`SELECT "${column}" AS v FROM "${table}" WHERE "${column}" IS NOT NULL`)) {
        checked.add(`${table}.${column}`);
        const ms = asMs(row.v);
        const latest = PLANNED.has(column) ? end + 30 * DAY : end;
        if (!(ms >= start.getTime() && ms <= latest)) offTimeline.push(`${table}.${column}: ${String(row.v)}`);
      }
    }
    expect(offTimeline).toEqual([]);
    // The scenario must have written the instants it is meant to check.
    for (const column of [
      'User.createdAt', 'Case.createdAt', 'Case.closedAt', 'ChannelLink.createdAt', 'Member.joinedAt', 'Member.removedAt',
      'Action.createdAt', 'Action.closedAt', 'ActionComment.createdAt', 'Poll.createdAt', 'Poll.closedAt', 'Poll.closesAt',
      'Meeting.createdAt', 'Meeting.startsAt', 'AgendaItem.createdAt', 'AgendaItem.closedAt', 'Decision.createdAt',
      'StatusReport.createdAt', 'AuditEntry.createdAt', 'OutboxMessage.createdAt', 'OutboxMessage.sentAt', 'JobClaim.claimedAt', 'NextOccurrence.dueAt',
      'JoinCode.createdAt', 'JoinCode.expiresAt', 'JoinCode.usedAt', 'JoinCode.revokedAt', 'LinkFailure.createdAt',
      'MeetingAttendance.createdAt', 'MinutesVersion.createdAt', 'MinutesVersion.approvedAt', 'MinutesApprover.approvedAt',
    ]) expect(checked, column).toContain(column);
  });
});
