import type { Tx } from '../../store/client.js';
import { leaderCount } from '../../store/members.js';
import type { Member } from '../../store/models.js';
import { UserError } from '../context.js';

/** Refuses to take away the role of a case's only leader (by removal or demotion). */
export async function keepALeader(tx: Tx, member: Member, name: string): Promise<void> {
  if (member.role === 'leader' && (await leaderCount(tx, member.caseId)) === 1) throw new UserError('member.last_leader', { name });
}
