// Opening a form and handling its submission. The submission must be acknowledged with any field
// errors, so the command runs before the ack, bounded by a deadline: past it, the modal closes and
// whatever the command says arrives as ordinary (ephemeral) answers.
import type { App, ViewStateValue } from '@slack/bolt';
import type { CommandSpec } from '../../src/commands/spec.js';
import type { Reply } from '../../src/core/event.js';
import { translator } from '../../src/i18n/index.js';
import { NO_MARKS, plainText } from '../../src/text/plain.js';
import type { RichText } from '../../src/text/rich.js';
import { PrivateAnswer, sendReplies } from './answer.js';
import { repeated } from './dedupe.js';
import { SLACK } from './platform.js';
import { requestTeam } from './workspace.js';
import { FORM_CALLBACK_PREFIX, FORMS, formCommandLine, formValues, formView, inputForField, pickedUsers, type FormOrigin, type FormSpec } from './forms.js';
import { actorTeam, isText, toInboundEvent, type CommandRequest } from './inbound.js';
import { translatorFor, type SlackRuntime } from './runtime.js';

export async function openForm(rt: SlackRuntime, form: FormSpec, request: CommandRequest, triggerId: string): Promise<void> {
  const { t } = translatorFor(rt, await rt.people.profile(request.user, request.user.name, request.channel.team));
  await (await rt.apis.for(request.channel.team)).openView(triggerId, formView(t, form, { form: form.id, channel: { id: request.channel.id, ...(request.channel.name ? { name: request.channel.name } : {}) } }));
}

interface Submitted {
  replies: Reply[];
  /** A problem to show on an input of the still open modal. */
  field?: { input: string; text: RichText };
}

async function submit(rt: SlackRuntime, form: FormSpec, spec: CommandSpec, request: CommandRequest, state: Record<string, Record<string, ViewStateValue>>): Promise<Submitted> {
  const profile = await rt.people.profile(request.user, request.user.name, request.channel.team);
  const { locale } = translatorFor(rt, profile);
  const values = formValues(form, state);
  // The installation that received the submission looks the picked users up: the submitter's may not exist.
  const line = formCommandLine(form, spec, locale, values, await rt.people.names(request.channel.team, pickedUsers(form, values)));
  const replies = await rt.bot.handle(toInboundEvent(request, profile, line));
  const error = replies.flatMap((r) => (r.error ? [r.error] : []))[0];
  const input = error && inputForField(form, spec, error.field);
  return input ? { replies, field: { input, text: error.text } } : { replies };
}

async function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => { timer = setTimeout(resolve, ms, undefined); });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Where a submitted form was opened, as its view carries it; none when the view is not one of ours. */
function formOrigin(metadata: unknown): FormOrigin | undefined {
  try {
    const o = JSON.parse(String(metadata)) as Partial<FormOrigin> | null;
    return typeof o?.form === 'string' && isText(o.channel?.id) ? { form: o.form, channel: { id: o.channel.id, ...(isText(o.channel.name) ? { name: o.channel.name } : {}) } } : undefined;
  } catch {
    return undefined;
  }
}

export function registerForms(app: App, rt: SlackRuntime): void {
  app.view(new RegExp(`^${FORM_CALLBACK_PREFIX}`), async ({ ack, body, view }) => {
    const origin = formOrigin(view.private_metadata);
    const form = origin && FORMS.find((f) => f.id === origin.form);
    const spec = form && rt.registry.find(form.command);
    const team = actorTeam(body);
    const installed = requestTeam(body);
    if (!origin || !form || !spec || !isText(body.user?.id) || !team || !installed) return void (await ack());
    const request: CommandRequest = { user: { id: body.user.id, team, name: isText(body.user.name) ? body.user.name : body.user.id }, channel: { ...origin.channel, team: installed }, text: '' };
    // A replayed submission is dropped; like the command itself, that check is bounded by the deadline.
    const work = repeated(rt, body).then((again): Submitted | Promise<Submitted> => (again ? { replies: [] } : submit(rt, form, spec, request, view.state?.values ?? {}))).catch((err: unknown): Submitted => {
      rt.logger.error({ err, platform: SLACK, form: form.id }, 'form submission failed');
      return { replies: [{ kind: 'reply', message: { text: translator(rt.defaultLocale)('error.internal') } }] };
    });
    const early = await within(work, rt.ackDeadlineMs);
    if (early?.field) return void (await ack({ response_action: 'errors', errors: { [early.field.input]: plainText(early.field.text, NO_MARKS) } }));
    await ack();
    const done = early ?? (await work);
    await sendReplies(rt, done.replies, new PrivateAnswer(rt, { user: request.user, channel: request.channel }));
  });
}
