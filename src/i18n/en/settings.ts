import type { settings as sv } from '../sv/settings.js';
import type { Translation } from '../types.js';

export const settings: Translation<typeof sv> = {
  'arg.weekday': 'write a weekday such as Monday, not "{value}"',
  'arg.time_zone': 'write a time zone such as Europe/Stockholm, not "{value}"',
  'setting.title': 'Settings – {title}',
  'setting.hint': 'Leaders change one with `setting <name> <value>`, for example `setting digesttime 07:30`.',
  'setting.changed': '{name} changed {setting} from {from} to {to}.',
  'setting.unchanged': 'The setting {setting} is already {value}. Nothing was changed.',
  'setting.unit.hours': '{n} hours',
  'setting.unit.days': '{n} days',
  'setting.threshold_off': '0 (every count shown)',
  'setting.language.sv': 'Swedish',
  'setting.language.en': 'English',
  'setting.own': 'Your own',
  'setting.own_hint': 'Reminders of your actions: all = the day before, the day, the day after and then weekly; weekly = once a week; off = none. You change your own, for example `setting reminders weekly`.',
  'setting.changed_own': 'Your {setting}: {to} (was {from}).',
  'setting.reminders.all': 'all',
  'setting.reminders.weekly': 'weekly',
  'setting.reminders.off': 'off',
  'cmd.setting.summary': "shows the case's settings, or changes one (leaders)",
  'cmd.setting.usage': 'setting [digestday|digesttime|remindertime|agendahours|statusdays|threshold|language|timezone|reminders <value>]',
  'cmd.setting.example': 'setting digestday friday',
  'cmd.digest.summary': 'posts the weekly digest of the last seven days now',
  'cmd.digest.usage': 'digest',
  'cmd.digest.example': 'digest',
};
