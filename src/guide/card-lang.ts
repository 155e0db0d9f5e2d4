import type { Lang } from '../directory/types';
import { LANGUAGES } from '../i18n/languages';

/** Every app language can stand on the card; German alone shows only the German side. */
export const CARD_LANGS: readonly Lang[] = LANGUAGES.map((l) => l.code);

/**
 * The card's language from the URL (?in=fa-AF), independent of the app's language: a Lotse with
 * a German app shows the card in Dari. Anything else gives `fallback` (the app language).
 */
export function cardLang(value: string | null, fallback: Lang): Lang {
  return CARD_LANGS.find((l) => l === value) ?? fallback;
}

/** The query of a kept card: always its language, as the app's language may change in between. */
export function keptCardQuery(lang: string, phrases: readonly string[]): URLSearchParams {
  const q = new URLSearchParams({ in: lang });
  if (phrases.length) q.set('p', phrases.join(','));
  return q;
}
