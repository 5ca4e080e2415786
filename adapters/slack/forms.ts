// Modal forms for the commands that take many arguments. A form is opened by the command's words
// alone (`/samverkan åtgärd ny`); its submission is turned into the same command line a user could
// type (DESIGN §6) and runs through the core, so the form adds no rules of its own. An argument
// the core refuses is shown on the input it came from.
import type { types, ViewStateValue } from '@slack/bolt';
import type { CommandRegistry } from '../../src/commands/registry.js';
import type { CommandSpec } from '../../src/commands/spec.js';
import type { Locale, MessageKey, Translate } from '../../src/i18n/index.js';
import { parseCommandLine } from '../../src/parse/command-line.js';
import { stripReserved } from '../../src/text/reserved.js';
import { plain } from './blocks.js';
import { SLACK } from './platform.js';
import { slackMention, type KnownPeople } from './text.js';

type InputKind = 'text' | 'long_text' | 'lines' | 'number' | 'date' | 'time' | 'user' | 'choice' | 'flags';

interface FormInput {
  /** The block_id. */
  id: string;
  /** The key written as `key=value` (Swedish, which the core always accepts); none: the positional value. */
  key?: string;
  kind: InputKind;
  label: MessageKey;
  optional?: boolean;
  /** Values of a choice, or the words a flags input writes when ticked. */
  choices?: { value: string; label: MessageKey }[];
}

export interface FormSpec {
  id: string;
  /** The command's Swedish words; the form exists only while that command is registered. */
  command: string;
  title: MessageKey;
  inputs: FormInput[];
}

const count = (id: string, key: string, label: MessageKey): FormInput => ({ id, key, kind: 'number', label });

export const FORMS: readonly FormSpec[] = [
  {
    id: 'case_new', command: 'ärende ny', title: 'slack.form.case_new',
    inputs: [
      { id: 'title', kind: 'text', label: 'form.case.title' },
      { id: 'company', key: 'företag', kind: 'text', label: 'case.field.company' },
      { id: 'municipality', key: 'kommun', kind: 'text', label: 'case.field.municipality' },
      { id: 'affected', key: 'berörda', kind: 'number', label: 'case.field.affected' },
      {
        id: 'kind', key: 'typ', kind: 'choice', label: 'case.field.kind',
        choices: [{ value: 'varsel', label: 'kind.varsel' }, { value: 'konkurs', label: 'kind.konkurs' }, { value: 'nedläggning', label: 'kind.nedlaggning' }],
      },
      { id: 'target', key: 'mål', kind: 'number', label: 'form.case.target', optional: true },
      { id: 'within', key: 'inom', kind: 'number', label: 'form.case.within', optional: true },
      { id: 'notice_date', key: 'varseldatum', kind: 'date', label: 'case.field.notice_date', optional: true },
      { id: 'org', key: 'org', kind: 'text', label: 'form.org', optional: true },
    ],
  },
  {
    id: 'action_new', command: 'åtgärd ny', title: 'slack.form.action_new',
    inputs: [
      { id: 'text', kind: 'long_text', label: 'form.action.text' },
      { id: 'owner', key: 'ansvarig', kind: 'user', label: 'form.action.owner' },
      { id: 'due', key: 'senast', kind: 'date', label: 'form.action.due' },
      { id: 'org', key: 'org', kind: 'text', label: 'form.org', optional: true },
    ],
  },
  {
    id: 'poll_new', command: 'omröstning ny', title: 'slack.form.poll_new',
    inputs: [
      { id: 'question', kind: 'text', label: 'form.poll.question' },
      { id: 'options', key: 'alternativ', kind: 'lines', label: 'form.poll.options', optional: true },
      { id: 'closes', key: 'stänger', kind: 'date', label: 'form.poll.closes', optional: true },
      { id: 'closes_time', key: 'tid', kind: 'time', label: 'form.poll.closes_time', optional: true },
      {
        id: 'settings', kind: 'flags', label: 'form.poll.settings', optional: true,
        choices: [{ value: 'anonym', label: 'form.poll.anonymous' }, { value: 'dold', label: 'form.poll.hidden' }, { value: 'per=organisation', label: 'form.poll.per_org' }],
      },
    ],
  },
  {
    id: 'report_new', command: 'läge rapportera', title: 'slack.form.report_new',
    inputs: [
      count('permanent', 'tillsvidare', 'form.report.permanent'), count('fixed_term', 'visstid', 'form.report.fixed_term'),
      count('own_business', 'eget', 'form.report.own_business'), count('studies', 'studier', 'form.report.studies'),
      count('pension', 'pension', 'form.report.pension'), count('programme', 'program', 'form.report.programme'),
      count('seeking', 'söker', 'form.report.seeking'), count('sick', 'sjuk', 'form.report.sick'),
      count('declined', 'avböjt', 'form.report.declined'), count('other', 'övrigt', 'form.report.other'),
      { id: 'date', key: 'datum', kind: 'date', label: 'form.report.date', optional: true },
      { id: 'source', key: 'källa', kind: 'text', label: 'form.report.source', optional: true },
      {
        id: 'base', key: 'bas', kind: 'choice', label: 'form.report.base', optional: true,
        choices: [{ value: 'varslade', label: 'form.report.base.varslade' }, { value: 'uppsagda', label: 'form.report.base.uppsagda' }, { value: 'inskrivna', label: 'form.report.base.inskrivna' }],
      },
      { id: 'n', key: 'n', kind: 'number', label: 'form.report.n', optional: true },
    ],
  },
];

export const FORM_CALLBACK_PREFIX = 'samverkan_form_';
const VALUE = 'value';

/** Where the form was opened; it travels in the view's private_metadata. */
export interface FormOrigin {
  form: string;
  channel: { id: string; name?: string };
}

