import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages';

type Tree = { [key: string]: string | Tree };
const read = (lang: string): Tree => JSON.parse(readFileSync(`locales/${lang}/finder.json`, 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const german = flatten(read('de'));
const singular = [...german.keys()].filter((k) => !PLURAL.test(k));
const plurals = [...new Set([...german.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))];
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each(LANGUAGES.map((l) => [l.code, l.intl] as const))('finder texts in %s', (code, intl) => {
  const texts = flatten(read(code));

  it('has every key German has, with the same placeholders', () => {
    for (const key of singular) {
      expect(texts.get(key), key).toBeTypeOf('string');
      expect(placeholders(texts.get(key) ?? ''), key).toEqual(placeholders(german.get(key) ?? ''));
    }
  });

  it('has each plural form the language uses', () => {
    const forms = new Intl.PluralRules(intl).resolvedOptions().pluralCategories;
    for (const key of plurals) for (const form of forms) expect(texts.get(`${key}_${form}`), `${key}_${form}`).toBeTruthy();
  });

  it('has no empty text and no key German lacks', () => {
    for (const [key, text] of texts) {
      expect(text.trim(), key).not.toBe('');
      if (!PLURAL.test(key)) expect(german.has(key), key).toBe(true);
    }
  });
});
