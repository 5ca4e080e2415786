// Fuzzed Slack requests for the real Bolt app: slash commands (generated command lines, form
// fields doubled, dropped, of the wrong type, huge bodies, odd content types), clicks on posted
// buttons with fuzzed values and fuzzed payloads, and form submissions with fuzzed state. Each is
// a body and a content type; the harness signs it correctly.
import { FORMS, formView } from '../../adapters/slack/forms.js';
import { translator } from '../../src/i18n/index.js';
import { USERS, type FakeUser } from './fake-slack.js';
import { commandLine } from './fuzz-lines.js';
import { typedInSlack } from './hostile.js';
import type { Random } from './random.js';
import { CHANNEL } from './slack-harness.js';
import { blockActions, slashCommand, viewSubmission, type Channel, type PostedMessage } from './slack-payloads.js';

export const FORM = 'application/x-www-form-urlencoded';

export interface FuzzRequest {
  kind: 'slash' | 'click' | 'submit' | 'garbage';
  body: string;
  contentType: string;
  /** Where its answers go (the fake's response_url id), when it has one. */
  responseId?: string;
}

const STRANGER: FakeUser = { id: 'UNOBODY', name: 'nobody', realName: 'No Body' };
const CHANNELS: Channel[] = [CHANNEL, CHANNEL, CHANNEL, { id: 'C0OTHER', name: 'annan-kanal' }, { id: 'DANNA', name: 'directmessage' }];
/** Values of the wrong type where Slack always sends a string. */
const WRONG: unknown[] = [123, -1, 0, null, true, {}, [], ['a', 'b'], { value: 'x' }, '', 'x'.repeat(70_000)];
const GARBAGE_BODIES = ['', '%%%', 'payload=%7B', 'payload=[]', 'payload=null', 'payload=%22x%22', 'payload=123', '{', '[]', 'null', '\u0000\u0001', 'a=1&a=2&a=3', 'command=%2Fsamverkan&text'];
const ODD_TYPES = ['application/json', 'text/plain', `${FORM}; charset=utf-8`, 'multipart/form-data; boundary=x', 'application/xml', ''];

