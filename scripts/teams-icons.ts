// Renders the Teams app icons from their SVG sources: npm run teams:icons (commit the PNGs).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_SIZES, MANIFEST_DIR, renderIcon, type IconKind } from './lib/teams-app.js';

for (const kind of Object.keys(ICON_SIZES) as IconKind[]) {
  const file = join(MANIFEST_DIR, `${kind}.png`);
  writeFileSync(file, renderIcon(kind));
  process.stdout.write(`${file}\n`);
}
