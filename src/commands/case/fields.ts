// The names of a case's fields, shared by the commands that create and change a case.
import type { FieldName } from '../spec.js';

export const CASE_FIELDS = {
  title: { sv: 'titel', en: 'title' },
  company: { sv: 'företag', en: 'company' },
  municipality: { sv: 'kommun', en: 'municipality' },
  affected: { sv: 'berörda', en: 'affected' },
  kind: { sv: 'typ', en: 'kind' },
  target: { sv: 'mål', en: 'target' },
  within: { sv: 'inom', en: 'within' },
  projectLeader: { sv: 'projektledare', en: 'projectleader' },
  noticeDate: { sv: 'varseldatum', en: 'noticedate', aliases: ['konkursdatum', 'bankruptcydate'] },
} satisfies Record<string, FieldName>;
