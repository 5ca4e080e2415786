// The Teams app package: manifest (from the template, with the bot's id and the command list of
// the registry), the two icons (rendered from SVG) and the zip that Teams installs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { allCommands } from '../../src/commands/index.js';
import type { CommandSpec } from '../../src/commands/spec.js';
import { translator, type MessageKey } from '../../src/i18n/index.js';
import { projectRoot } from '../../src/store/paths.js';
import { zip } from './zip.js';

export const MANIFEST_DIR = join(projectRoot, 'adapters', 'teams', 'manifest');
/** Teams wants a 192×192 colour icon and a 32×32 white-on-transparent outline icon. */
export const ICON_SIZES = { color: 192, outline: 32 } as const;
export type IconKind = keyof typeof ICON_SIZES;

/** Shown first in Teams' command menu (at most 10 fit); other registered commands fill the rest. */
const PREFERRED = ['hjälp', 'ärende visa', 'åtgärd lista', 'åtgärd ny', 'omröstning lista', 'rösta', 'dagordning visa', 'möte visa', 'läge', 'ärende koppla'];
const MAX_COMMANDS = 10;

export interface PackageVars {
  clientId: string;
  appUrl: string;
}

export function renderIcon(kind: IconKind): Buffer {
  const svg = readFileSync(join(MANIFEST_DIR, `${kind}.svg`), 'utf8');
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: ICON_SIZES[kind] } }).render().asPng());
}

export function commandList(commands: readonly CommandSpec[] = allCommands): { title: string; description: string }[] {
  const t = translator('sv');
  const rank = (spec: CommandSpec) => {
    const i = PREFERRED.indexOf(spec.words.sv);
    return i < 0 ? PREFERRED.length : i;
  };
  return [...commands].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_COMMANDS).map((spec) => ({
    title: spec.words.sv.slice(0, 32),
    description: t(`cmd.${spec.id}.summary` as MessageKey).slice(0, 128),
  }));
}

export function buildManifest(vars: PackageVars): Record<string, any> {
  const template = readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(template.replaceAll('{{TEAMS_CLIENT_ID}}', vars.clientId).replaceAll('{{TEAMS_APP_URL}}', vars.appUrl.replace(/\/+$/, '')));
  manifest.bots[0].commandLists[0].commands = commandList();
  return manifest;
}

export function buildPackage(vars: PackageVars): Buffer {
  const png = (kind: IconKind) => readFileSync(join(MANIFEST_DIR, `${kind}.png`));
  return zip([
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(buildManifest(vars), null, 2)) },
    { name: 'color.png', data: png('color') },
    { name: 'outline.png', data: png('outline') },
  ]);
}
