import type { Lang } from '../directory/types';
import { changeLanguage } from '../i18n';
import { writePrefs, type Prefs } from '../storage/prefs';
import { app } from './state';

/** Switches the app language and saves the choice for the next start. */
export async function chooseLanguage(lang: Lang): Promise<void> {
  await changeLanguage(lang);
  writePrefs({ lang });
  app.set({ lang });
  void app.get().storage.setSetting('lang', lang).catch(() => undefined);
}

/** Applies text size and contrast to the page and saves them. */
export function applyDisplay(patch: Partial<Pick<Prefs, 'textSize' | 'contrast'>>): void {
  const root = document.documentElement;
  if (patch.textSize) root.setAttribute('data-text-size', String(patch.textSize));
  if (patch.contrast === 'high') root.setAttribute('data-contrast', 'high');
  if (patch.contrast === 'normal') root.removeAttribute('data-contrast');
  writePrefs(patch);
  for (const [key, value] of Object.entries(patch)) {
    void app.get().storage.setSetting(key, value).catch(() => undefined);
  }
}

// Kept in its own file: the home screen needs it, and the rest of this file is not needed to draw it.
export { chooseHome } from './home-town';
