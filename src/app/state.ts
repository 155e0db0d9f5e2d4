import type { DirectorySummary } from '../directory/summary';
import type { Directory, Lang } from '../directory/types';
import type { AppStorage, StorageProblem } from '../storage';
import { deferredStorage } from '../storage/deferred';
import { createStore } from './store';

/** A message the app shows in its banner area; `key` is an i18next key of the notices or common namespace. */
export interface Notice {
  readonly id: string;
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
  readonly tone: 'info' | 'warning' | 'error' | 'success';
}

/** The app-wide state. Screens read it with useStore(app, …). */
export interface AppState {
  /** undefined until the user picked a language on the first start. */
  readonly lang: Lang | undefined;
  readonly storage: AppStorage;
  readonly storageProblem?: StorageProblem;
  readonly directory?: Directory;
  /** What the home draws from the directory; read first at start-up, before the entries. */
  readonly summary?: DirectorySummary;
  /** Loading the directory failed completely (no stored and no bundled data). */
  readonly dataFailed: boolean;
  readonly favourites: readonly string[];
  readonly online: boolean;
  readonly notices: readonly Notice[];
  /** A new app version is waiting; calling it activates the version and reloads. */
  readonly applyUpdate?: () => void;
  /** The user's municipality (AGS), if chosen. */
  readonly home?: string;
  /** The first screen is on screen: what it does not need (the header, icons) may load now. */
  readonly shown: boolean;
}

/** The one app store. */
export const app = createStore<AppState>({
  lang: undefined,
  // main.tsx swaps in the device store before the first render; a call made before that waits
  // for a store that never comes, rather than pretending to save (memory) or throwing (undefined).
  storage: deferredStorage(new Promise<AppStorage>(() => {})),
  dataFailed: false,
  favourites: [],
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  notices: [],
  shown: false,
});

/** Shows a notice; one with the same id replaces the old one. */
export function notify(notice: Notice): void {
  app.set({ notices: [...app.get().notices.filter((n) => n.id !== notice.id), notice] });
  // Good news goes away by itself with a screen change (src/app/Notices.tsx), not by a timer that would
  // move the screen while it is read; warnings stay until the user closes them.
}

/** Removes a notice. */
export function dismiss(id: string): void {
  app.set({ notices: app.get().notices.filter((n) => n.id !== id) });
}
