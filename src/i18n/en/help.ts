import type { Translation } from '../types.js';
import type { help as sv } from '../sv/help.js';

export const help: Translation<typeof sv> = {
  'help.title': 'Samverkan – commands',
  'help.intro': 'Type the command after /samverkan in Slack, after @Samverkan in Teams and as it is in the console. `help <command>` shows more.',
  'help.unknown': 'There is no command "{command}". Type `help` to see them all.',
  'help.usage': 'Usage',
  'help.example': 'Example',
  'help.aliases': 'Also',
  'help.who': 'Who',
  'help.who.anyone': 'anyone',
  'cmd.help.summary': 'lists the commands, or shows one in detail',
  'cmd.help.usage': 'help [command]',
  'cmd.help.example': 'help case new',
  'cmd.case_new.summary': 'creates a case and links this channel to it',
  'cmd.case_new.usage': 'case new "<title>" company="…" municipality=… affected=<count> kind=notice|bankruptcy|closure [target=<percent>] [within=<months>] [noticedate=<date>] [org="…"]',
  'cmd.case_new.example': 'case new "Konga Bruk bankruptcy" company="Konga Bruk AB" municipality=Tingsryd affected=211 kind=bankruptcy target=70 within=8',
  'cmd.case_show.summary': 'shows the case this channel belongs to',
  'cmd.case_show.usage': 'case show',
  'cmd.case_show.example': 'case show',
  'cmd.case_link.summary': 'links this channel to a case with a one-time code from a project leader, who then approves you',
  'cmd.case_link.usage': 'case link <code>',
  'cmd.case_link.example': 'case link K7QF2-MH4XA',
};
