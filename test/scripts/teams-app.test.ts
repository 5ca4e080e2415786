import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { buildManifest, buildPackage, commandList, ICON_SIZES, MANIFEST_DIR, renderIcon, type IconKind } from '../../scripts/lib/teams-app.js';
import { allCommands } from '../../src/commands/index.js';
import { CommandRegistry } from '../../src/commands/registry.js';

const VARS = { clientId: '11111111-2222-3333-4444-555555555555', appUrl: 'https://kommun.example/samverkan/' };
const png = (data: Buffer) => PNG.sync.read(data);

describe('Teams app package', () => {
  it('fills the manifest: schema 1.17 or later, the bot id, all three scopes, shared and private channels, a command list the bot understands', () => {
    const manifest = buildManifest(VARS);
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.17);
    expect(manifest.$schema).toContain(`v${manifest.manifestVersion}/`);
    expect(manifest.id).toBe(VARS.clientId);
    expect(manifest.developer.privacyUrl).toBe('https://kommun.example/samverkan/integritet');
    expect(JSON.stringify(manifest)).not.toContain('{{');
    const [bot] = manifest.bots;
    expect(bot.botId).toBe(VARS.clientId);
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    // Without this Teams offers the app in standard channels only: a shared channel is how a
    // samverkansgrupp spans tenants (schema 1.16 or later; the team scope above is needed too).
    expect(manifest.supportedChannelTypes).toEqual(['sharedChannels', 'privateChannels']);
    const commands = bot.commandLists[0].commands as { title: string; description: string }[];
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.length).toBeLessThanOrEqual(10);
    expect(commands[0]!.title).toBe('hjälp');
    const registry = new CommandRegistry(allCommands);
    for (const c of commands) {
      expect(registry.find(c.title), c.title).toBeDefined();
      expect(c.title.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeLessThanOrEqual(128);
    }
    expect(commandList()).toEqual(commands);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
  });

  it('commits icons of the right size, rendered from their SVG sources; the outline is white on transparent', () => {
    for (const kind of Object.keys(ICON_SIZES) as IconKind[]) {
      const committed = png(readFileSync(join(MANIFEST_DIR, `${kind}.png`)));
      expect([committed.width, committed.height]).toEqual([ICON_SIZES[kind], ICON_SIZES[kind]]);
      expect(committed.data.equals(png(renderIcon(kind)).data), `${kind}.png is stale: npm run teams:icons`).toBe(true);
    }
    const outline = png(readFileSync(join(MANIFEST_DIR, 'outline.png'))).data;
    let opaque = 0;
    for (let i = 0; i < outline.length; i += 4) {
      if (outline[i + 3] === 0) continue;
      opaque++;
      expect([outline[i], outline[i + 1], outline[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(opaque).toBeGreaterThan(50);
  });

  it('zips the manifest and both icons at the top level', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'teams-zip-'));
    try {
      const file = join(dir, 'app.zip');
      await writeFile(file, buildPackage(VARS));
      const listing = execFileSync('python3', ['-c', 'import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps({n: z.read(n).decode("latin-1") for n in z.namelist()}))', file], { encoding: 'utf8' });
      const files = JSON.parse(listing) as Record<string, string>;
      expect(Object.keys(files)).toEqual(['manifest.json', 'color.png', 'outline.png']);
      expect(JSON.parse(Buffer.from(files['manifest.json']!, 'latin1').toString('utf8')).id).toBe(VARS.clientId);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
