// The members of a case grouped by organisation, leaders first within each.
import type { Card, Section } from '../core/message.js';
import type { MemberRole } from '../domain/roles.js';
import type { Translate } from '../i18n/index.js';
import type { MemberWithPerson } from '../store/members.js';
import { joinRich } from '../text/rich.js';

const ROLE_ORDER: Record<MemberRole, number> = { leader: 0, member: 1, observer: 2 };

function byRoleThenName(a: MemberWithPerson, b: MemberWithPerson): number {
  return ROLE_ORDER[a.role as MemberRole] - ROLE_ORDER[b.role as MemberRole] || a.user.displayName.localeCompare(b.user.displayName, 'sv');
}

export function memberListCard(t: Translate, caseTitle: string, members: MemberWithPerson[]): Card {
  const groups = new Map<string, MemberWithPerson[]>();
  for (const m of members) {
    const name = m.organisation?.name ?? '';
    groups.set(name, [...(groups.get(name) ?? []), m]);
  }
  // Named organisations alphabetically, members without one last.
  const names = [...groups.keys()].sort((a, b) => (!a ? 1 : !b ? -1 : a.localeCompare(b, 'sv')));
  const sections: Section[] = names.map((name) => ({
    heading: t('member.list.group', { org: name || t('member.no_org'), count: groups.get(name)!.length }),
    text: joinRich(groups.get(name)!.sort(byRoleThenName).map((m) => t('member.list.line', {
      name: m.user.displayName, platform: t(`platform.${m.user.platform}` as 'platform.slack'), role: t(`role.${m.role}` as 'role.member'),
    })), '\n'),
  }));
  return { title: t('member.list.title', { case: caseTitle, count: members.length }), sections };
}
