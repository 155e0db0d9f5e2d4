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
  return new Intl.ListFormat(intlLocale(lang), { type, style: type === 'unit' ? 'short' : 'long' }).format(shown);
}
