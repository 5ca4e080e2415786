// What the activity commands share: creating one (by `aktivitet ny` or from a poll), and the frame
// of a change to an existing one — find it, check that a leader or its creator asks, apply, audit,
// re-render its card everywhere.
import type { ActivityKind } from '../../domain/activities.js';
import { mayChangeActivity } from '../../domain/activities.js';
import type { MemberRole } from '../../domain/roles.js';
import { activityById, activityByNumber, type ActivityView } from '../../store/activities.js';
import { audit } from '../../store/audit.js';
import type { Tx } from '../../store/client.js';
import { markScheduleChanged } from '../../store/next-occurrences.js';
import { nextNumber } from '../../store/numbers.js';
import type { RichText } from '../../text/rich.js';
import { toIso, type LocalDate, type TimeOfDay } from '../../time/local-date.js';
import { formatTime } from '../../render/when.js';
import { requireCase, requireMember, UserError, type CommandContext } from '../context.js';
import { activityMessage, activityRef } from './card.js';

export interface NewActivity {
  title: string;
  date: LocalDate;
  time?: TimeOfDay;
  place?: string;
  kind: ActivityKind;
  public: boolean;
  pollId?: number;
}

/** Stores the activity, records it and posts its card to the group; the DM the day before follows from the schedule. */
export async function createActivity(ctx: CommandContext, tx: Tx, input: NewActivity, lead: (number: number) => RichText): Promise<ActivityView> {
  const c = requireCase(ctx);
  const number = await nextNumber(tx, 'Activity', c.id);
  const created = await tx.activity.create({
    data: {
      caseId: c.id, number, title: input.title, date: toIso(input.date), time: input.time ? formatTime(input.time) : null, place: input.place ?? null,
      kind: input.kind, public: input.public, pollId: input.pollId ?? null, createdById: requireMember(ctx).id, createdAt: ctx.clock.now(),
    },
  });
  await markScheduleChanged(tx, c.id); // the DM the day before it
  await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: 'activity.create', entity: 'Activity', entityId: created.id, data: { number, date: created.date, time: created.time, kind: created.kind, public: created.public, pollId: created.pollId } });
  const view = await activityById(tx, created.id);
  ctx.post(activityMessage(ctx, view, lead(number)), activityRef(view));
  return view;
}

export async function requireActivity(db: Tx, caseId: number, number: number): Promise<ActivityView> {
  const activity = await activityByNumber(db, caseId, number);
  if (!activity) throw new UserError('activity.not_found', { nr: number });
  return activity;
}

export interface ActivityChange {
  audit: string;
  data: Record<string, unknown>;
  /** The confirmation: to the group when `post`, else to the sender. */
  message: RichText;
  post?: boolean;
}

export async function changeActivity(ctx: CommandContext, number: number, apply: (tx: Tx, a: ActivityView) => Promise<ActivityChange>): Promise<void> {
  const c = requireCase(ctx);
  const me = requireMember(ctx);
  await ctx.write(async (tx) => {
    const activity = await requireActivity(tx, c.id, number);
    if (!mayChangeActivity({ role: me.role as MemberRole, memberId: me.id }, activity.createdById)) throw new UserError('activity.leader_or_creator', { nr: number });
    if (activity.status === 'cancelled') throw new UserError('activity.is_cancelled', { nr: number });
    const change = await apply(tx, activity);
    await audit(tx, { at: ctx.clock.now(), caseId: c.id, actorId: ctx.user.id, action: change.audit, entity: 'Activity', entityId: activity.id, data: { number, ...change.data } });
    const fresh = await activityById(tx, activity.id);
    ctx.update(activityRef(fresh), activityMessage(ctx, fresh));
    if (change.post) ctx.post(activityMessage(ctx, fresh, change.message));
    else ctx.reply(activityMessage(ctx, fresh, change.message));
  });
}
