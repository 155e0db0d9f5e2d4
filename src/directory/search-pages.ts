/**
 * Finds the guide's pages (first steps, everyday topics) for a list search, in any script. The
 * pages are few (dozens), so a plain scan over prefolded words is fast enough. Words are folded
 * exactly like the directory search's: "Kita" = "kita", "أطفال" = "اطفال", and "دکتر" typed
 * with Persian or Arabic letters is the same word.
 */
import type { Localized } from './types';
import { MAX_QUERY_CHARS, wordForms, words } from './normalize';
import { runToEnd } from './steps';

/** A page as stored in data/pages.json. */
export interface PageEntry {
  readonly route: readonly string[];
  readonly title: Localized;
  readonly keywords: readonly string[];
}

/** Pages with the folded forms of their title and keyword words. */
export interface PageIndex {
  readonly pages: readonly { readonly page: PageEntry; readonly forms: readonly string[] }[];
}

function formsOf(text: string): string[] {
  return words(text).flatMap((w) => wordForms(w));
}

/** Folds every title (all languages) and keyword once. */
export function buildPageIndex(pages: readonly PageEntry[]): PageIndex {
  return runToEnd(pageIndexSteps(pages));
}

/**
 * The same in steps of one page, for a caller that gives the main thread back between them: the
 * list screen builds it as it opens, and the 12 pages in one piece took 10–13 ms in Node, cold.
 */
export function* pageIndexSteps(pages: readonly PageEntry[]): Generator<void, PageIndex> {
  const folded: { page: PageEntry; forms: string[] }[] = [];
  for (const page of pages) {
    folded.push({ page, forms: [...new Set([...Object.values(page.title), ...page.keywords].flatMap(formsOf))] });
    yield;
  }
  return { pages: folded };
}

/**
 * The pages where every word of the query begins a word of the page ("Kinder" finds
 * "Kinderarzt"); pages where a word matches whole come first. A query under two letters finds none.
 */
export function searchPages(index: PageIndex, query: string): PageEntry[] {
  const asked = words(query.slice(0, MAX_QUERY_CHARS)).map((w) => wordForms(w));
  if (asked.length === 0 || asked.flat().every((f) => f.length < 2)) return [];
  const hits: { page: PageEntry; whole: number; order: number }[] = [];
  index.pages.forEach(({ page, forms }, order) => {
    let whole = 0;
    for (const alternatives of asked) {
      if (alternatives.some((a) => forms.includes(a))) whole++;
      else if (!alternatives.some((a) => forms.some((f) => f.startsWith(a)))) return;
    }
    hits.push({ page, whole, order });
  });
  return hits.sort((a, b) => b.whole - a.whole || a.order - b.order).map((h) => h.page);
}
