import type { Lang } from '../directory/types';

/**
 * Preferences needed before the first paint (src/boot.js, written into index.html, reads the same keys). They live in
 * localStorage because IndexedDB is asynchronous; the settings store in IndexedDB keeps a copy.
 */
export interface Prefs {
  readonly lang?: Lang;
  readonly textSize: 1 | 2 | 3;
  readonly contrast: 'normal' | 'high';
  /** The user's municipality (AGS), "I live in …". */
  readonly home?: string;
}

const KEYS = {
  lang: 'wegweiser.lang',
  textSize: 'wegweiser.textSize',
  contrast: 'wegweiser.contrast',
  home: 'wegweiser.home',
} as const;

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | undefined): void {
  try {
    if (value === undefined) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Blocked storage: the choice holds for this visit only, which the app says elsewhere.
  }
}

/** Reads the saved preferences, with defaults. */
export function readPrefs(): Prefs {
  const lang = read(KEYS.lang);
  const size = Number(read(KEYS.textSize));
  return {
    lang: lang === 'de' || lang === 'uk' || lang === 'ar' || lang === 'fa-AF' ? lang : undefined,
    textSize: size === 2 || size === 3 ? size : 1,
    contrast: read(KEYS.contrast) === 'high' ? 'high' : 'normal',
    home: /^\d{8}$/.test(read(KEYS.home) ?? '') ? (read(KEYS.home) as string) : undefined,
  };
}

/** Saves some preferences. */
export function writePrefs(patch: Partial<Prefs>): void {
  if ('lang' in patch) write(KEYS.lang, patch.lang);
  if (patch.textSize) write(KEYS.textSize, String(patch.textSize));
  if (patch.contrast) write(KEYS.contrast, patch.contrast);
  if ('home' in patch) write(KEYS.home, patch.home);
}

/** Removes every saved preference ("delete all my data"). */
export function clearPrefs(): void {
  Object.values(KEYS).forEach((k) => write(k, undefined));
}