/** The form a command line opens: the words of a form's command and nothing else. */
export function formForLine(registry: CommandRegistry, text: string): FormSpec | undefined {
  const line = parseCommandLine(text);
  if (!line.ok) return undefined;
  const match = registry.match(line.tokens);
  if (!match || match.rest.length) return undefined;
  return FORMS.find((f) => registry.find(f.command) === match.spec);
}

function element(t: Translate, input: FormInput): types.InputBlockElement {
  const options = (input.choices ?? []).map((c) => ({ text: plain(t(c.label), 75), value: c.value }));
  switch (input.kind) {
    case 'text': return { type: 'plain_text_input', action_id: VALUE };
    case 'long_text':
    case 'lines': return { type: 'plain_text_input', action_id: VALUE, multiline: true };
    case 'number': return { type: 'number_input', action_id: VALUE, is_decimal_allowed: false };
    case 'date': return { type: 'datepicker', action_id: VALUE };
    case 'time': return { type: 'timepicker', action_id: VALUE };
    case 'user': return { type: 'users_select', action_id: VALUE };
    case 'choice': return { type: 'static_select', action_id: VALUE, options };
    case 'flags': return { type: 'checkboxes', action_id: VALUE, options };
  }
}

export function formView(t: Translate, form: FormSpec, origin: FormOrigin): types.ModalView {
  return {
    type: 'modal',
    callback_id: `${FORM_CALLBACK_PREFIX}${form.id}`,
    private_metadata: JSON.stringify(origin),
    title: plain(t(form.title), 24),
    submit: plain(t('slack.form.submit'), 24),
    close: plain(t('slack.form.cancel'), 24),
    blocks: form.inputs.map((input) => ({ type: 'input', block_id: input.id, optional: input.optional ?? false, label: plain(t(input.label), 2000), element: element(t, input) })),
  };
}

// What a value of each kind looks like. Only free text is quoted on the line, so anything else
// that does not look like its kind is left out rather than allowed to add words to the command.
const SHAPES: Partial<Record<InputKind, RegExp>> = { number: /^-?\d+$/, date: /^\d{4}-\d{2}-\d{2}$/, time: /^\d{2}:\d{2}$/, user: /^[A-Z0-9]+$/ };

function fits(input: FormInput, value: string | string[]): boolean {
  const allowed = input.choices?.map((c) => c.value);
  if (Array.isArray(value)) return value.length > 0 && value.every((v) => allowed?.includes(v));
  if (input.kind === 'choice') return allowed?.includes(value) ?? false;
  return value !== '' && (SHAPES[input.kind]?.test(value) ?? true);
}

/** The value of one input as Slack sends it: a string, or the strings of the options ticked; nothing else. */
function entered(v: ViewStateValue | undefined): string | string[] | undefined {
  if (!v || typeof v !== 'object') return undefined;
  if (v.selected_options !== undefined) {
    const picked = Array.isArray(v.selected_options) ? v.selected_options.map((o) => o?.value) : [];
    return picked.every((p) => typeof p === 'string') ? picked : undefined;
  }
  const text = [v.value, v.selected_date, v.selected_time, v.selected_user, v.selected_option?.value].find((x) => x !== undefined && x !== null);
  // What was typed is literal text: it cannot carry the bot's reserved code points.
  return typeof text === 'string' ? stripReserved(text).trim() : undefined;
}

/** What the user entered, by input id; empty inputs (and values not of their kind) are left out. */
export function formValues(form: FormSpec, state: Record<string, Record<string, ViewStateValue>>): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const input of form.inputs) {
    const raw = entered(state?.[input.id]?.[VALUE]);
    if (raw !== undefined && fits(input, raw)) values[input.id] = raw;
  }
  return values;
}

// A value goes inside "…"; double quotes in it would end it early, so they become single ones.
const quoted = (value: string) => `"${value.replace(/["“”„]/g, "'")}"`;

function written(input: FormInput, value: string | string[], people: KnownPeople): string[] {
  if (Array.isArray(value)) return value;
  const v = input.kind === 'lines' ? value.split('\n').map((l) => l.trim()).filter(Boolean).join('|') : value;
  const text = input.kind === 'user' ? slackMention(v, people) : ['text', 'long_text', 'lines'].includes(input.kind) ? quoted(v) : v;
  return [input.key ? `${input.key}=${text}` : text];
}

/** The users a submission picked, for their names. */
export function pickedUsers(form: FormSpec, values: Record<string, string | string[]>): string[] {
  return form.inputs.flatMap((input) => (input.kind === 'user' && typeof values[input.id] === 'string' ? [values[input.id] as string] : []));
}

/**
 * The command line for a submission, in the user's language (its words decide the answer's
 * language); a picked user is a mention token with the user's name.
 */
export function formCommandLine(form: FormSpec, spec: CommandSpec, locale: Locale, values: Record<string, string | string[]>, people: KnownPeople = new Map()): string {
  return [spec.words[locale], ...form.inputs.flatMap((input) => (values[input.id] === undefined ? [] : written(input, values[input.id]!, people)))].join(' ');
}

/** The input a refused argument belongs to: by its key's names in the command, or by position. */
export function inputForField(form: FormSpec, spec: CommandSpec, field: string): string | undefined {
  const names = spec.fields?.[field];
  const words = names ? [names.sv, names.en, ...(names.aliases ?? [])].map((w) => w.toLowerCase()) : [];
  const positional = spec.positional?.indexOf(field) ?? -1;
  const unkeyed = form.inputs.filter((i) => !i.key && i.kind !== 'flags');
  return form.inputs.find((i) => i.key && words.includes(i.key.toLowerCase()))?.id ?? (positional >= 0 ? unkeyed[positional]?.id : undefined);
}
