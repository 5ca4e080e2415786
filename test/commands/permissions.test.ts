// The permission matrix: every registered command × (leader, member, observer, non-member, a
// leader of a closed case, and someone whose request to join is pending) → allowed or refused with
// a given message, the database unchanged on refusal (except for the audit of a join attempt).
// A pending member is refused everything a non-member is refused. An allowed cell runs on its own copy of the group, so no cell sees another's changes;
// refusals share one bot per database, since each of them is checked to change nothing.
// A command added to allCommands without a row here fails the first test: add its row.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/index.js';
import { CommandRegistry } from '../../src/commands/registry.js';
import { catalogues, type MessageKey } from '../../src/i18n/catalogue.js';
import { parseCommandLine } from '../../src/parse/command-line.js';
import { newCode, setUpGroup } from '../support/group.js';
import { messagePattern } from '../support/refusals.js';
import { contents, createTestBot, type TestBot } from '../support/testbot.js';

const COLUMNS = ['leader', 'member', 'observer', 'nonMember', 'closed', 'pending'] as const;
type Column = (typeof COLUMNS)[number];
/** Who speaks in each column: anna leads, erik is a member, sara observes, nils is no member, bengt waits for approval. */
const SPEAKER: Record<Column, string> = { leader: 'anna', member: 'erik', observer: 'sara', nonMember: 'nils', closed: 'anna', pending: 'bengt' };

type Outcome = 'ok' | MessageKey;
interface Row {
  id: string;
  /** The command line; a function gets an open join code of the case. */
  line: string | ((joinCode: string) => string);
  /** Another channel than the case's #samverkan. */
  channel?: string;
  /**
   * An allowed read changes nothing but the outbox (what it sends, such as a digest or a DM); an
   * allowed write changes something (at least its audit entry).
   */
  reads?: boolean;
  expect: [Outcome, Outcome, Outcome, Outcome, Outcome];
  /** Where the non-member is allowed, the pending member may differ; where refused, never. */
  pending?: Outcome;
  /** A refusal still writes the audit entry of the attempt (and counts a failed code). */
  audited?: boolean;
}

const ROLE = 'error.role';
const NOT_MEMBER = 'error.not_member';
const CLOSED = 'error.case_closed';

