import { writePrefs } from '../storage/prefs';
import { app } from './state';

/** Saves "I live in …" (a municipality's AGS), or clears it. */
export function chooseHome(ags: string | undefined): void {
  writePrefs({ home: ags });
  app.set({ home: ags });
  void app.get().storage.setSetting('home', ags ?? null).catch(() => undefined);
}
