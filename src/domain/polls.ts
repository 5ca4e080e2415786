// Counting votes and reading a poll's result: rules without storage.

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

export function tally(options: readonly PollOptionLike[], ballots: readonly { optionId: number }[]): OptionTally[] {
  return [...options]
    .sort((a, b) => a.position - b.position)
    .map((o) => ({ position: o.position, label: o.label, votes: ballots.filter((b) => b.optionId === o.id).length }));
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

export interface Participant {
  id: number;
  organisationId: number | null;
}

export interface EligibleVoter extends Participant {
  name: string;
  organisationName: string | null;
}

/** How many of the units that may vote (members, or organisations) have voted, and who has not. */
export interface Turnout {
  voted: number;
  eligible: number;
  missing: string[];
}

export function turnout(perOrganisation: boolean, participants: readonly Participant[], voters: readonly EligibleVoter[]): Turnout {
  if (!perOrganisation) {
    const voted = new Set(participants.map((p) => p.id));
    return { voted: voters.filter((v) => voted.has(v.id)).length, eligible: voters.length, missing: voters.filter((v) => !voted.has(v.id)).map((v) => v.name) };
  }
  const organisations = new Map<number, string>();
  for (const v of voters) if (v.organisationId !== null) organisations.set(v.organisationId, v.organisationName ?? '');
  const voted = new Set(participants.map((p) => p.organisationId));
  const missing = [...organisations].filter(([id]) => !voted.has(id)).map(([, name]) => name);
  return { voted: organisations.size - missing.length, eligible: organisations.size, missing };
}
