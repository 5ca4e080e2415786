// The poll card: question, options with their counts (none while a hidden or anonymous poll is
// open), turnout, the result once closed, a button per option while open.
import type { Button, Card, Message } from '../core/message.js';
import { passedOption, pollResult, shownTally, type PollResult, type Turnout } from '../domain/polls.js';
import type { Translate } from '../i18n/index.js';
import type { PollDetail } from '../store/polls.js';
import { addDays, toIso } from '../time/local-date.js';
import { todayIn } from '../time/zone.js';
import { plainText } from '../text/plain.js';
import { joinRich, literal, richText, type RichText } from '../text/rich.js';
import { cardMessage } from './card-text.js';
import { whenText } from './when.js';

/** Days from closing to the due date the "make it an action" button proposes. */
const ACTION_DAYS = 14;

export interface PollView {
  poll: PollDetail;
  turnout: Turnout;
  timeZone: string;
}

export function votesText(t: Translate, n: number): RichText {
  return t(n === 1 ? 'poll.votes.one' : 'poll.votes.other', { n });
}

function joinAnd(t: Translate, items: readonly string[]): RichText {
  return items.length < 2 ? joinRich(items) : richText`${joinRich(items.slice(0, -1), ', ')} ${t('poll.and')} ${items.at(-1)!}`;
}

export function resultText(t: Translate, result: PollResult): RichText {
  if (result.kind === 'none') return t('poll.result.none');
  if (result.kind === 'winner') return t('poll.result.winner', { option: result.option.label, votes: result.option.votes, total: votesText(t, result.total) });
  return t('poll.result.tie', { options: joinAnd(t, result.options.map((o) => o.label)), votes: votesText(t, result.options[0]!.votes), total: votesText(t, result.total) });
}

/** The result of a closed poll: its count recorded at close. */
export function resultOf(poll: PollDetail): PollResult {
  return pollResult(shownTally(poll) ?? []);
}

export function turnoutText(t: Translate, { poll, turnout: { voted, eligible } }: PollView): RichText {
  return t(poll.perOrganisation ? 'poll.turnout_organisations' : 'poll.turnout', { voted, eligible });
}

function about(t: Translate, { poll, timeZone }: PollView): RichText {
  const lines = [
    poll.status === 'closed' && poll.closedAt ? t('poll.card.closed', { when: whenText(t, poll.closedAt, timeZone) })
      : poll.closesAt ? t('poll.card.closes', { when: whenText(t, poll.closesAt, timeZone) }) : t('poll.card.no_deadline'),
  ];
  if (poll.anonymous) lines.push(t('poll.card.anonymous'));
  if (poll.perOrganisation) lines.push(t('poll.card.per_organisation'));
  if (!shownTally(poll)) lines.push(t('poll.card.hidden'));
  return joinRich(lines, '\n');
}

function optionLines(t: Translate, poll: PollDetail): RichText {
  const counts = shownTally(poll);
  return joinRich(counts
    ? counts.map((o) => t('poll.card.option', { position: o.position, label: o.label, votes: votesText(t, o.votes) }))
    : poll.options.map((o) => t('poll.card.option_hidden', { position: o.position, label: o.label })), '\n');
}

function turnoutLine(t: Translate, view: PollView): RichText {
  const { missing } = view.turnout;
  const names = !view.poll.anonymous && missing.length ? ` ${t('poll.card.missing', { names: missing.join(', ') })}` : '';
  return richText`${turnoutText(t, view)}.${names}`;
}

function closedSection(t: Translate, view: PollView): { text: RichText; buttons?: Button[] } {
  const { poll } = view;
  const result = resultOf(poll);
  const action = poll.decision?.actions[0];
  const text = joinRich([t('poll.card.result', { result: resultText(t, result) }), ...(action ? [t('poll.card.action', { number: action.number })] : [])], '\n');
  if (action || !passedOption(result) || !poll.closedAt) return { text };
  const due = toIso(addDays(todayIn(poll.closedAt, view.timeZone), ACTION_DAYS));
  return { text, buttons: [{ label: t('poll.button.action', { due }), command: plainText(t('poll.cmd.action', { poll: poll.number, due })) }] };
}

export function pollCard(t: Translate, view: PollView): Card {
  const { poll } = view;
  const last = poll.status === 'closed'
    ? closedSection(t, view)
    : { text: t('poll.card.vote_hint', { number: poll.number }), buttons: poll.options.map((o) => ({ label: literal(o.label), command: plainText(t('poll.cmd.vote', { poll: poll.number, option: o.position })) })) };
  return {
    title: t('poll.card.title', { number: poll.number, question: poll.question }),
    sections: [{ text: about(t, view) }, { text: optionLines(t, poll) }, { text: turnoutLine(t, view) }, last],
  };
}

export function pollCardMessage(t: Translate, view: PollView, lead?: RichText): Message {
  return cardMessage(pollCard(t, view), lead);
}
