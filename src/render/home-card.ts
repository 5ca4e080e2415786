// The personal overview as a neutral card: per case, my open actions, open polls, next meeting.
import type { Card, Section } from '../core/message.js';
import type { Translate } from '../i18n/index.js';
import type { HomeCase } from '../store/home.js';
import { toIso } from '../time/local-date.js';
import { todayIn } from '../time/zone.js';
import { joinRich, literal, richText, type RichText } from '../text/rich.js';
import { whenText } from './when.js';

const bullets = (lines: RichText[]) => joinRich(lines.map((l) => `• ${l}`), '\n');

function more(t: Translate, shown: number, count: number): RichText[] {
  return count > shown ? [t('home.more', { count: count - shown })] : [];
}

function caseSections(t: Translate, now: Date, home: HomeCase): Section[] {
  const c = home.case;
  const today = toIso(todayIn(now, c.timeZone));
  const actions = home.actions.map((a) => joinRich([t('home.action', { number: a.number, text: a.text, due: a.dueDate }), ...(a.dueDate < today ? [t('home.overdue')] : [])], ' '));
  const polls = home.polls.map(({ poll, voted }) => {
    const closes = poll.closesAt ? `, ${t('home.poll_closes', { when: whenText(t, poll.closesAt, c.timeZone) })}` : '';
    return richText`${t('home.poll', { number: poll.number, question: poll.question })}${closes} (${t(voted ? 'home.voted' : 'home.not_voted')})`;
  });
  const m = home.nextMeeting;
  const meeting = m ? joinRich([whenText(t, m.startsAt, c.timeZone), ...(m.place ? [m.place] : []), ...(m.link ? [m.link] : [])], ', ') : t('home.no_meeting');
  return [
    { heading: literal(c.title) },
    { heading: t('home.actions'), text: actions.length ? bullets([...actions, ...more(t, actions.length, home.actionCount)]) : t('home.no_actions') },
    { heading: t('home.polls'), text: polls.length ? bullets([...polls, ...more(t, polls.length, home.pollCount)]) : t('home.no_polls') },
    { heading: t('home.meeting'), text: meeting },
  ];
}

export function homeCard(t: Translate, now: Date, cases: HomeCase[]): Card {
  if (!cases.length) return { title: t('home.title'), sections: [{ text: t('home.none') }] };
  return { title: t('home.title'), sections: cases.flatMap((home) => caseSections(t, now, home)) };
}
