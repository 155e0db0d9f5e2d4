import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages';

type Tree = { [key: string]: string | Tree };
const SUFFIX = /_(zero|one|two|few|many|other)$/;

function flat(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flat(v, `${prefix}${k}.`)))),
  );
}

const files = import.meta.glob<Tree>('../../locales/*/guide.json', { eager: true, import: 'default' });
const read = (lang: string) => flat(files[`../../locales/${lang}/guide.json`] ?? {});
const german = read('de');

describe('guide strings', () => {
  for (const { code, intl } of LANGUAGES) {
    it(`${code}: has every key German has, every plural form its language needs, and no empty text`, () => {
      const strings = read(code);
      const bases = (keys: string[]) => new Set(keys.map((k) => k.replace(SUFFIX, '')));
      expect([...bases(Object.keys(strings))].sort()).toEqual([...bases(Object.keys(german))].sort());
      const plural = new Intl.PluralRules(intl).resolvedOptions().pluralCategories;
      for (const base of new Set(Object.keys(german).filter((k) => SUFFIX.test(k)).map((k) => k.replace(SUFFIX, '')))) {
        for (const category of plural) expect(strings, `${code} ${base}_${category}`).toHaveProperty([`${base}_${category}`]);
      }
      for (const [key, text] of Object.entries(strings)) expect(text.trim(), `${code} ${key}`).not.toBe('');
    });

    it(`${code}: keeps every {{placeholder}} of the German text`, () => {
      const strings = read(code);
      const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((h) => h !== 'count');
      for (const [key, text] of Object.entries(german)) {
        const base = key.replace(SUFFIX, '');
        const theirs = Object.entries(strings).filter(([k]) => k.replace(SUFFIX, '') === base);
        for (const [k, t] of theirs) expect(new Set(holes(t)), `${code} ${k}`).toEqual(new Set(holes(text)));
      }
    });
  }
});
