import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstScreenByLanguage, inlineCode, localeChunks, storeCode } from './size-count.mjs';

// A small build in the shape vite emits it (the glob map line is copied from a real dist/).
const glob = (lang: string, ns: string, file: string) =>
  `"../../locales/${lang}/${ns}.json":()=>h(()=>import(\`./${file}\`),[],import.meta.url)`;
const FILES: Record<string, string> = {
  'index.html':
    '<script src="boot.js"></script><script type="module" crossorigin src="./assets/index-A1.js"></script>' +
    '<link rel="modulepreload" crossorigin href="./assets/vendor-B2.js"><link rel="stylesheet" crossorigin href="./assets/index-C3.css">',
  'boot.js': 'document.documentElement.lang="de";',
  'assets/index-A1.js':
    `import{a as h}from"./vendor-B2.js";const l={${[
      glob('ar', 'common', 'common-ar.js'),
      glob('de', 'common', 'common-de.js'),
      glob('de', 'finder', 'finder-de.js'),
      glob('fa-AF', 'common', 'common-fa.js'),
      glob('uk', 'common', 'common-uk.js'),
    ].join(',')}};const s=()=>import("./ListScreen-D4.js");`,
  'assets/vendor-B2.js': 'export const a=1;'.repeat(40),
  'assets/index-C3.css': 'body{margin:0}',
  'assets/common-ar.js': 'export default {"home":"الدليل"}',
  'assets/common-de.js': 'export default {"home":"Wegweiser"}',
  'assets/common-fa.js': 'import"./shared-E5.js";export default {"home":"رهنما"}',
  'assets/common-uk.js': 'export default {"home":"Вказівник Вказівник Вказівник"}',
  'assets/shared-E5.js': 'export const x=2;',
  'assets/finder-de.js': 'export default {"big":"never on the first screen"}',
  'assets/ListScreen-D4.js': 'export default function List(){}',
  'assets/start-data-H8.js': 'import{a}from"./vendor-B2.js";import{d}from"./data-I9.js";export function openStorage(){}',
  'assets/data-I9.js': 'import{b}from"./index-A1.js";export const d=3;'.repeat(5),
  'assets/LanguagePicker-F6.js': 'import{b}from"./index-A1.js";import{a}from"./vendor-B2.js";export default function P(){}',
  'assets/LanguagePicker-G7.css': '.picker{display:grid}',
};
const ALL = Object.keys(FILES).filter((f) => f.startsWith('assets/'));
const read = (file: string) => {
  const text = FILES[file];
  if (text === undefined) throw new Error(`not in the build: ${file}`);
  return text;
};
const gz = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(read(f), { level: 6 }).length, 0);
const SHELL = ['boot.js', 'assets/index-A1.js', 'assets/vendor-B2.js', 'assets/index-C3.css'];

describe('first screen size', () => {
  it('counts a script written into index.html, in every case', () => {
    const boot = 'document.documentElement.dir="rtl";'.repeat(5);
    const html = read('index.html').replace('<script src="boot.js"></script>', `<script>${boot}</script>`);
    expect(inlineCode(html, 'script')).toEqual([boot]);
    for (const screen of firstScreenByLanguage(html, read, ALL)) {
      expect(screen.files.map((f) => f.file)).toContain('index.html, inline script 1');
      expect(screen.files.map((f) => f.file)).not.toContain('boot.js');
      expect(screen.files.find((f) => f.file === 'index.html, inline script 1')?.bytes).toBe(gzipSync(boot, { level: 6 }).length);
    }
  });

  it('counts a style sheet written into index.html, in every case', () => {
    const css = 'html{color:#111;background:#fff}'.repeat(5);
    const html = read('index.html').replace('<link rel="stylesheet" crossorigin href="./assets/index-C3.css">', `<style>${css}</style>`);
    expect(inlineCode(html, 'style')).toEqual([css]);
    for (const screen of firstScreenByLanguage(html, read, ALL)) {
      expect(screen.files.map((f) => f.file)).not.toContain('assets/index-C3.css');
      expect(screen.files.find((f) => f.file === 'index.html, inline style sheet 1')?.bytes).toBe(gzipSync(css, { level: 6 }).length);
    }
  });

  it('finds each language’s locale chunk in the built glob map', () => {
    const found = localeChunks(['assets/index-A1.js'], read);
    expect(found.get('uk/common')).toBe('assets/common-uk.js');
    expect(found.get('fa-AF/common')).toBe('assets/common-fa.js');
    expect(found.get('de/finder')).toBe('assets/finder-de.js');
    expect(found.size).toBe(5);
  });

  it('counts the shell plus the awaited common chunk (and its imports) per language, nothing lazy', () => {
    const byLang = Object.fromEntries(firstScreenByLanguage(read('index.html'), read, ALL).map((l) => [l.lang, l]));
    expect(byLang.uk!.files.map((f) => f.file).sort()).toEqual([...SHELL, 'assets/common-uk.js'].sort());
    expect(byLang['fa-AF']!.files.map((f) => f.file).sort()).toEqual([...SHELL, 'assets/common-fa.js', 'assets/shared-E5.js'].sort());
    expect(byLang.de!.total).toBe(gz([...SHELL, 'assets/common-de.js']));
    expect(byLang.ar!.total).toBe(gz([...SHELL, 'assets/common-ar.js']));
    expect(Object.values(byLang).every((l) => l.missing.length === 0)).toBe(true);
  });

  it('counts a first visit as the shell plus the language picker’s chunk and CSS, without texts', () => {
    const picker = firstScreenByLanguage(read('index.html'), read, ALL).find((l) => l.lang === 'picker');
    expect(picker?.files.map((f) => f.file).sort()).toEqual([...SHELL, 'assets/LanguagePicker-F6.js', 'assets/LanguagePicker-G7.css'].sort());
    expect(picker?.total).toBe(gz([...SHELL, 'assets/LanguagePicker-F6.js', 'assets/LanguagePicker-G7.css']));
    expect(picker?.missing).toEqual([]);
    const withoutPicker = firstScreenByLanguage(read('index.html'), read, ALL.filter((f) => !f.includes('LanguagePicker')));
    expect(withoutPicker.find((l) => l.lang === 'picker')?.missing).toEqual(['the LanguagePicker chunk']);
  });

  it('reports an awaited locale chunk that the build does not name', () => {
    const noArabic = (file: string) => (file === 'assets/index-A1.js' ? read(file).replace('locales/ar/common', 'locales/ar/other') : read(file));
    const ar = firstScreenByLanguage(read('index.html'), noArabic, ALL).find((l) => l.lang === 'ar');
    expect(ar?.missing).toEqual(['locales/ar/common.json']);
  });

  it('counts the store’s code a returning home waits for apart: its chunk and imports, less the first screen’s', () => {
    const store = storeCode(read('index.html'), read, ALL);
    expect(store.files.map((f) => f.file).sort()).toEqual(['assets/data-I9.js', 'assets/start-data-H8.js']);
    expect(store.total).toBe(gz(['assets/start-data-H8.js', 'assets/data-I9.js']));
    expect(store.missing).toEqual([]);
    expect(storeCode(read('index.html'), read, ALL.filter((f) => !f.includes('start-data'))).missing).toEqual(['the start-data chunk']);
  });
});
