import { render } from 'preact';
import './app/app.css';
import { App } from './app/App';
import { loadDirectory, loadFavourites } from './app/data';
import { app, notify } from './app/state';
import { initI18n } from './i18n';
import { languageInfo, matchLanguage } from './i18n/languages';
import { openAppStorage } from './storage';
import { readPrefs, writePrefs } from './storage/prefs';
import type { Lang } from './directory/types';

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
  const storagePromise = openAppStorage({
    onOutdated: () => notify({ id: 'outdated', key: 'storage.outdated', tone: 'warning' }),
  });
  const i18nPromise = initI18n(lang ?? guessLanguage());
  const storage = await storagePromise;
  app.set({ storage, storageProblem: storage.problem, home: prefs.home });
  const [directory] = await Promise.all([loadDirectory(storage), i18nPromise, loadFavourites(storage)]);
  app.set({ lang, directory, dataFailed: !directory });

  const root = document.getElementById('app');
  if (root) {
    root.textContent = '';
    render(<App />, root);
  }
  // Everything below is not needed for the first screen: it waits until the page is drawn.
  const later = () => void import('./app/after-start').then((m) => m.afterStart());
  if ('requestIdleCallback' in window) requestIdleCallback(later, { timeout: 2000 });
  else setTimeout(later, 200);
}

void start();
