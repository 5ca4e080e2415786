// The font the chart's text is drawn with. resvg draws no text without a font, and loading every
// system font is slow, so the first of a few common sans-serif fonts that exists is loaded alone;
// without any of them resvg searches the system fonts.
import { existsSync } from 'node:fs';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

const CANDIDATES: readonly { family: string; file: string }[] = [
  { family: 'DejaVu Sans', file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
  { family: 'Liberation Sans', file: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf' },
  { family: 'Noto Sans', file: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf' },
  { family: 'Arial', file: '/Library/Fonts/Arial.ttf' },
  { family: 'Arial', file: 'C:\\Windows\\Fonts\\arial.ttf' },
];

let chosen: ResvgRenderOptions['font'] | undefined;

export function chartFont(): NonNullable<ResvgRenderOptions['font']> {
  chosen ??= (() => {
    const found = CANDIDATES.find((c) => existsSync(c.file));
    return found
      ? { loadSystemFonts: false, fontFiles: [found.file], defaultFontFamily: found.family, sansSerifFamily: found.family }
      : { loadSystemFonts: true };
  })();
  return chosen;
}
