/** The key of a kept show-card: one per place and language, so keeping it again updates it. */
export function cardId(entry: string, lang: string): string {
  return `${entry}|${lang}`;
}

export type { SavedCard } from './schema';
