import { render } from 'preact';
import './app/app.css';
import { afterShown } from './app/after-paint';
import { App, LanguagePicker } from './app/App';
import { app } from './app/state';
import { applyDirection, initI18n, loadFallbackTexts } from './i18n';
import { languageInfo, matchLanguage } from './i18n/languages';
import { within } from './lib/within';
import { deferredStorage } from './storage/deferred';
import { readPrefs, writePrefs } from './storage/prefs';
import { showIcons } from './ui/icons';
import type { Lang } from './directory/types';

/** How much longer than its texts a returning start's first screen waits for the stored summary. */
const SUMMARY_WAIT_MS = 250;

/** ?lang=ar in a shared link wins over the saved choice; nothing saved means: ask (the picker). */
function startLanguage(): { lang: Lang | undefined; fromUrl: boolean } {
  const fromUrl = languageInfo(new URLSearchParams(location.search).get('lang'))?.code;
  if (fromUrl) return { lang: fromUrl, fromUrl: true };
  return { lang: readPrefs().lang, fromUrl: false };
}

function guessLanguage(): Lang {
  for (const tag of navigator.languages ?? []) {
    const lang = matchLanguage(tag);
    if (lang) return lang;
  }
  return 'de';
}

/** Keeps the online/offline state current (offline banner, map); from the start, so no change is missed. */
function watchConnection(): void {
  const update = () => app.set({ online: navigator.onLine });
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}

async function start(): Promise<void> {
  watchConnection();
  const prefs = readPrefs();
  const { lang, fromUrl } = startLanguage();
  if (fromUrl && lang) writePrefs({ lang });
  // The device store (IndexedDB code) and the directory come in their own chunk and are not
  // awaited: the first screen draws with the texts alone, the data parts show their loading state.
  // On a first visit they start once the first screen is shown: earlier, their code and the
  // directory file would share a slow line with the first screen's own files. A returning visit
  // reads them from the phone, so they start at once, beside the texts.
  let markShown = () => {};
  const firstShown = new Promise<void>((resolve) => (markShown = resolve));
  const returning = prefs.lang !== undefined;
  const data = (returning ? Promise.resolve() : firstShown).then(() => import('./app/start-data'));
  const opening = data.then((m) => m.openStorage());
  app.set({ storage: deferredStorage(opening), home: prefs.home });
  // What the home draws from (region, tiles, emergency numbers), read once the store is open.
  const summary = returning ? opening.then((s) => s.loadSummary()).catch(() => undefined) : undefined;
  const root = document.getElementById('app');
  if (lang) {
    await initI18n(lang);
    app.set({ lang });
    // A returning start draws its first screen once, with the stored summary, if that comes soon
    // after the texts: drawn without it and again with it, the home took two renders and two
    // layouts, and the store's code waited behind them (offline cold start, 10,000 entries, 4×
    // CPU: drawn complete after 1.15–1.4 s, and after 0.73–0.95 s waiting). Never long: a slow
    // store must not hold back the screen, which then shows its loading state as before.
    const early = summary && (await within(summary, SUMMARY_WAIT_MS));
    if (early) app.set({ summary: early });
  } else {
    // A first visit: the picker names every language in its own script and needs no texts, so it
    // is drawn without them (in the likely language's direction); they load meanwhile, and
    // choosing a language waits for them.
    const likely = guessLanguage();
    applyDirection(likely);
    void initI18n(likely);
    // If its chunk fails, the picker's own loader says so after the render.
    await LanguagePicker.preload().catch(() => undefined);
  }
  if (root) {
    root.textContent = '';
    render(<App />, root);
  }
  // Once the first screen is shown, what it did not need: the header, its icons, the German
  // fallback texts and (on a first visit) the store and the directory.
  void afterShown().then(async () => {
    app.set({ shown: true });
    void loadFallbackTexts();
    markShown();
    // The icons are drawn from a copy of the sprite in the page, made first: pointed at the file,
    // Chromium loads it as a document of its own, and on a start loaded it twice (the home's tiles,
    // drawn again with the data, fetched and parsed it anew: two tasks of 64–72 ms at 4× CPU in
    // traced cold starts). If the copy fails the icons point at the file, as before.
    await import('./ui/sprite').then((m) => m.copySpriteIntoPage()).catch(() => false);
    showIcons();
  });
  try {
    const [{ loadData }, storage] = await Promise.all([data, opening]);
    await loadData(storage, summary);
  } catch {
    // The chunk did not arrive (it is precached, so this is rare): say so instead of loading forever.
    app.set({ dataFailed: true });
    return;
  }
  // Everything below is not needed for the first screen: it waits until the data is there too.
  // Its chunks (and those it loads: the worker's helper, the data check's validator) can fail on
  // a first visit when the line drops right after the first screen (no worker serves them yet):
  // then offline support and the data check run again when the line comes back (or at the next
  // start) instead of failing unseen. Each of its steps may run twice.
  const later = (): void =>
    void import('./app/after-start')
      .then((m) => m.afterStart())
      .catch(() => window.addEventListener('online', later, { once: true }));
  if ('requestIdleCallback' in window) requestIdleCallback(later, { timeout: 2000 });
  else setTimeout(later, 200);
}

void start();
