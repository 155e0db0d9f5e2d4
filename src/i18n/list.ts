import type { Lang } from '../directory/types';
import { currentLang, intlLocale } from './index';
import { languageInfo } from './languages';

// Its own module: only lazy screens join lists, so the first screen does not carry it.

/**
 * Names joined as the language joins a list ("Sontra, Wehretal und Ringgau", in Arabic with «و»
 * and «،»). In a right-to-left language each name is isolated left to right, so German names
 * with hyphens or digits keep their order inside the sentence.
 */
export function formatList(items: readonly string[], lang: Lang = currentLang(), type: 'conjunction' | 'unit' = 'conjunction'): string {
  const rtl = languageInfo(lang)?.dir === 'rtl';
  const shown = rtl ? items.map((item) => `\u2068${item}\u2069`) : items;
  const locale = intlLocale(lang);
  const key = `${locale}|${type}`;
  // Made once per language and type: a new ListFormat for every row cost more than the row.
  let format = formats.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type, style: type === 'unit' ? 'short' : 'long' });
    formats.set(key, format);
  }
  return format.format(shown);
}

const formats = new Map<string, Intl.ListFormat>();
