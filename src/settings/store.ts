// Reading and writing per-case settings (definitions.ts says where each one lives).
import type { Tx } from '../store/client.js';
import type { Case } from '../store/models.js';
import { SETTING_IDS, SETTINGS, type CaseSettings, type SettingId } from './definitions.js';

/** Every setting of a case: the stored value, else the default. */
export async function readSettings(db: Tx, theCase: Case): Promise<CaseSettings> {
  const rows = await db.caseSetting.findMany({ where: { caseId: theCase.id } });
  const stored = new Map(rows.map((r) => [r.name, r.value]));
  const entries = SETTING_IDS.map((id) => {
    const store = SETTINGS[id].store;
    if (store.in === 'case') return [id, theCase[store.column]];
    const raw = stored.get(id);
    return [id, raw === undefined ? store.default : JSON.parse(raw)];
  });
  return Object.fromEntries(entries) as CaseSettings;
}

export async function writeSetting<K extends SettingId>(tx: Tx, caseId: number, id: K, value: CaseSettings[K]): Promise<void> {
  const store = SETTINGS[id].store;
  if (store.in === 'case') {
    await tx.case.update({ where: { id: caseId }, data: { [store.column]: value } });
    return;
  }
  const json = JSON.stringify(value);
  await tx.caseSetting.upsert({ where: { caseId_name: { caseId, name: id } }, create: { caseId, name: id, value: json }, update: { value: json } });
}
