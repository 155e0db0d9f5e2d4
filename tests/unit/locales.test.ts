import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/directory/types';
import { LANGUAGES } from '../../src/i18n/languages';

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

  for (const ns of namespaces) {
    for (const lang of LANGS) {
      it(`${lang}/${ns}.json has every key German has, with the plural forms its language needs`, () => {
        const de = load('de', ns);
        const other = load(lang, ns);
        const missing = [...new Set(Object.keys(de).map(base))].filter((k) => !(k in other) && !Object.keys(other).some((o) => base(o) === k && o !== k));
        expect(missing, `missing in ${lang}/${ns}.json`).toEqual([]);
        // Every plural category Intl knows for the language must be there (Ukrainian: one/few/many/other).
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const key of Object.keys(de).filter((k) => k.endsWith('_other'))) {
          for (const cat of categories) {
            expect(other, `${lang}/${ns}.json lacks ${base(key)}_${cat}`).toHaveProperty([`${base(key)}_${cat}`]);
          }
        }
        const empty = Object.entries(other).filter(([, v]) => !v.trim()).map(([k]) => k);
        expect(empty, `empty texts in ${lang}/${ns}.json`).toEqual([]);
      });

      it(`${lang}/${ns}.json keeps the {{placeholders}} of German`, () => {
        const de = load('de', ns);
        const other = load(lang, ns);
        const holes = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
        for (const [key, text] of Object.entries(other)) {
          const german = de[key] ?? de[`${base(key)}_other`];
          if (german === undefined) continue;
          // A plural form may spell the number out ("مدخلان"), so count is optional there.
          const expected = holes(german).filter((h) => !(PLURAL.test(key) && h === 'count'));
          for (const h of expected) expect(holes(text), `${lang}/${ns}.json ${key}`).toContain(h);
        }
      });
    }
  }
});
