import i18next from 'i18next';
import type { Lang } from '../directory/types';
import { languageInfo } from './languages';

type Bundle = { default: Record<string, unknown> };

// Every namespace file of every language becomes its own small chunk, fetched only for the
// language in use (and German, the fallback). All of them are precached for offline use.
const loaders = import.meta.glob<Bundle>('../../locales/*/*.json');

/** Namespaces that exist, from the file names (common.json → "common"). */
export const NAMESPACES: readonly string[] = [
  ...new Set(Object.keys(loaders).map((p) => p.slice(p.lastIndexOf('/') + 1, -'.json'.length))),
];

// The namespaces in use. The first screen needs only "common"; a screen's own texts arrive with
// its code (lazyScreen), so the start loads two small files instead of one per feature.
const wanted = new Set<string>(['common']);

// Texts without options, once looked up, until the language or the loaded texts change (the
// store of each start tells when texts are added, wherever from). A start renders the same
// screen several times (the shell, the data, the header after the first paint): sampled cold
// starts at 4× CPU spent 65–188 ms in i18next's translate, called 143 times (34–36 with this).
const plain = new Map<string, string>();
i18next.on('languageChanged', () => plain.clear());

async function loadLanguage(lang: Lang): Promise<void> {
  const prefix = `../../locales/${lang}/`;
  await Promise.all(
    Object.entries(loaders)
      .filter(([path]) => path.startsWith(prefix) && wanted.has(path.slice(prefix.length, -'.json'.length)))
      .map(async ([path, load]) => {
        const ns = path.slice(prefix.length, -'.json'.length);
        if (i18next.hasResourceBundle(lang, ns)) return;
        i18next.addResourceBundle(lang, ns, (await load()).default, true, true);
      }),
  );
}

/** Sets `<html lang dir>` so the browser lays out the page, fonts and bidi text for the language. */
export function applyDirection(lang: Lang): void {
  const info = languageInfo(lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = info?.dir ?? 'ltr';
}

// initI18n's run: a language chosen on the language picker waits for it (changeLanguage).
let started: Promise<void> = Promise.resolve();

/** Starts i18next in the given language, with German as fallback. */
export function initI18n(lang: Lang): Promise<void> {
  started = start(lang);
  return started;
}

async function start(lang: Lang): Promise<void> {
  await i18next.init({
    lng: lang,
    fallbackLng: 'de',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    partialBundledLanguages: true,
    resources: {},
    // Preact escapes every text it renders; escaping here as well would show "&amp;".
    interpolation: { escapeValue: false },
    returnNull: false,
    // No console messages from the library on people's phones.
    showSupportNotice: false,
  });
  // init makes a new store, empty: nothing looked up before holds.
  plain.clear();
  i18next.store.on('added', () => plain.clear());
  i18next.store.on('removed', () => plain.clear());
  // Only the language in use: every language has every key (tests/unit/locales.test.ts), so the
  // first screen needs no German fallback; main.tsx loads it once that screen is shown.
  await loadLanguage(lang);
  await i18next.changeLanguage(lang);
  applyDirection(lang);
}

/** Loads the German fallback of the texts in use, unless German is in use; a failure changes nothing. */
export async function loadFallbackTexts(): Promise<void> {
  await started;
  if (currentLang() !== 'de') await loadLanguage('de').catch(() => undefined);
}

/**
 * Marks every namespace as wanted, so initI18n loads them all. For unit tests that render a
 * screen directly, without the lazy loader that brings its texts.
 */
export function wantAllNamespaces(): void {
  NAMESPACES.forEach((ns) => wanted.add(ns));
}

/** Loads namespaces (e.g. a screen's own) for the current language and the German fallback. */
export async function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  namespaces.forEach((ns) => wanted.add(ns));
  const lang = currentLang();
  await Promise.all([loadLanguage(lang), lang === 'de' ? undefined : loadLanguage('de')]);
}

/** Switches the language at run time. */
export async function changeLanguage(lang: Lang): Promise<void> {
  await started;
  await loadLanguage(lang);
  await i18next.changeLanguage(lang);
  applyDirection(lang);
  void loadFallbackTexts();
}

/** The translate function of the current language. */
export function t(key: string | readonly string[], options?: Record<string, unknown>): string {
  if (options !== undefined || typeof key !== 'string') return i18next.t(key as string, options as never) as unknown as string;
  let text = plain.get(key);
  if (text === undefined) {
    text = i18next.t(key) as unknown as string;
    plain.set(key, text);
  }
  return text;
}

/** Language currently in use. */
export function currentLang(): Lang {
  return (languageInfo(i18next.language)?.code ?? 'de') as Lang;
}

/** BCP 47 tag of the current language for Intl formatters. */
export function intlLocale(lang: Lang = currentLang()): string {
  return languageInfo(lang)?.intl ?? 'de-DE';
}
