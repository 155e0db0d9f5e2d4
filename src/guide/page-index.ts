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

/** The index entries of a checked guide, first-steps pages first, then the topics in file order. */
export function pageIndex(guide: Guide): PageRef[] {
  const pages = Object.entries(guide.pages ?? {}).flatMap(([id, page]) => (page ? [{ route: ['steps', id], title: page.title, keywords: page.keywords }] : []));
  const topics = (guide.topics ?? []).map((t) => ({ route: ['topic', t.id], title: t.title, keywords: t.keywords }));
  return [...pages, ...topics];
}
