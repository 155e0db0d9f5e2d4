/**
 * Text in a language other than the app's, for one part of a page: the Ukraine page in Ukrainian
 * while the app stays Arabic, or the second column of a side-by-side view.
 */
import i18next from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../directory/types';
import { useLoading } from '../app/ready';
import { currentLang } from '../i18n';
import { languageInfo } from '../i18n/languages';

type Bundle = { default: Record<string, unknown> };

// The same files the app's i18n set-up loads, so Vite gives both one chunk per file.
const loaders = import.meta.glob<Bundle>('../../locales/*/guide.json');

// One load per language while it is under way: the render that needs the strings and its effect
// both ask, and each would otherwise add the same bundle once it arrived.
const loading = new Map<Lang, Promise<void>>();

/** Loads the guide strings of a language, if the app has not loaded them yet. */
export function loadGuideStrings(lang: Lang): Promise<void> {
  const load = loaders[`../../locales/${lang}/guide.json`];
  if (!load || i18next.hasResourceBundle(lang, 'guide')) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = load()
      .then((bundle) => void i18next.addResourceBundle(lang, 'guide', bundle.default, true, true))
      // Forgotten once settled: loaded, the bundle is there; failed, the next call tries again.
      .finally(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
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
  const missing = !!loaders[`../../locales/${lang}/guide.json`] && !i18next.hasResourceBundle(lang, 'guide');
  useLoading(missing);
  // Asked for in the render, not in the effect after the next frame (as lazyScreen does).
  if (missing) void loadGuideStrings(lang);
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
