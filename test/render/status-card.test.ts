import { describe, expect, it } from 'vitest';
import { CATEGORIES, picture, targetProgress, type Counts, type Report, type Target } from '../../src/domain/figures.js';
import { translator } from '../../src/i18n/index.js';
import { cardToText } from '../../src/render/card-text.js';
import { statusCard } from '../../src/render/status-card.js';
import { fromIso } from '../../src/time/local-date.js';

const zero = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Counts;
const report = (date: string, counts: Partial<Counts>, n = 211): Report => ({ date, source: 'TRR', base: 'varslade', n, counts: { ...zero, ...counts } });
const sv = { t: translator('sv'), locale: 'sv' as const, threshold: 3 };
const target: Target = { percent: 70, months: 8, start: fromIso('2026-09-01'), fromNotice: true };

function card(reports: Report[], today: string, t: Target | null = target, style = sv): string {
  const pic = picture(reports)!;
  return cardToText(statusCard(style, pic, t ? targetProgress(t, pic.latest, fromIso(today)) : null));
}

describe('status card', () => {
  it('says when no target is set', () => {
    expect(card([report('2026-11-01', { permanent: 50, seeking: 161 })], '2026-11-23', null)).toContain('Inget mål är satt för ärendet.');
  });

  it('counts from the case creation without a notice date, and in days in the last month', () => {
    const text = card([report('2027-04-29', { permanent: 147, seeking: 64 })], '2027-04-30', { ...target, fromNotice: false });
    expect(text).toContain('Mål 70 % inom 8 månader från att ärendet skapades: nu 69,7 %, 1 person till behövs, 1 dag kvar.');
  });

  it('says when the target is reached and when the time has run out', () => {
    expect(card([report('2027-05-02', { permanent: 150, seeking: 61 })], '2027-05-03')).toContain('nu 71,1 %, målet är nått, tiden gick ut 2027-05-01.');
    expect(card([report('2027-01-01', { permanent: 150, seeking: 61 })], '2027-01-01', { ...target, months: undefined })).toContain('Mål 70 %: nu 71,1 %, målet är nått.');
  });

  it('hides the change, the share and the people needed when the new-occupation count is small', () => {
    const text = card([report('2026-10-01', { permanent: 2, seeking: 209 }), report('2026-11-01', { permanent: 40, seeking: 171 })], '2026-11-23');
    expect(text).toContain('Sedan förra rapporten från TRR (2026-10-01): förändringen visas inte här');
    expect(text).toContain('Trend för ny sysselsättning (TRR, N = 211): ·▂');
    const first = card([report('2026-10-01', { permanent: 2, seeking: 209 })], '2026-11-23');
    expect(first).toContain('Ny sysselsättning (tillsvidare, visstid, eget företag, studier): <3 av 211');
    expect(first).toContain('nu <3 av 211, 5 månader kvar.');
  });

  it('shows those not accounted for when the categories do not reach N', () => {
    expect(card([report('2026-11-01', { permanent: 50, seeking: 150 })], '2026-11-23')).toContain('Ej redovisade: 11 av 211 (5,2 %)');
  });
});
