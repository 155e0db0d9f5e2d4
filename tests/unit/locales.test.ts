import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/directory/types';
import { LANGUAGES } from '../../src/i18n/languages';

// The one locale-completeness test: every namespace (whatever files locales/de holds), every language.
const ROOT = 'locales';
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

/** i18next plural suffixes; a key's base is what German defines, the forms differ per language. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const holes = (s: string) => [...new Set([...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] ?? ''))].sort();

function load(lang: string, ns: string): Record<string, string> {
  return flatten(JSON.parse(readFileSync(join(ROOT, lang, `${ns}.json`), 'utf8')) as Tree);
}

const namespaces = readdirSync(join(ROOT, 'de')).map((f) => f.replace(/\.json$/, ''));

describe('locales', () => {
  it('has a folder for every language in the language table, and nothing else', () => {
    // Besides the language folders, locales/ holds only the terminology file.
    const folders = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.sort()).toEqual([...LANGS].sort());
    expect(readdirSync(ROOT).filter((f) => !folders.includes(f))).toEqual(['terminology.yaml']);
    expect(LANGUAGES.map((l) => l.code).sort()).toEqual([...LANGS].sort());
  });

  it('covers the namespaces the app loads, including the newer ones', () => {
    // A floor, not the full list: a new namespace is picked up by the loop below without editing this.
    for (const ns of ['common', 'detail', 'finder', 'guide', 'info', 'map', 'notices']) expect(namespaces).toContain(ns);
  });

  for (const ns of namespaces) {
    for (const { code: lang, intl } of LANGUAGES) {
      it(`${lang}/${ns}.json has every key German has, with the plural forms its language needs`, () => {
        const de = load('de', ns);
        const other = load(lang, ns);
        const germanBases = new Set(Object.keys(de).map(base));
        const missing = [...germanBases].filter((k) => !(k in other) && !Object.keys(other).some((o) => base(o) === k && o !== k));
        expect(missing, `missing in ${lang}/${ns}.json`).toEqual([]);
        const extra = Object.keys(other).filter((k) => !germanBases.has(base(k)));
        expect(extra, `keys German lacks in ${lang}/${ns}.json`).toEqual([]);
        // Every plural category Intl knows for the language must be there (Ukrainian: one/few/many/other).
        const categories = new Intl.PluralRules(intl).resolvedOptions().pluralCategories;
        for (const key of Object.keys(de).filter((k) => k.endsWith('_other'))) {
          for (const cat of categories) {
            expect(other, `${lang}/${ns}.json lacks ${base(key)}_${cat}`).toHaveProperty([`${base(key)}_${cat}`]);
          }
        }
        const empty = Object.entries(other).filter(([, v]) => !v.trim()).map(([k]) => k);
        expect(empty, `empty texts in ${lang}/${ns}.json`).toEqual([]);
      });

      it(`${lang}/${ns}.json has the {{placeholders}} of German, no fewer and no more`, () => {
        const de = load('de', ns);
        const other = load(lang, ns);
        for (const [key, text] of Object.entries(other)) {
          const german = de[key] ?? de[`${base(key)}_other`];
          if (german === undefined) continue; // a key German lacks fails the test above
          // A plural form may spell the number out ("مدخلان"), so count is optional there.
          const optional = (h: string) => PLURAL.test(key) && h === 'count';
          expect(holes(text).filter((h) => !optional(h)), `${lang}/${ns}.json ${key}`).toEqual(holes(german).filter((h) => !optional(h)));
        }
      });
    }
  }
});
