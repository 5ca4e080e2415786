// `export åtgärder`: the case's actions as CSV for Swedish Excel.
import type { Message } from '../core/message.js';
import { isMessageKey, type Translate } from '../i18n/index.js';
import { plainText } from '../text/plain.js';
import type { RichText } from '../text/rich.js';
import { csvMessage } from './csv.js';

export const ACTIONS_CSV_NAME = 'atgarder.csv';

export interface ActionRow {
  number: number;
  text: string;
  owner: string | null;
  organisation: string | null;
  /** Local days, 'YYYY-MM-DD'. */
  due: string;
  created: string;
  closed: string | null;
  status: string;
}

export function actionsCsvMessage(t: Translate, actions: readonly ActionRow[], lead: RichText): Message {
  const status = (s: string) => {
    const key = `export.status.${s}`;
    return isMessageKey(key) ? plainText(t(key)) : s;
  };
  const header = (['number', 'text', 'owner', 'organisation', 'due', 'status', 'created', 'closed'] as const).map((c) => plainText(t(`export.col.${c}`)));
  const rows = actions.map((a) => [a.number, a.text, a.owner ?? '', a.organisation ?? '', a.due, status(a.status), a.created, a.closed ?? '']);
  return csvMessage(lead, ACTIONS_CSV_NAME, [header, ...rows]);
}