// The group: action #1 is owned by erik (member), action #2 by anna (leader); meeting #1 on
// Tuesday with agenda items #1 and #2 proposed by erik; poll #1 open, poll #2 closed with a Ja;
// erik's (Arbetsförmedlingen's) figures report of 2026-11-18; erik's activity #1 today; anna and sara named justerare of meeting #1; channels #samverkan, #af-kanal (linked by erik) and #bengts-kanal (bengt's, pending); one open code.
const ROWS: Row[] = [
  { id: 'help', line: 'hjälp', reads: true, expect: ['ok', 'ok', 'ok', 'ok', 'ok'] },
  { id: 'case_new', line: 'ärende ny "Ny" företag=F kommun=K berörda=10 typ=varsel', channel: 'ny-kanal', expect: ['ok', 'ok', 'ok', 'ok', 'ok'] },
  { id: 'case_show', line: 'ärende visa', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'case_link', line: (code) => `ärende koppla ${code}`, channel: 'teams-kanal', audited: true, expect: ['ok', 'ok', 'ok', 'ok', 'case.code_spent'], pending: 'case.link_waiting' },
  // Anyone's own accounts: no case needed. Unlinking an account that is linked to none changes nothing.
  { id: 'account_link', line: 'konto koppla', expect: ['ok', 'ok', 'ok', 'ok', 'ok'] },
  { id: 'account_unlink', line: 'konto koppla loss', expect: ['account.not_linked', 'account.not_linked', 'account.not_linked', 'account.not_linked', 'account.not_linked'] },
  { id: 'account_show', line: 'konto visa', reads: true, expect: ['ok', 'ok', 'ok', 'ok', 'ok'] },
  { id: 'account_dm', line: 'konto dm teams', expect: ['ok', 'ok', 'ok', 'ok', 'ok'] },
  { id: 'case_code', line: 'ärende kod giltig=2', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'case_code_revoke', line: 'ärende kod återkalla', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'case_channels', line: 'ärende kanaler', reads: true, expect: ['ok', ROLE, ROLE, NOT_MEMBER, 'ok'] },
  { id: 'case_unlink', line: 'ärende koppla loss 2', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'case_close', line: 'ärende stäng', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'case_publish', line: 'ärende publicera på kontakt="Kommunen"', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  // The group has published nothing, so the leader is told so: the role check comes first all the same.
  { id: 'case_publish_address', line: 'ärende publicera ny-adress', expect: ['publication.none', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'case_change', line: 'ärende ändra berörda=212', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'case_reopen', line: 'ärende återöppna', expect: ['case.not_closed', ROLE, ROLE, NOT_MEMBER, 'ok'] },
  { id: 'member_add', line: 'medlem lägg till @lars org="IF Metall"', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'member_list', line: 'medlem lista', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'member_remove', line: 'medlem ta bort @erik', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'member_approve', line: 'medlem godkänn @bengt org=Facket', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'member_decline', line: 'medlem avböj @bengt', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'member_leave', line: 'medlem lämna', expect: ['member.last_leader', 'ok', 'ok', NOT_MEMBER, 'member.last_leader'] },
  { id: 'action_new', line: 'åtgärd ny "Ny" ansvarig=@erik senast=2026-12-01', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'action_list', line: 'åtgärd lista alla', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'action_status', line: 'åtgärd status 1 pågår', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'action_status', line: 'åtgärd status 2 pågår', expect: ['ok', 'action.owner_only', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'action_status', line: 'åtgärd status 1 avbruten', expect: ['ok', 'action.leader_only', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'action_done', line: 'åtgärd klar 1', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'action_done', line: 'åtgärd klar 2', expect: ['ok', 'action.owner_only', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'action_move', line: 'åtgärd flytta 1 2026-12-18', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'action_move', line: 'åtgärd flytta 2 2026-12-18', expect: ['ok', 'action.owner_only', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'action_comment', line: 'åtgärd kommentar 2 "Bra"', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'action_edit', line: 'åtgärd ändra 1 "Ny text"', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'action_show', line: 'åtgärd visa 1', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'poll_new', line: 'omröstning ny "Studiebesök?"', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'poll_vote', line: 'rösta 1 Ja', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'poll_show', line: 'omröstning visa 1', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'poll_list', line: 'omröstning lista', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'poll_close', line: 'omröstning stäng 1', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'poll_action', line: 'omröstning åtgärd 2 senast=2026-12-15', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'poll_activity', line: 'omröstning aktivitet 2 datum=2026-12-15', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  // Activity #1 is erik's (a member), dated today: he may record its outcome and cancel it.
  { id: 'activity_new', line: 'aktivitet ny "Studiebesök" datum=2026-12-01', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'activity_list', line: 'aktivitet lista alla', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'activity_show', line: 'aktivitet visa 1', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'activity_result', line: 'aktivitet resultat 1 deltagare=20', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'activity_cancel', line: 'aktivitet ställ in 1', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'meeting_new', line: 'möte ny 2026-12-08 10:00', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'meeting_show', line: 'möte visa', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'meeting_show', line: 'möte visa 1', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'meeting_move', line: 'möte flytta 1 2026-12-09 10:00', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'meeting_cancel', line: 'möte ställ in 1 bekräfta', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'agenda_add', line: 'dagordning lägg till "Jobbklubb"', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'agenda_show', line: 'dagordning visa', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'agenda_move', line: 'dagordning flytta 1 2', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'agenda_remove', line: 'dagordning ta bort 2', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'agenda_done', line: 'dagordning klar 1', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'agenda_not_public', line: 'dagordning ej-publik 1', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'agenda_public', line: 'dagordning publik 1', expect: ['agenda.public_already', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'agenda_send', line: 'dagordning skicka', reads: true, expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'decision', line: 'beslut "Vi ordnar en jobbklubb"', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'minutes', line: 'protokoll', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'export_minutes', line: 'export protokoll', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'meeting_attendance', line: 'möte närvaro 1 närvarande=@anna,@erik', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'minutes_approvers', line: 'protokoll justerare 1 @erik', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  // anna and sara are the justerare of meeting #1; approving is signing, so it stays open on a closed case.
  { id: 'minutes_approve', line: 'protokoll justera 1', expect: ['ok', 'minutes.not_approver', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'minutes_correct', line: 'protokoll rätta 1 "Rättelse"', expect: ['minutes.not_approved_yet', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'digest', line: 'sammanfattning', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'setting', line: 'inställning', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'setting', line: 'inställning tröskel 5', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'standin_add', line: 'ersättare @lena till=2027-01-15', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'standin_show', line: 'ersättare visa', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'standin_end', line: 'ersättare avsluta', expect: ['standin.none_for', 'standin.none_for', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'figures_report', line: 'läge rapportera tillsvidare=10 söker=5 datum=2026-11-20', expect: ['ok', 'ok', ROLE, NOT_MEMBER, CLOSED] },
  { id: 'figures_withdraw', line: 'läge återkalla datum=2026-11-18 källa=Arbetsförmedlingen', expect: ['ok', ROLE, ROLE, NOT_MEMBER, CLOSED] },
  { id: 'figures_show', line: 'läge', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'figures_history', line: 'läge historik', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'figures_exact', line: 'läge exakt', reads: true, expect: ['ok', ROLE, ROLE, NOT_MEMBER, 'ok'] },
  { id: 'export_figures', line: 'export läge', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
  { id: 'export_report', line: 'export rapport', reads: true, expect: ['ok', 'ok', ROLE, NOT_MEMBER, 'ok'] },
  { id: 'export_figures_exact', line: 'export läge exakt', reads: true, expect: ['ok', ROLE, ROLE, NOT_MEMBER, 'ok'] },
  { id: 'export_actions', line: 'export åtgärder', reads: true, expect: ['ok', 'ok', 'ok', NOT_MEMBER, 'ok'] },
];


const registry = new CommandRegistry(allCommands);
/** Join codes are stored keyed with the bot's secret: every copy of the group shares one. */
const SECRET = 'permission-matrix-secret-0123456789';
const lineOf = (row: Row, code: string) => (typeof row.line === 'string' ? row.line : row.line(code));

describe('permission matrix', () => {
  let dir: string;
  let code: string;
  const database: Record<'open' | 'closed', string> = { open: '', closed: '' };
  const shared: Partial<Record<'open' | 'closed', TestBot>> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samverkan-matrix-'));
    const tb = await createTestBot({ ballotSecret: SECRET });
    await setUpGroup(tb);
    await tb.run([
      '@erik åtgärd ny "Boka lokal" ansvarig=@erik senast=2026-12-04',
      'åtgärd ny "Ring FK" ansvarig=@anna senast=2026-12-10',
      'möte ny tisdag 10:00',
      '@erik dagordning lägg till "Framtidsmässa"',
      '@erik dagordning lägg till "Lägesrapport"',
      'omröstning ny "Mässa?"',
      'omröstning ny "Jobbklubb?"',
      '@erik rösta 2 Ja',
      'omröstning stäng 2',
      '@erik läge rapportera tillsvidare=10 söker=5 datum=2026-11-18',
      '@erik aktivitet ny "Jobbklubb" datum=2026-11-23 typ=jobbklubb',
      'protokoll justerare 1 @anna @sara',
    ].join('\n'));
    await tb.say('#af-kanal');
    await tb.say(`@erik ärende koppla ${await newCode(tb)}`);
    await tb.say('#bengts-kanal');
    await tb.say(`@bengt ärende koppla ${await newCode(tb)}`);
    code = await newCode(tb);
    await tb.say('#samverkan');
    database.open = join(dir, 'open.db');
    await tb.saveAs(database.open);
    await tb.say('ärende stäng');
    database.closed = join(dir, 'closed.db');
    await tb.saveAs(database.closed);
    await tb.close();
    for (const which of ['open', 'closed'] as const) shared[which] = await createTestBot({ database: database[which], ballotSecret: SECRET });
  });
  afterAll(async () => {
    for (const tb of Object.values(shared)) await tb.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('has a row for every registered command, and each row runs the command it names', () => {
    const missing = allCommands.map((c) => c.id).filter((id) => !ROWS.some((r) => r.id === id));
    expect(missing, 'commands without a row in the permission matrix').toEqual([]);
    for (const row of ROWS) {
      const parsed = parseCommandLine(lineOf(row, 'ABCDEF'));
      expect(parsed.ok && registry.match(parsed.tokens)?.spec.id).toBe(row.id);
    }
  });

  it('refuses a pending member everything it refuses a non-member', () => {
    for (const row of ROWS) if (row.expect[3] !== 'ok') expect(row.pending ?? row.expect[3], row.id).toBe(row.expect[3]);
  });

  it('refuses, in the channel whose link is pending, every command that needs a case, even to a leader', async () => {
    const tb = shared.open!;
    await tb.say('#bengts-kanal');
    const before = await contents(tb.db);
    for (const row of ROWS.filter((r) => allCommands.find((c) => c.id === r.id)!.role !== 'anyone')) {
      for (const who of ['bengt', 'anna']) {
        const outputs = await tb.say(`@${who} ${lineOf(row, code)}`);
        expect(outputs.map((o) => o.message.text), `${who}: ${row.id}`).toEqual([catalogues.sv['error.channel_pending']]);
      }
    }
    expect(await contents(tb.db)).toEqual(before);
  });

  const outcomeOf = (row: Row, i: number) => (COLUMNS[i] === 'pending' ? row.pending ?? row.expect[3] : row.expect[i]!);
  const cells = ROWS.flatMap((row) => COLUMNS.map((column, i) => ({ row, column, outcome: outcomeOf(row, i) })));
  it.each(cells)('$row.id: $column → $outcome ($row.line)', async ({ row, column, outcome }) => {
    const which = column === 'closed' ? 'closed' : 'open';
    const tb = outcome === 'ok' ? await createTestBot({ database: database[which], ballotSecret: SECRET }) : shared[which]!;
    try {
      await tb.say(`#${row.channel ?? 'samverkan'}`);
      const before = await contents(tb.db);
      const outputs = await tb.say(`@${SPEAKER[column]} ${lineOf(row, code)}`);
      const after = await contents(tb.db);
      if (outcome === 'ok') {
        expect(outputs.length).toBeGreaterThan(0);
        for (const o of outputs) expect(o.message.text).not.toContain('Inget har ändrats');
        // Any valid command records its sender as a user; a read changes nothing else but the outbox.
        if (row.reads) expect({ ...after, User: [], OutboxMessage: [] }).toEqual({ ...before, User: [], OutboxMessage: [] });
        else expect(after).not.toEqual(before);
      } else {
        expect(outputs).toHaveLength(1);
        expect(outputs[0]!.kind).toBe('reply');
        expect(outputs[0]!.message.text).toMatch(messagePattern(outcome));
        if (row.audited) {
          const { AuditEntry: was, LinkFailure: _f, User: _u, ...rest } = before;
          const { AuditEntry: is, LinkFailure: _g, User: _v, ...restAfter } = after;
          expect([restAfter, is!.length]).toEqual([rest, was!.length + 1]);
        } else expect(after).toEqual(before);
      }
    } finally {
      if (outcome === 'ok') await tb.close();
    }
  });
});
