// Reading and writing settings of a case and a member's own (definitions.ts says where each one lives).
import type { Tx } from '../store/client.js';
import type { Case, CaseSetting, Member } from '../store/models.js';
import { markScheduleChanged } from '../store/next-occurrences.js';
import { MEMBER_SETTINGS, reminderFrequency, SETTING_IDS, SETTINGS, type CaseSettings, type MemberSettingId, type MemberSettings, type SettingId } from './definitions.js';

/** Every setting of a case: the stored value, else the default. */
function settingsFrom(theCase: Case, rows: readonly CaseSetting[]): CaseSettings {
  const stored = new Map(rows.map((r) => [r.name, r.value]));
  const entries = SETTING_IDS.map((id) => {
    const store = SETTINGS[id].store;
    if (store.in === 'case') return [id, theCase[store.column]];
    const raw = stored.get(id);
    return [id, raw === undefined ? store.default : JSON.parse(raw)];
  });
  return Object.fromEntries(entries) as CaseSettings;
}

export async function readSettings(db: Tx, theCase: Case): Promise<CaseSettings> {
  return settingsFrom(theCase, await db.caseSetting.findMany({ where: { caseId: theCase.id } }));
}

/** The settings of several cases in one query (the scheduler's due cases). */
export async function readSettingsOf(db: Tx, cases: readonly Case[]): Promise<Map<number, CaseSettings>> {
  const byCase = new Map<number, CaseSetting[]>();
  for (const row of await db.caseSetting.findMany({ where: { caseId: { in: cases.map((c) => c.id) } } })) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row]);
  return new Map(cases.map((c) => [c.id, settingsFrom(c, byCase.get(c.id) ?? [])]));
}

/** Writes one setting; the scheduler recomputes the case's times at its next tick (most settings move them). */
export async function writeSetting<K extends SettingId>(tx: Tx, caseId: number, id: K, value: CaseSettings[K]): Promise<void> {
  const store = SETTINGS[id].store;
  if (store.in === 'case') {
    await tx.case.update({ where: { id: caseId }, data: { [store.column]: value, scheduleChanged: true } });
    return;
  }
  await markScheduleChanged(tx, caseId);
  const json = JSON.stringify(value);
  await tx.caseSetting.upsert({ where: { caseId_name: { caseId, name: id } }, create: { caseId, name: id, value: json }, update: { value: json } });
}

/** A member's own settings. */
export function memberSettings(member: Member): MemberSettings {
  return { reminders: reminderFrequency(member.reminders) };
}

export async function writeMemberSetting<K extends MemberSettingId>(tx: Tx, memberId: number, id: K, value: MemberSettings[K]): Promise<void> {
  await tx.member.update({ where: { id: memberId }, data: { [MEMBER_SETTINGS[id].store.column]: value } });
}
