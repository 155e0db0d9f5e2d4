import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, firstScreenFiles, LAZY_CHUNKS, wantsHint, withHint, type HintedChunk } from './vite-compile-hints';

const chunk = (name: string, imports: string[] = [], moduleIds = [`/app/src/${name}.ts`], isEntry = false): HintedChunk => ({
  fileName: `assets/${name}-x.js`,
  name,
  isEntry,
  imports: imports.map((n) => `assets/${n}-x.js`),
  moduleIds,
});

// A bundle shaped like the app's: the entry and what it imports statically, the picker and the
// store's code with their imports, screens loaded later, the texts and the large lazy chunks.
const bundle: HintedChunk[] = [
  chunk('index', ['vendor', 'settings'], ['/app/src/main.tsx'], true),
  chunk('vendor'),
  chunk('settings'),
  chunk('LanguagePicker', ['vendor', 'picker-bits']),
  chunk('picker-bits'),
  chunk('start-data', ['vendor', 'data', 'next-task']),
  chunk('data', ['next-task']),
  chunk('next-task'),
  chunk('ListScreen', ['vendor', 'EntryRow', 'data']),
  chunk('EntryRow', ['vendor']),
  chunk('opening-hours', [], ['/app/node_modules/opening_hours/index.js']),
  chunk('common', [], ['/app/locales/uk/common.json']),
  chunk('finder', [], ['/app/locales/ar/finder.json?import']),
  ...LAZY_CHUNKS.map((name) => chunk(name)),
];

describe('compile hints', () => {
  it('are the first line of a hinted file, once', () => {
    const code = 'const __vite__mapDeps=(i)=>i;\nexport{a}';
    expect(withHint(code).split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(withHint(code).endsWith(code)).toBe(true);
    expect(withHint(withHint(code))).toBe(withHint(code));
    expect(COMPILE_HINT).toMatch(/^\/\/# allFunctionsCalledOnLoad$/);
  });

  it('find the first screen’s files: the entry, the picker, the store’s code and all they import', () => {
    expect([...firstScreenFiles(bundle)].sort()).toEqual(
      ['index', 'vendor', 'settings', 'LanguagePicker', 'picker-bits', 'start-data', 'data', 'next-task'].map((n) => `assets/${n}-x.js`).sort(),
    );
  });

  it('go to the code loaded after the first screen, and only there', () => {
    const first = firstScreenFiles(bundle);
    const hinted = bundle.filter((c) => wantsHint(c, first)).map((c) => c.name);
    expect(hinted).toEqual(['ListScreen', 'EntryRow', 'opening-hours']);
  });

  it('go to a chunk of texts and code, which has functions to compile', () => {
    expect(wantsHint(chunk('map', [], ['/app/locales/de/map.json', '/app/src/map/tiles.ts']), new Set())).toBe(true);
  });
});
