import type { Lang } from '../directory/types';
import { currentLang } from './index';
import { languageInfo } from './languages';

// Its own module: only lazy screens join lists, so the first screen does not carry it.

/**
 * How a language joins a list, each as the text between two items (CLDR's "{0} und {1}" is
 * " und "): two items alone, and in a longer list the items before the last two (CLDR's start
 * and middle, alike in these four languages) and the last two.
 */
interface ListPatterns {
  readonly two: string;
  readonly between: string;
  readonly last: string;
}

/** `two` is the last two's join unless given. */
const joins = (between: string, last: string, two = last): ListPatterns => ({ two, between, last });

/**
 * CLDR's list patterns for the app's languages (Intl.ListFormat with { type: 'conjunction', style:
 * 'long' } and { type: 'unit', style: 'short' } in Node 20's ICU 78; list.test.ts compares every
 * length from 1 to 6 with Intl). A page's first Intl.ListFormat, DateTimeFormat or DisplayNames
 * loads the engine's locale data, a task of 120–240 ms at 4× CPU (traced) on every start that
 * opens the list, whose rows join the towns an office serves; a table costs nothing, and is the
 * same on every phone, where an old WebView's own data may differ. Dari writes a right-to-left
 * mark after the comma between items.
 */
const PATTERNS: Readonly<Record<Lang, Readonly<Record<'conjunction' | 'unit', ListPatterns>>>> = {
  de: { conjunction: joins(', ', ' und '), unit: joins(', ', ' und ', ', ') },
  uk: { conjunction: joins(', ', ' і '), unit: joins(', ', ' і ') },
  ar: { conjunction: joins(' و', ' و'), unit: joins('، و', '، و', ' و') },
  'fa-AF': { conjunction: joins('،\u200f ', '، و ', ' و '), unit: joins('،\u200f ', '، و ', '،\u200f ') },
};

/**
 * Names joined as the language joins a list ("Sontra, Wehretal und Ringgau", in Arabic with «و»
 * and «،»). In a right-to-left language each name is isolated left to right, so German names
 * with hyphens or digits keep their order inside the sentence.
 */
export function formatList(items: readonly string[], lang: Lang = currentLang(), type: 'conjunction' | 'unit' = 'conjunction'): string {
  const rtl = languageInfo(lang)?.dir === 'rtl';
  const shown = rtl ? items.map((item) => `\u2068${item}\u2069`) : items;
  const p = PATTERNS[lang][type];
  const n = shown.length;
  if (n < 2) return shown[0] ?? '';
  if (n === 2) return `${shown[0]}${p.two}${shown[1]}`;
  return `${shown.slice(0, -1).join(p.between)}${p.last}${shown[n - 1]}`;
}
