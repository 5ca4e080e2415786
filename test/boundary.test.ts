// The core stays platform-neutral and the import graph has no cycles.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/store/paths.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(path);
    return /\.(ts|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
const rel = (file: string) => relative(projectRoot, file);

const files = [...sourceFiles(join(projectRoot, 'src')), ...sourceFiles(join(projectRoot, 'adapters'))];

describe('architecture boundaries', () => {
  it('src/ imports no platform SDK and nothing under adapters/ (only src/main.ts may)', () => {
    const offenders = sourceFiles(join(projectRoot, 'src'))
      .filter((f) => rel(f) !== join('src', 'main.ts'))
      .flatMap((f) => importsOf(f).filter((spec) => /^(@slack\/|@microsoft\/|botbuilder)/.test(spec) || resolve(dirname(f), spec).startsWith(join(projectRoot, 'adapters'))).map((spec) => `${rel(f)} → ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('scheduled jobs and services import no command, and commands no scheduler (services/ is what both share)', () => {
    const under = (dir: string) => (f: string) => f.startsWith(join(projectRoot, 'src', dir) + '/');
    const offenders = files
      .flatMap((f) => importsOf(f).filter((s) => s.startsWith('.')).map((s) => [f, resolve(dirname(f), s)] as const))
      .filter(([f, target]) => ((under('schedule')(f) || under('services')(f)) && under('commands')(target)) || (under('commands')(f) && under('schedule')(target)))
      .map(([f, target]) => `${rel(f)} → ${rel(target)}`);
    expect(offenders).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f).filter((s) => s.startsWith('.')).map((s) => resolve(dirname(f), s).replace(/\.js$/, '.ts'))]));
    const cycles: string[] = [];
    const state = new Map<string, 'active' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'active') { cycles.push([...path.slice(path.indexOf(file)), file].map(rel).join(' → ')); return; }
      state.set(file, 'active');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('finds the files it checks (the test itself can fail)', () => {
    expect(files.some((f) => rel(f) === join('src', 'bot.ts'))).toBe(true);
    expect(importsOf(join(projectRoot, 'src', 'main.ts')).some((s) => s.includes('adapters/console'))).toBe(true);
  });
});
