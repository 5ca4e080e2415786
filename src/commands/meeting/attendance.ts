// Attendance at a meeting, typed by whoever keeps the minutes in one line:
// `möte närvaro 2 närvarande=@anna,@erik frånvarande=@sara ersättare=@lena för=@olle gäst="Lena Lind, Almi"`.
// A person named again gets the new status; `rensa` starts the meeting's attendance over.
import { z } from 'zod';
import type { MinutesAttendance, MinutesPerson } from '../../domain/minutes.js';
import type { Translate } from '../../i18n/index.js';
import { audit } from '../../store/audit.js';
import type { Tx } from '../../store/client.js';
import type { Meeting, User } from '../../store/models.js';
import { joinRich, type RichText } from '../../text/rich.js';
import { MEETING_FIELD } from '../agenda/support.js';
import { flag, meetingRef, mention, people, text } from '../args.js';
import { requireCase, UserError, type CommandContext } from '../context.js';
import { mentionedMember, mentionedUser } from '../people.js';
import { defineCommand } from '../spec.js';
import { meetingByRef, minutesContent } from '../minutes/data.js';

/** "Lena Lind, Almi; Per Berg" → guests with and without an organisation. */
function guests(typed: string | undefined): { name: string; organisation: string | null }[] {
  return (typed ?? '').split(';').map((g) => g.trim()).filter(Boolean).map((g) => {
    const comma = g.indexOf(',');
    return comma < 0 ? { name: g, organisation: null } : { name: g.slice(0, comma).trim(), organisation: g.slice(comma + 1).trim() || null };
  });
}

function attendanceLines(t: Translate, number: number, a: MinutesAttendance): RichText {
  const who = (p: MinutesPerson) => (p.organisation ? `${p.name} (${p.organisation})` : p.name);
  const lines: RichText[] = [t('attendance.shown', { number })];
  const line = (key: 'minutes.present' | 'minutes.absent' | 'minutes.standins' | 'minutes.guests' | 'minutes.unrecorded', names: string[]) => {
    if (names.length) lines.push(t('attendance.line', { label: t(key), names: names.join(', ') }));
  };
  line('minutes.present', a.present.map(who));
  line('minutes.standins', a.standIns.map((s) => `${s.name} → ${s.forName}`));
  line('minutes.guests', a.guests.map((g) => (g.organisation ? `${g.name}, ${g.organisation}` : g.name)));
  line('minutes.absent', a.absent.map(who));
  line('minutes.unrecorded', a.unrecorded.map(who));
  return joinRich(lines, '\n');
}

async function record(tx: Tx, meetingId: number, kind: string, user: User, now: Date, forUser?: User): Promise<void> {
  await tx.meetingAttendance.deleteMany({ where: { meetingId, OR: [{ userId: user.id }, { forUserId: user.id }] } });
  await tx.meetingAttendance.create({ data: { meetingId, kind, userId: user.id, forUserId: forUser?.id ?? null, createdAt: now } });
}

export const meetingAttendance = defineCommand({
  id: 'meeting_attendance',
  words: { sv: 'möte närvaro', en: 'meeting attendance' },
  aliases: ['närvaro', 'attendance'],
  role: 'member',
  fields: {
    meeting: MEETING_FIELD,
    present: { sv: 'närvarande', en: 'present' },
    absent: { sv: 'frånvarande', en: 'absent' },
    standin: { sv: 'ersättare', en: 'standin', aliases: ['stand-in'] },
    for: { sv: 'för', en: 'for' },
    guest: { sv: 'gäst', en: 'guest', aliases: ['gäster', 'guests'] },
    clear: { sv: 'rensa', en: 'clear' },
  },
  positional: ['meeting'],
  variadic: true,
  flags: ['clear'],
  schema: ({ today }) => z.object({
    meeting: meetingRef(today).optional(),
    present: people().optional(),
    absent: people().optional(),
    standin: mention().optional(),
    for: mention().optional(),
    guest: text(1000).optional(),
    clear: flag(),
  }),
  async handler(ctx, args) {
    const c = requireCase(ctx);
    const now = ctx.clock.now();
    if (args.standin && !args.for) throw new UserError('attendance.standin_without_for');
    if (args.for && !args.standin) throw new UserError('attendance.for_without_standin');
    const changes = args.clear || args.present || args.absent || args.standin || args.guest;
    const meeting: Meeting = changes
      ? await ctx.write(async (tx) => {
        const meeting = await meetingByRef(tx, ctx.t, c, args.meeting, now);
        const member = async (m: Parameters<typeof mentionedMember>[3]) => (await mentionedMember(tx, ctx, c.id, m)).user;
        const present: User[] = [];
        const absent: User[] = [];
        for (const m of args.present ?? []) present.push(await member(m));
        for (const m of args.absent ?? []) absent.push(await member(m));
        const standIn = args.standin ? { user: await mentionedUser(tx, ctx, args.standin), for: await member(args.for!) } : null;
        if (standIn) absent.push(standIn.for);
        const named = [...present.map((u) => ['present', u] as const), ...absent.map((u) => ['absent', u] as const), ...(standIn ? [['standin', standIn.user] as const] : [])];
        const twice = named.find(([kind, u]) => named.some(([k, other]) => other.id === u.id && k !== kind));
        if (twice) throw new UserError('attendance.twice', { name: twice[1].displayName });
        if (args.clear) await tx.meetingAttendance.deleteMany({ where: { meetingId: meeting.id } });
        for (const u of present) await record(tx, meeting.id, 'present', u, now);
        for (const u of absent) await record(tx, meeting.id, 'absent', u, now);
        if (standIn) await record(tx, meeting.id, 'standin', standIn.user, now, standIn.for);
        const added = guests(args.guest);
        for (const g of added) await tx.meetingAttendance.create({ data: { meetingId: meeting.id, kind: 'guest', name: g.name, organisation: g.organisation, createdAt: now } });
        await audit(tx, {
          at: now, caseId: c.id, actorId: ctx.user.id, action: 'meeting.attendance', entity: 'Meeting', entityId: meeting.id,
          data: { meeting: meeting.number, clear: args.clear, present: present.map((u) => u.id), absent: absent.map((u) => u.id), standIn: standIn && { user: standIn.user.id, for: standIn.for.id }, guests: added },
        });
        return meeting;
      })
      : await meetingByRef(ctx.db, ctx.t, c, args.meeting, now);
    const { attendance } = await minutesContent(ctx.db, c, meeting, now);
    const shown = attendanceLines(ctx.t, meeting.number, attendance);
    ctx.reply({ text: changes ? joinRich([ctx.t('attendance.recorded', { number: meeting.number }), shown], '\n') : shown });
  },
});
