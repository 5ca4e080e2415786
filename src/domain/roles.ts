// Who may do what: observers read, members act, leaders manage.
export type MemberRole = 'leader' | 'member' | 'observer';
export const MEMBER_ROLES: readonly MemberRole[] = ['leader', 'member', 'observer'];

const RANK: Record<MemberRole, number> = { observer: 1, member: 2, leader: 3 };

export function hasRole(actual: MemberRole, required: MemberRole): boolean {
  return RANK[actual] >= RANK[required];
}

/** The words that select each role, Swedish first, then English. */
export const ROLE_WORDS: Record<MemberRole, readonly string[]> = {
  leader: ['ledare', 'leader', 'projektledare'],
  member: ['medlem', 'member'],
  observer: ['observatör', 'observer', 'observator'],
};
