/**
 * The small search index of the guide's pages (first-steps pages and everyday topics), written
 * at build time to data/pages.json so the list search can find them without loading the guide.
 */
import type { Localized } from '../directory/types';
import type { Guide } from './types';

/** One page as the search sees it: where it opens, its title and the words it is found by. */
export interface PageRef {
  /** Route segments: ["steps", "asylum"] → #/steps/asylum. */
  readonly route: readonly string[];
  readonly title: Localized;
  readonly keywords: readonly string[];
}

/** Words that find the Ukraine page; its title comes from the UI strings (the page file has none). */
export const UKRAINE_KEYWORDS: readonly string[] = ['Ukraine', 'ukrainisch', '§ 24', 'vorübergehender Schutz', 'Україна', 'українці', 'тимчасовий захист', 'أوكرانيا', 'أوكراني', 'اوکراین', 'اوکراینی'];

/**
 * The index entries of a checked guide: the Ukraine page (when its title is given), the other
 * first-steps pages, then the topics in file order.
 */
export function pageIndex(guide: Guide, ukraineTitle?: Localized): PageRef[] {
  const ukraine = ukraineTitle ? [{ route: ['ukraine'], title: ukraineTitle, keywords: UKRAINE_KEYWORDS }] : [];
  const pages = Object.entries(guide.pages ?? {}).flatMap(([id, page]) => (page ? [{ route: ['steps', id], title: page.title, keywords: page.keywords }] : []));
  const topics = (guide.topics ?? []).map((t) => ({ route: ['topic', t.id], title: t.title, keywords: t.keywords }));
  return [...ukraine, ...pages, ...topics];
}
