// What the first screen loads, read from a production build (used by scripts/size.mjs, tested in
// scripts/size-count.test.ts). Pure functions over file texts, so a test can hand in its own build.
import { gzipSync } from 'node:zlib';

/** Gzip level of every figure: 6, what web servers use by default (9 would flatter by ~1 %). */
export const GZIP_LEVEL = 6;

/** The four UI languages; each awaits its own texts before the first screen (src/i18n/index.ts). */
export const LANGS = ['de', 'uk', 'ar', 'fa-AF'];

/**
 * Namespaces initI18n awaits before main.tsx renders. Only the UI language's own file is awaited:
 * the German fallback loads after the first paint (every language has every key).
 */
export const START_NAMESPACES = ['common'];

/** Gzipped size of a text or buffer at GZIP_LEVEL. */
export const gzipSize = (content) => gzipSync(content, { level: GZIP_LEVEL }).length;

const dirOf = (file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '');

/** Scripts and style sheets index.html loads (src= and href=, module preloads included). */
export function htmlRefs(html) {
  return [...new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]))];
}

/** Elements whose code index.html holds itself: the boot script and the first screen's style sheet. */
const INLINE = { script: 'inline script', style: 'inline style sheet' };

/** The code of index.html's inline scripts or style sheets (`tag`: "script" or "style"), non-empty ones. */
export function inlineCode(html, tag) {
  const element = new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)<\\/${tag}>`, 'g');
  return [...html.matchAll(element)].map((m) => m[1]).filter((code) => code.trim() !== '');
}

/** Chunks a built JS file imports statically (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImports(file, code) {
  return [...code.matchAll(/(?:from|import)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) => dirOf(file) + m[1].slice(2));
}

/** The files plus every chunk they import statically, transitively. */
export function withStaticImports(files, read) {
  const out = [...new Set(files)];
  for (let i = 0; i < out.length; i++) {
    if (!out[i].endsWith('.js')) continue;
    for (const dep of staticImports(out[i], read(out[i]))) if (!out.includes(dep)) out.push(dep);
  }
  return out;
}

/**
 * The locale chunks named in the built import.meta.glob map of src/i18n
 * (`"../../locales/uk/common.json":()=>…import("./common-Ab12.js")`): "uk/common" → file.
 */
export function localeChunks(files, read) {
  const found = new Map();
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const pattern = /["'`][^"'`]*locales\/([\w-]+)\/([\w-]+)\.json["'`]\s*:\s*\(\)\s*=>[^,]*?import\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;
    for (const m of read(file).matchAll(pattern)) found.set(`${m[1]}/${m[2]}`, dirOf(file) + m[3].slice(2));
  }
  return found;
}

/** The language picker's chunk and style sheet (a first visit draws the picker instead of the home). */
export const PICKER = /^assets\/LanguagePicker-[\w-]+\.(?:js|css)$/;

/**
 * Every file loaded before the first screen is drawn, per case: a returning visit in each language
 * (index.html's scripts, inline ones included, and CSS, their static imports, and the locale chunks that language awaits,
 * with their static imports), and a first visit, which awaits no texts but the picker's chunk and
 * CSS (main.tsx preloads them). `files` lists the build's files (for the picker). `missing` lists
 * awaited files that the build does not have.
 */
export function firstScreenByLanguage(html, read, files) {
  const base = withStaticImports(htmlRefs(html), read);
  const locales = localeChunks(base, read);
  const inline = Object.entries(INLINE).flatMap(([tag, label]) =>
    inlineCode(html, tag).map((code, i) => ({ file: `index.html, ${label} ${i + 1}`, bytes: gzipSize(code) })),
  );
  const measure = (lang, extra, missing) => {
    const all = withStaticImports([...base, ...extra], read);
    const sizes = [...inline, ...all.map((file) => ({ file, bytes: gzipSize(read(file)) }))];
    return { lang, files: sizes, total: sizes.reduce((sum, s) => sum + s.bytes, 0), missing };
  };
  const picker = files.filter((f) => PICKER.test(f));
  return [
    ...LANGS.map((lang) => {
      const wanted = START_NAMESPACES.map((ns) => `${lang}/${ns}`);
      return measure(lang, wanted.filter((key) => locales.has(key)).map((key) => locales.get(key)), wanted.filter((key) => !locales.has(key)).map((key) => `locales/${key}.json`));
    }),
    measure('picker', picker, picker.some((f) => f.endsWith('.js')) ? [] : ['the LanguagePicker chunk']),
  ];
}

/** The device store's chunk: a returning start's first screen waits for it and the stored summary, at most SUMMARY_WAIT_MS after its texts (main.tsx). */
export const STORE = /^assets\/start-data-[\w-]+\.js$/;

/**
 * What a returning start loads, from the phone, for the summary its home is drawn with: the
 * store's chunk and its static imports, less what the first screen loads anyway. Not part of the
 * first screen's budget: the screen is drawn without it when it is late (see main.tsx).
 */
export function storeCode(html, read, files) {
  const base = withStaticImports(htmlRefs(html), read);
  const store = files.filter((f) => STORE.test(f));
  const sizes = withStaticImports(store, read)
    .filter((f) => !base.includes(f))
    .map((file) => ({ file, bytes: gzipSize(read(file)) }));
  return { files: sizes, total: sizes.reduce((sum, s) => sum + s.bytes, 0), missing: store.length ? [] : ['the start-data chunk'] };
}
