import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const read = (lang: string) => flatten(JSON.parse(readFileSync(`locales/${lang}/detail.json`, 'utf8')) as Tree);
const german = read('de');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each(LANGUAGES.map((l) => l.code))('detail texts in %s', (code) => {
  const texts = read(code);
  it('has exactly the keys German has, none empty, with the same placeholders', () => {
    expect([...texts.keys()].sort()).toEqual([...german.keys()].sort());
    for (const [key, text] of texts) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(german.get(key) ?? ''));
    }
  });
});