const user = (rng: Random) => rng.weighted<FakeUser>([[4, USERS[0]!], [3, USERS[1]!], [1, USERS[2]!], [1, STRANGER]]);
const form = (fields: Record<string, unknown>) => new URLSearchParams(Object.entries(fields).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();

/** A generated command line as Slack sends it: sometimes escaped, console mentions sometimes as Slack's. */
function slackText(rng: Random): string {
  let text = commandLine(rng);
  if (rng.chance(0.5)) text = typedInSlack(text);
  if (rng.chance(0.5)) text = text.replace(/@(anna|erik|john)\b/g, (_, name: string) => `<@U${name.toUpperCase()}>`);
  return text;
}

/** Damage to a payload object: a field dropped, doubled or of the wrong type. */
function damage(rng: Random, fields: Record<string, unknown>, keys: readonly string[]): void {
  for (let n = rng.int(1, 2); n > 0; n--) {
    const key = rng.pick(keys);
    if (rng.chance(0.4)) delete fields[key];
    else fields[key] = rng.pick(WRONG);
  }
}

/** The url the fake serves for a response id. */
export type ResponseUrl = (id: string) => string;

export function slash(rng: Random, responseUrl: ResponseUrl, responseId: string): FuzzRequest {
  const fields: Record<string, unknown> = slashCommand(user(rng), rng.pick(CHANNELS), slackText(rng), responseUrl(responseId));
  const done = (body: string, contentType = FORM): FuzzRequest => ({ kind: 'slash', body, contentType, responseId });
  const mutation = rng.weighted<string>([[13, 'none'], [2, 'damage'], [1, 'twice'], [1, 'type'], [0.3, 'huge'], [0.1, 'command']]);
  // A request for another command is one Bolt leaves unanswered for 3 s before its 404: rare.
  if (mutation === 'damage') damage(rng, fields, Object.keys(fields).filter((k) => k !== 'command'));
  if (mutation === 'command') fields.command = rng.pick(['/other', '', '/SAMVERKAN']);
  if (mutation === 'huge') fields.text = `hjälp ${'å'.repeat(rng.int(100_000, 600_000))}`;
  const body = form(fields);
  if (mutation === 'twice') return done(`${body}&${rng.pick(['text', 'user_id', 'channel_id', 'response_url', 'trigger_id'])}=${encodeURIComponent(commandLine(rng))}`);
  if (mutation === 'type') return rng.chance(0.5) ? done(JSON.stringify(fields), 'application/json') : done(body, rng.pick(ODD_TYPES));
  return done(body);
}

export function click(rng: Random, messages: readonly PostedMessage[], responseUrl: ResponseUrl, responseId: string): FuzzRequest {
  const message = rng.pick(messages);
  const buttons = message.blocks!.flatMap((b) => b.elements ?? []).filter((e: any) => e.type === 'button');
  const button = { ...rng.pick(buttons) };
  const value = rng.weighted<() => unknown>([[4, () => button.value], [4, () => slackText(rng)], [1, () => rng.pick(WRONG)]])();
  button.value = value;
  if (rng.chance(0.03)) button.action_id = rng.pick(['samverkan_cmd_', 'samverkan_cmd_999', 'other', '']);
  const channel = message.channel === CHANNEL.id ? CHANNEL : { id: message.channel, name: message.channel };
  const payload: Record<string, any> = blockActions(user(rng), channel, message, button, responseUrl(responseId));
  if (rng.chance(0.15)) damage(rng, payload, ['channel', 'user', 'message', 'container', 'actions', 'state', 'response_url', 'team']);
  if (rng.chance(0.05)) payload.actions = [...payload.actions, ...payload.actions];
  return { kind: 'click', body: form({ payload }), contentType: FORM, responseId };
}

/** What Slack puts in view.state.values for an input of a kind, with a fuzzed value. */
function stateValue(rng: Random, kind: string, choices: readonly string[]): Record<string, unknown> {
  const text = () => rng.weighted<() => unknown>([[6, () => slackText(rng).slice(0, 3000)], [1, () => rng.pick(WRONG)]])();
  switch (kind) {
    case 'number': return { type: 'number_input', value: rng.pick(['0', '12', '211', '-3', '1e3', '99999999999999999999', 'x']) };
    case 'date': return { type: 'datepicker', selected_date: rng.pick(['2026-12-05', '2026-11-01', '2026-02-30', 'imorgon', null]) };
    case 'time': return { type: 'timepicker', selected_time: rng.pick(['13:00', '25:00', '9:5', null]) };
    case 'user': return { type: 'users_select', selected_user: rng.pick(['UANNA', 'UERIK', 'UNOBODY', 'u-lower', '']) };
    case 'choice': return { type: 'static_select', selected_option: rng.chance(0.8) ? { value: rng.pick([...choices, 'konkurs anonym', '']) } : rng.pick(WRONG) };
    case 'flags': return { type: 'checkboxes', selected_options: rng.chance(0.8) ? choices.filter(() => rng.chance(0.5)).map((value) => ({ value })) : rng.pick(WRONG) };
    default: return { type: 'plain_text_input', value: text() };
  }
}

export function submit(rng: Random): FuzzRequest {
  const spec = rng.pick(FORMS);
  const view: Record<string, any> = formView(translator(rng.pick(['sv', 'en'])), spec, { form: spec.id, channel: rng.pick(CHANNELS) });
  const values: Record<string, any> = {};
  for (const input of spec.inputs) {
    if (rng.chance(0.15)) continue;
    values[input.id] = { value: stateValue(rng, input.kind, input.choices?.map((c) => c.value) ?? []) };
  }
  if (rng.chance(0.05)) values.extra = { value: { type: 'plain_text_input', value: 'x' } };
  const payload: Record<string, any> = viewSubmission(user(rng), view, values);
  if (rng.chance(0.08)) payload.view.state = rng.pick([{ values: rng.pick(WRONG) }, null, {}]);
  if (rng.chance(0.06)) payload.view.private_metadata = rng.pick(['', '{', 'null', '[]', '{"form":"nope"}', '{"form":"action_new"}', JSON.stringify({ form: 'case_new', channel: 5 })]);
  if (rng.chance(0.05)) damage(rng, payload, ['user', 'team', 'trigger_id', 'view']);
  return { kind: 'submit', body: form({ payload }), contentType: FORM };
}

export function garbage(rng: Random): FuzzRequest {
  return { kind: 'garbage', body: rng.pick(GARBAGE_BODIES), contentType: rng.pick([FORM, ...ODD_TYPES]) };
}

/**
 * The one trigger_id of a form-encoded request, by which the adapter knows it again; none when the
 * body has no single string one (then a repeat is a new request).
 */
export function triggerOf(request: FuzzRequest): string | undefined {
  if (request.contentType !== FORM) return undefined;
  const form = new URLSearchParams(request.body);
  if (!form.has('payload')) return form.getAll('trigger_id').length === 1 ? form.get('trigger_id')! : undefined;
  try {
    const trigger: unknown = JSON.parse(form.get('payload')!).trigger_id;
    return typeof trigger === 'string' ? trigger : undefined;
  } catch {
    return undefined;
  }
}
