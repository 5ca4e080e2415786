// The pages a browser sees at the end of an OAuth install: installed, or failed. Small server-
// rendered HTML in Swedish and English (who installs is not known to us yet); every text, the
// workspace's name included, is escaped.
import type { ServerResponse } from 'node:http';
import { LOCALES, translator } from '../../src/i18n/index.js';
import { NO_MARKS, plainText } from '../../src/text/plain.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: Parameters<typeof plainText>[0]) => plainText(text, NO_MARKS).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function page(status: number, res: ServerResponse, key: 'installed' | 'install_failed', team = ''): void {
  const sections = LOCALES.map((locale) => {
    const t = translator(locale);
    return `<section lang="${locale}"><h1>${escape(t(`slack.${key}.title`))}</h1><p>${escape(t(`slack.${key}.body`, { team }))}</p></section>`;
  });
  const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Samverkan</title></head><body>${sections.join('')}</body></html>`;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(html);
}

export const installedPage = (res: ServerResponse, team: string) => page(200, res, 'installed', team);
export const installFailedPage = (res: ServerResponse) => page(400, res, 'install_failed');
