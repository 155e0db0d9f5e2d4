import { describe, expect, it } from 'vitest';
import { preloadHtml, preloadOnly, preloadTags, type BundleFile } from './vite-preload';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []) =>
  ({ type: 'chunk', fileName, facadeModuleId, imports }) satisfies BundleFile;

describe('preload tags', () => {
  const entry = chunk('assets/index-A1.js', '/app/src/main.tsx', ['assets/vendor-B2.js']);
  const bundle = {
    a: entry,
    b: chunk('assets/vendor-B2.js', null),
    c: chunk('assets/common-C3.js', '/app/locales/uk/common.json'),
    d: chunk('assets/common-D4.js', '/app/locales/fa-AF/common.json'),
    e: chunk('assets/finder-E5.js', '/app/locales/uk/finder.json'),
    f: { type: 'asset' as const, fileName: 'assets/index-F6.css' },
  } satisfies Record<string, BundleFile>;

  it('names the entry’s static imports and each language’s common texts, no other namespace', () => {
    expect(preloadTags(bundle, entry)).toEqual({
      imports: ['assets/vendor-B2.js'],
      texts: { uk: 'assets/common-C3.js', 'fa-AF': 'assets/common-D4.js' },
    });
  });

  it('writes a modulepreload link per import and the text map the boot script reads', () => {
    const html = preloadHtml(preloadTags(bundle, entry));
    expect(html).toContain('<link rel="modulepreload" crossorigin href="./assets/vendor-B2.js">');
    expect(html).toContain('<meta name="wegweiser-texts" content="uk=./assets/common-C3.js fa-AF=./assets/common-D4.js" />');
    // The boot script's own lookup finds the right file for a language whose code has a dash.
    const content = /content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(new RegExp('(?:^| )fa-AF=(\\S+)').exec(content)?.[1]).toBe('./assets/common-D4.js');
  });
});

describe('preload lists of lazy chunks', () => {
  const only = preloadOnly(['start-data']);
  const deps = ['assets/data-A1.js', 'assets/summary-B2.js'];

  it('keeps the list of a named chunk, however vite writes its path', () => {
    expect(only('assets/start-data-C3.js', deps)).toEqual(deps);
    expect(only('start-data-C3.js', deps)).toEqual(deps);
  });

  it('drops the lists of all other chunks, also of names that only contain the stem', () => {
    expect(only('assets/ListScreen-D4.js', deps)).toEqual([]);
    expect(only('assets/restart-data-E5.js', deps)).toEqual([]);
    expect(only('assets/start-data.css', deps)).toEqual([]);
  });
});
