/** Directory look-ups the guide screens share. */
import { app } from '../app/state';
import { useStore } from '../app/store';
import type { Entry, Lang, Region } from '../directory/types';

/** The entry with this id from the loaded directory; undefined while loading or when unknown. */
export function useEntry(id: string | undefined): { readonly entry?: Entry; readonly loaded: boolean } {
  const directory = useStore(app, (s) => s.directory);
  const entry = id === undefined ? undefined : directory?.entries.find((e) => e.id === id);
  return entry ? { entry, loaded: true } : { loaded: directory !== undefined };
}

/** A German town name written in the user's script, when the region has it ("Eschwege" → "اشوگه"). */
export function townInScript(region: Region | undefined, town: string, lang: Lang): string | undefined {
  if (lang === 'de') return undefined;
  const local = region?.municipalities.find((m) => m.name === town)?.names[lang];
  return local && local !== town ? local : undefined;
}

