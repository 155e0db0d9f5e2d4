/**
 * Text in a language other than the app's, for one part of a page: the Ukraine page in Ukrainian
 * while the app stays Arabic, or the second column of a side-by-side view.
 */
import i18next from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../directory/types';
import { currentLang } from '../i18n';
import { languageInfo } from '../i18n/languages';

type Bundle = { default: Record<string, unknown> };

// The same files the app's i18n set-up loads, so Vite gives both one chunk per file.
const loaders = import.meta.glob<Bundle>('../../locales/*/guide.json');

/** Loads the guide strings of a language, if the app has not loaded them yet. */
export async function loadGuideStrings(lang: Lang): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'guide')) return;
  const load = loaders[`../../locales/${lang}/guide.json`];
  if (!load) return;
  i18next.addResourceBundle(lang, 'guide', (await load()).default, true, true);
}

/** A translate function for the guide namespace in a fixed language. */
export type GuideT = (key: string, options?: Record<string, unknown>) => string;

/** Translates guide keys in `lang`, whatever the app language is. */
export function guideT(lang: Lang): GuideT {
  return (key, options) => i18next.t(`guide:${key}`, { ...options, lng: lang } as never) as unknown as string;
}

/** A guide translate function for `lang`, re-rendering once that language's strings are loaded. */
export function useGuideT(lang: Lang): GuideT {
  const [, setLoaded] = useState('');
  useEffect(() => {
    let live = true;
    void loadGuideStrings(lang).then(() => live && setLoaded(lang));
    return () => {
      live = false;
    };
  }, [lang]);
  return guideT(lang);
}

/** `lang` and `dir` attributes for an element whose content is in `lang`. */
export function langAttrs(lang: Lang): { lang: Lang; dir: 'ltr' | 'rtl' } {
  return { lang, dir: languageInfo(lang)?.dir ?? 'ltr' };
}

/** The app language, or `fallback` when the app is in German (for a second language beside German). */
export function otherThanGerman(fallback: Lang = 'uk'): Lang {
  const lang = currentLang();
  return lang === 'de' ? fallback : lang;
}

/**
 * Formats an ISO date (or year-month, or year) in `lang`, with Latin digits like the rest of the
 * app, always in the Western calendar: the dates on German letters and sources are in it, and
 * Dari's default (the Solar Hijri year 1402) would not match the date printed on the source.
 */
export function formatDateIn(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : m
      ? { month: 'long', year: 'numeric' }
      : { year: 'numeric' };
  const tag = languageInfo(lang)?.intl ?? 'de-DE';
  return new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC', numberingSystem: 'latn', calendar: 'gregory' }).format(date);
}
