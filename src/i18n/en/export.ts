import type { exportTexts as sv } from '../sv/export.js';
import type { Translation } from '../types.js';

export const exportTexts: Translation<typeof sv> = {
  'export.lead': 'CSV for Excel (UTF-8, semicolons), also as the file {file}:',
  'export.col.number': 'No',
  'export.col.text': 'Action',
  'export.col.owner': 'Owner',
  'export.col.organisation': 'Organisation',
  'export.col.due': 'Due',
  'export.col.status': 'Status',
  'export.col.created': 'Created',
  'export.col.closed': 'Closed',
  'export.status.open': 'open',
  'export.status.in_progress': 'in progress',
  'export.status.done': 'done',
  'export.status.cancelled': 'cancelled',
  'cmd.export_figures.summary': 'every status report as CSV for Excel. Small numbers show as <3 in the channel.',
  'cmd.export_figures.usage': 'export status',
  'cmd.export_figures.example': 'export status',
  'cmd.export_figures_exact.summary': 'every status report with exact figures as CSV, to you as a direct message (leaders)',
  'cmd.export_figures_exact.usage': 'export status exact',
  'cmd.export_figures_exact.example': 'export status exact',
  'cmd.export_actions.summary': 'every action as CSV for Excel',
  'cmd.export_actions.usage': 'export actions',
  'cmd.export_actions.example': 'export actions',
};
