// Counting votes and reading a poll's result: rules without storage.
import type { Voter } from './ballots.js';

export interface PollOptionLike {
  id: number;
  position: number;
  label: string;
}

export interface OptionTally {
  position: number;
  label: string;
  votes: number;
}

export type PollResult =
  | { kind: 'none' }
  | { kind: 'winner'; option: OptionTally; total: number }
  | { kind: 'tie'; options: OptionTally[]; total: number };

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 10;

/** Options that reject or abstain: winning with one of them passes nothing. */
const NOT_PASSING = new Set(['nej', 'no', 'avstår', 'avstar', 'abstain', 'abstention']);

/** Votes per option, in the options' order, from the chosen option ids. */
export function tally(options: readonly PollOptionLike[], choices: readonly number[]): OptionTally[] {
  return [...options]
    .sort((a, b) => a.position - b.position)
    .map((o) => ({ position: o.position, label: o.label, votes: choices.filter((id) => id === o.id).length }));
}

/** What is needed to tell a poll's count: its options with the count recorded at close, and the choices in clear. */
export interface CountablePoll {
  status: string;
  anonymous: boolean;
  hidden: boolean;
  options: readonly (PollOptionLike & { votes: number })[];
  ballots: readonly { optionId: number | null }[];
}

/**
 * The count everyone may see, the one place every view of a poll (card, list, decision, digest)
 * takes it from: the count recorded at close; while open, the live count of an open poll that
 * is not hidden, and nothing for an anonymous poll, whose count is shown once, at close, so that
 * no change of it can be matched with whoever voted just before (docs/ARCHITECTURE.md).
 */
export function shownTally(poll: CountablePoll): OptionTally[] | null {
  if (poll.status === 'closed') return [...poll.options].sort((a, b) => a.position - b.position).map((o) => ({ position: o.position, label: o.label, votes: o.votes }));
  if (poll.anonymous || poll.hidden) return null;
  return tally(poll.options, poll.ballots.flatMap((b) => (b.optionId === null ? [] : [b.optionId])));
}

export function pollResult(tallies: readonly OptionTally[]): PollResult {
  const total = tallies.reduce((sum, t) => sum + t.votes, 0);
  if (!total) return { kind: 'none' };
  const most = Math.max(...tallies.map((t) => t.votes));
  const top = tallies.filter((t) => t.votes === most);
  return top.length === 1 ? { kind: 'winner', option: top[0]!, total } : { kind: 'tie', options: top, total };
}

/** The option a poll passed: a single winner that is not a no or an abstention. */
export function passedOption(result: PollResult): OptionTally | null {
  return result.kind === 'winner' && !NOT_PASSING.has(result.option.label.toLowerCase()) ? result.option : null;
}

/**
 * The option a voter means: its number (what the buttons send), else its text, ignoring case.
 * A number wins over an option whose text is that number, so buttons are never ambiguous.
 */
export function findOption<O extends PollOptionLike>(options: readonly O[], input: string): O | undefined {
  const wanted = input.trim().toLowerCase();
  if (/^\d+$/.test(wanted)) {
    const byNumber = options.find((o) => o.position === Number(wanted));
    if (byNumber) return byNumber;
  }
  return options.find((o) => o.label.toLowerCase() === wanted);
}

export interface EligibleVoter {
  id: number;
  organisationId: number | null;
  name: string;
  organisationName: string | null;
}

/** How many of the units that may vote (members, or organisations) have voted, and who has not. */
export interface Turnout {
  voted: number;
  eligible: number;
  missing: string[];
}

/** The units that have a vote: each member, or each organisation that has a member who may vote. */
export function votingUnits(perOrganisation: boolean, voters: readonly EligibleVoter[]): { voter: Voter; name: string }[] {
  if (!perOrganisation) return voters.map((v) => ({ voter: { kind: 'member', id: v.id }, name: v.name }));
  const organisations = new Map<number, string>();
  for (const v of voters) if (v.organisationId !== null) organisations.set(v.organisationId, v.organisationName ?? '');
  return [...organisations].map(([id, name]) => ({ voter: { kind: 'organisation', id }, name }));
}

export function turnout(perOrganisation: boolean, voters: readonly EligibleVoter[], hasVoted: (voter: Voter) => boolean): Turnout {
  const units = votingUnits(perOrganisation, voters);
  const missing = units.filter((u) => !hasVoted(u.voter)).map((u) => u.name);
  return { voted: units.length - missing.length, eligible: units.length, missing };
}
