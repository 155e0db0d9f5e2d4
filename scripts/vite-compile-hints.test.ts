import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, LAZY_CHUNKS, wantsHint, withHint } from './vite-compile-hints';

describe('compile hints', () => {
  it('are the first line of a hinted file, once', () => {
    const code = 'const __vite__mapDeps=(i)=>i;\nexport{a}';
    expect(withHint(code).split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(withHint(code).endsWith(code)).toBe(true);
    expect(withHint(withHint(code))).toBe(withHint(code));
    expect(COMPILE_HINT).toMatch(/^\/\/# allFunctionsCalledOnLoad$/);
  });

  it('go to chunks with code, not to chunks of texts only', () => {
    expect(wantsHint({ name: 'index', moduleIds: ['/app/src/main.tsx', '/app/src/app/App.tsx'] })).toBe(true);
    expect(wantsHint({ name: 'common', moduleIds: ['/app/locales/uk/common.json'] })).toBe(false);
    expect(wantsHint({ name: 'finder', moduleIds: ['/app/locales/ar/finder.json?import'] })).toBe(false);
    // A chunk of texts and code has functions to compile.
    expect(wantsHint({ name: 'map', moduleIds: ['/app/locales/de/map.json', '/app/src/map/tiles.ts'] })).toBe(true);
  });

  it('leave the large, rarely loaded chunks lazy', () => {
    for (const name of LAZY_CHUNKS) expect(wantsHint({ name, moduleIds: [`/app/src/${name}.ts`] })).toBe(false);
    expect(LAZY_CHUNKS).toContain('leaflet');
  });
});
