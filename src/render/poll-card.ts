// The poll card: question, options with their counts (unless hidden while open), turnout, the
// result once closed, a button per option while open.
import type { Button, Card, Message } from '../core/message.js';
import { passedOption, pollResult, tally, turnout, type EligibleVoter, type PollResult } from '../domain/polls.js';
import type { Translate } from '../i18n/index.js';
import type { PollDetail } from '../store/polls.js';
import { addDays, toIso } from '../time/local-date.js';
import { todayIn } from '../time/zone.js';
import { cardMessage } from './card-text.js';
import { whenText } from './when.js';

/** Days from closing to the due date the "make it an action" button proposes. */
const ACTION_DAYS = 14;

export interface PollView {
  poll: PollDetail;
  voters: readonly EligibleVoter[];
  timeZone: string;
}

export function votesText(t: Translate, n: number): string {
  return t(n === 1 ? 'poll.votes.one' : 'poll.votes.other', { n });
}

function joinAnd(t: Translate, items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${t('poll.and')} ${items.at(-1)}`;
}

export function resultText(t: Translate, result: PollResult): string {
  if (result.kind === 'none') return t('poll.result.none');
  if (result.kind === 'winner') return t('poll.result.winner', { option: result.option.label, votes: result.option.votes, total: votesText(t, result.total) });
  return t('poll.result.tie', { options: joinAnd(t, result.options.map((o) => o.label)), votes: votesText(t, result.options[0]!.votes), total: votesText(t, result.total) });
}

export function resultOf(poll: PollDetail): PollResult {
  return pollResult(tally(poll.options, poll.ballots));
}

export function turnoutOf(view: PollView) {
  return turnout(view.poll.perOrganisation, view.poll.participations.map((p) => p.member), view.voters);
}

export function turnoutText(t: Translate, view: PollView): string {
  const { voted, eligible } = turnoutOf(view);
  return t(view.poll.perOrganisation ? 'poll.turnout_organisations' : 'poll.turnout', { voted, eligible });
}

function about(t: Translate, { poll, timeZone }: PollView): string {
  const lines = [
    poll.status === 'closed' && poll.closedAt ? t('poll.card.closed', { when: whenText(t, poll.closedAt, timeZone) })
      : poll.closesAt ? t('poll.card.closes', { when: whenText(t, poll.closesAt, timeZone) }) : t('poll.card.no_deadline'),
  ];
  if (poll.anonymous) lines.push(t('poll.card.anonymous'));
  if (poll.perOrganisation) lines.push(t('poll.card.per_organisation'));
  if (poll.hidden && poll.status === 'open') lines.push(t('poll.card.hidden'));
  return lines.join('\n');
}

function optionLines(t: Translate, poll: PollDetail): string {
  const showCounts = !poll.hidden || poll.status === 'closed';
  return tally(poll.options, poll.ballots)
    .map((o) => (showCounts ? t('poll.card.option', { position: o.position, label: o.label, votes: votesText(t, o.votes) }) : t('poll.card.option_hidden', { position: o.position, label: o.label })))
    .join('\n');
}

function turnoutLine(t: Translate, view: PollView): string {
  const { missing } = turnoutOf(view);
  const names = !view.poll.anonymous && missing.length ? ` ${t('poll.card.missing', { names: missing.join(', ') })}` : '';
  return `${turnoutText(t, view)}.${names}`;
}

function closedSection(t: Translate, view: PollView): { text: string; buttons?: Button[] } {
  const { poll } = view;
  const result = resultOf(poll);
  const action = poll.decision?.actions[0];
  const text = [t('poll.card.result', { result: resultText(t, result) }), ...(action ? [t('poll.card.action', { number: action.number })] : [])].join('\n');
  if (action || !passedOption(result) || !poll.closedAt) return { text };
  const due = toIso(addDays(todayIn(poll.closedAt, view.timeZone), ACTION_DAYS));
  return { text, buttons: [{ label: t('poll.button.action', { due }), command: t('poll.cmd.action', { poll: poll.number, due }) }] };
}

export function pollCard(t: Translate, view: PollView): Card {
  const { poll } = view;
  const last = poll.status === 'closed'
    ? closedSection(t, view)
    : { text: t('poll.card.vote_hint', { number: poll.number }), buttons: poll.options.map((o) => ({ label: o.label, command: t('poll.cmd.vote', { poll: poll.number, option: o.position }) })) };
  return {
    title: t('poll.card.title', { number: poll.number, question: poll.question }),
    sections: [{ text: about(t, view) }, { text: optionLines(t, poll) }, { text: turnoutLine(t, view) }, last],
  };
}

export function pollCardMessage(t: Translate, view: PollView, lead?: string): Message {
  return cardMessage(pollCard(t, view), lead);
}
