import type { Button, Card } from '../core/message.js';
import { isBankruptcy } from '../domain/cases.js';
import { formatNumber, type Locale, type Translate } from '../i18n/index.js';
import type { Case } from '../store/models.js';
import { literal, richText, type RichText } from '../text/rich.js';

export interface CaseSummary {
  case: Case;
  /** Active links only; which channels they are is for leaders (`ärende kanaler`). */
  channelCount: number;
  memberCount: number;
  /** The case's one project leader while they lead it, with their organisation; null when none. */
  projectLeader: { name: string; organisation: string | null } | null;
}

/** A person as the case card and its changes name them: "Anna (Tingsryds kommun)". */
export function personText(t: Translate, p: { name: string; organisation: string | null } | null): RichText {
  if (!p) return t('none');
  return p.organisation ? richText`${p.name} (${p.organisation})` : literal(p.name);
}

/** The target as the case card shows it ("70 % i ny sysselsättning inom 8 månader"), or "–". */
export function caseTargetText(t: Translate, c: Pick<Case, 'targetPercent' | 'targetMonths'>): RichText {
  if (c.targetPercent == null) return t('none');
  return c.targetMonths == null ? t('case.target_no_months', { percent: c.targetPercent }) : t('case.target', { percent: c.targetPercent, months: c.targetMonths });
}

export function caseCard(t: Translate, locale: Locale, { case: c, channelCount, memberCount, projectLeader }: CaseSummary, buttons: Button[]): Card {
  return {
    title: literal(c.title),
    sections: [
      {
        fields: [
          { label: t('case.field.company'), value: literal(c.company) },
          { label: t('case.field.municipality'), value: literal(c.municipality) },
          { label: t('case.field.kind'), value: t(`kind.${c.kind}` as 'kind.varsel') },
          { label: t('case.field.affected'), value: literal(formatNumber(locale, c.affected)) },
          { label: t('case.field.target'), value: caseTargetText(t, c) },
          { label: t(isBankruptcy(c.kind) ? 'case.field.bankruptcy_date' : 'case.field.notice_date'), value: c.noticeDate ? literal(c.noticeDate) : t('none') },
          { label: t('case.field.project_leader'), value: personText(t, projectLeader) },
          { label: t('case.field.status'), value: t(`case.status.${c.status}` as 'case.status.open') },
          { label: t('case.field.members'), value: literal(String(memberCount)) },
          { label: t('case.field.channels'), value: literal(String(channelCount)) },
        ],
        ...(buttons.length ? { buttons } : {}),
      },
    ],
  };
}
