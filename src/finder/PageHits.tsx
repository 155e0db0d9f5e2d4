import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLoading } from '../app/ready';
import { href } from '../app/router';
import { pageIndexSteps, searchPages, type PageEntry, type PageIndex } from '../directory/search-pages';
import type { Lang } from '../directory/types';
import { t } from '../i18n';
import { runInSlices } from './slices';

/** The page index, relative to the app (written by scripts/data-build.ts, precached). */
export const PAGES_URL = 'data/pages.json';

let loading: Promise<PageIndex | undefined> | undefined;

async function fetchIndex(): Promise<PageIndex | undefined> {
  try {
    const res = await fetch(new URL(PAGES_URL, document.baseURI));
    if (!res.ok) return undefined;
    const raw: unknown = await res.json();
    // A broken file only means no page hits; the directory results still show.
    if (!Array.isArray(raw)) return undefined;
    const pages = raw.filter((p): p is PageEntry => !!p && Array.isArray(p.route) && typeof p.title === 'object' && Array.isArray(p.keywords));
    return await runInSlices(pageIndexSteps(pages));
  } catch {
    return undefined;
  }
}

/** The index, fetched once per page load; a failed fetch is tried again next time. */
function loadIndex(): Promise<PageIndex | undefined> {
  loading ??= fetchIndex().then((index) => {
    if (!index) loading = undefined;
    return index;
  });
  return loading;
}

/** Settles once the page index is fetched or could not be (tests: a key counted before it is not disturbed by its arrival). */
export function pageIndexSettled(): Promise<void> {
  return loadIndex().then(() => undefined);
}

/** Forgets the loaded index (tests). */
export function resetPageIndex(): void {
  loading = undefined;
}

/**
 * Guide pages that match the search ("Kinderarzt" → the topic). The small index loads when the
 * screen opens, not at the first key: its arrival would draw the list a second time for that key.
 */
export function usePageHits(query: string): readonly PageEntry[] {
  const [index, setIndex] = useState<PageIndex | undefined>(undefined);
  const [tried, setTried] = useState(false);
  const wanted = query.trim() !== '' && !index;
  // A searched list is ready (ready.ts) once its page hits are drawn above the rows, or the index
  // could not be had: Back puts the position back only then, so the block cannot push it down.
  useLoading(query.trim() !== '' && !tried);
  useEffect(() => {
    let live = true;
    void loadIndex().then((i) => {
      if (!live) return;
      setIndex(i);
      setTried(true);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return useMemo(() => (index && query.trim() ? searchPages(index, query) : []), [index, query]);
}

/** The matching guide pages, shown above the directory results. */
export function PageHits({ hits, lang }: { hits: readonly PageEntry[]; lang: Lang }) {
  if (hits.length === 0) return null;
  return (
    <nav class="page-hits" aria-label={t('finder:list.pages')}>
      <h2>{t('finder:list.pages')}</h2>
      <ul>
        {hits.map((p) => (
          <li key={p.route.join('/')}>
            <a class="page-hit" href={href(p.route)}>
              {p.title[lang]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
