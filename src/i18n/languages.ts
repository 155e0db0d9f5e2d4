import type { Lang } from '../directory/types';

/** What the app needs to know about one of its languages. */
export interface LanguageInfo {
  readonly code: Lang;
  /** The language's name in its own script, as the picker shows it. */
  readonly name: string;
  /** The same name in German, for the clerk reading over the user's shoulder. */
  readonly germanName: string;
  readonly dir: 'ltr' | 'rtl';
  /** BCP 47 tag for Intl (dates, numbers, plurals). */
  readonly intl: string;
}

/** The language table. Order = order in the picker. A test checks every entry has its locale files. */
export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'de', name: 'Deutsch', germanName: 'Deutsch', dir: 'ltr', intl: 'de-DE' },
  { code: 'uk', name: 'Українська', germanName: 'Ukrainisch', dir: 'ltr', intl: 'uk-UA' },
  { code: 'ar', name: 'العربية', germanName: 'Arabisch', dir: 'rtl', intl: 'ar' },
  { code: 'fa-AF', name: 'دری', germanName: 'Dari', dir: 'rtl', intl: 'fa-AF' },
];

/** Looks up a language; undefined for anything the app does not speak. */
export function languageInfo(code: string | null | undefined): LanguageInfo | undefined {
  return LANGUAGES.find((l) => l.code === code);
}

/** Maps a browser language tag (navigator.languages) to an app language, if any fits. */
export function matchLanguage(tag: string): Lang | undefined {
  const lower = tag.toLowerCase();
  if (lower.startsWith('prs') || lower === 'fa-af') return 'fa-AF';
  // Persian of Iran is close enough that Dari is the best we can offer.
  if (lower.startsWith('fa')) return 'fa-AF';
  const base = lower.split('-')[0];
  return LANGUAGES.find((l) => l.code === base)?.code;
}
