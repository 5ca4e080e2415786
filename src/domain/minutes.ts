// Minutes as a record: what one version of a meeting's minutes shows, as plain data that can be
// stored as the snapshot of approved minutes (JSON) and rendered later in any language and format.
// The rules of the draft → approved (justerade) flow.
import type { ItemState } from './meetings.js';
import type { Report } from './figures.js';

export interface MinutesPerson {
  name: string;
  organisation: string | null;
  leader?: boolean;
}

export interface MinutesAttendance {
  /** Whether anyone recorded attendance; if not, the members are listed as not recorded. */
  recorded: boolean;
  present: MinutesPerson[];
  absent: MinutesPerson[];
  /** Someone who attended in a member's place, for that member's organisation. */
  standIns: { name: string; forName: string; organisation: string | null }[];
  guests: { name: string; organisation: string | null }[];
  /** Members at the time of the meeting whose attendance nobody recorded. */
  unrecorded: MinutesPerson[];
}

export interface MinutesAction {
  number: number;
  text: string;
  owner: string | null;
  organisation: string | null;
  due: string;
  status: string;
}

/** Everything the minutes of one meeting show; texts as they read (mentions as names). */
export interface MinutesContent {
  caseTitle: string;
  timeZone: string;
  meeting: { number: number; startsAt: string; date: string; place: string | null; link: string | null };
  attendance: MinutesAttendance;
  agenda: { number: number; text: string; state: ItemState; decisions: string[] }[];
  /** Decisions on no item of this agenda. */
  otherDecisions: string[];
  /** The latest report of each source on or before the meeting's day, shown suppressed at `threshold`. */
  figures: { threshold: number; reports: Report[] };
  /** Opened and closed since the previous meeting's window ended, up to this one's end. */
  opened: MinutesAction[];
  closed: MinutesAction[];
  /** Open at the meeting's end; overdue: due before the meeting's day. */
  open: MinutesAction[];
  overdue: MinutesAction[];
}

export interface MinutesApproval {
  version: number;
  /** What the correction that opened this version says. */
  correction: string | null;
  /** The justerare in the order named, with when each approved. */
  approvers: { name: string; approvedAt: string | null }[];
  /** When the last justerare approved: the minutes are then locked. */
  approvedAt: string | null;
}

/** What a renderer needs: the content, its approval state, and the instant a draft was made. */
export interface MinutesInput {
  content: MinutesContent;
  approval: MinutesApproval | null;
  /** When a draft was drawn up (ISO instant). */
  drafted: string;
}

/** Approved once every named justerare has approved; never with none named. */
export function allApproved(approvers: readonly { approvedAt: unknown }[]): boolean {
  return approvers.length > 0 && approvers.every((a) => a.approvedAt !== null);
}

/** One or two justerare, as the practice of Swedish municipal minutes has it. */
export const MAX_APPROVERS = 2;
