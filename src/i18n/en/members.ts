import type { Translation } from '../types.js';
import type { members as sv } from '../sv/members.js';

export const members: Translation<typeof sv> = {
  'person.unknown': 'I do not know anyone called {name} on {platform}. Mention the person so that the chat links the name. Nothing was changed.',
  'person.ambiguous': 'Several people on {platform} are called {name}. Mention the person so that the chat links the name. Nothing was changed.',
  'person.not_member': '{name} is not a member of the collaboration group. A project leader adds members with `member add`. Nothing was changed.',
  'person.unknown_org': 'No organisation in this case is called "{name}" (there are: {known}). Nothing was changed.',
  'member.added': '{actor} added {name} ({org}) as {role}.',
  'member.changed': '{actor} changed {name} to {role} ({org}).',
  'member.removed': '{actor} removed {name} from the collaboration group.',
  'member.unassigned': 'Actions that now have no owner: {numbers}.',
  'member.unchanged': '{name} already is {role} ({org}). Nothing was changed.',
  'member.org_required': 'Give a new member\'s organisation, for example `member add {name} org="Arbetsförmedlingen"`. Nothing was changed.',
  'member.last_leader': '{name} is the only project leader of this case. Make someone else project leader first (`member add @name role=leader`). Nothing was changed.',
  'member.no_org': 'No organisation',
  'member.list.title': 'The collaboration group of {case}: {count} members',
  'member.list.group': '{org} ({count})',
  'member.list.line': '{name} ({platform}) – {role}',
  'cmd.member_add.summary': 'adds a member, or changes a member\'s role or organisation',
  'cmd.member_add.usage': 'member add @name org="…" [role=leader|member|observer]',
  'cmd.member_add.example': 'member add @erik org="Arbetsförmedlingen" role=member',
  'cmd.member_list.summary': 'shows the collaboration group by organisation, with roles',
  'cmd.member_list.usage': 'member list',
  'cmd.member_list.example': 'member list',
  'cmd.member_remove.summary': 'removes a member; their actions become unassigned',
  'cmd.member_remove.usage': 'member remove @name',
  'cmd.member_remove.example': 'member remove @erik',
};
