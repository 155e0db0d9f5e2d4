import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { href, navigate } from '../app/router';
import { useDrawn, useLoading } from '../app/ready';
import type { ScreenProps } from '../app/router';
import { app } from '../app/state';
import { useStore } from '../app/store';
import { filtersFromQuery, type Filters, type SortBy } from '../directory/filter';
import type { Region } from '../directory/types';
import { currentLang, t } from '../i18n';
import { EntryRow } from './EntryRow';
import { emergencyList, HEALTH_CATEGORY, urgentMedical } from './emergency-model';
import { ListEmpty } from './ListEmpty';
import { ActiveFilters, ListFilters } from './ListFilters';
import { categoryLabel, spokenInDirectory } from './list-labels';
import { factsAhead, listQuery, sortFromQuery, type ListItem } from './list-model';
import { ListMore } from './ListMore';
import { LaterRows } from './LaterRows';
import { AlsoNear } from './AlsoNear';
import { ListSort } from './ListSort';
import { ListTopics } from './ListTopics';
import { listOrigin } from './nearby';
import { UrgentCalls } from './UrgentCalls';
import { PageHits, usePageHits } from './PageHits';
import { useHours } from './use-hours';
import { useNow } from './use-now';
import { useListRows } from './use-list';
import { searchWith, useSearchIndex } from './use-search';
import { useTypedQuery, withoutText } from './use-typed-query';
import { MARK, mark, measureSince } from './perf-marks';
import './finder.css';
import { usePosition } from '../app/position';

/**
 * Rows drawn at first and per "show more": enough to scan, few enough for an old phone. Every
 * key redraws them: at 50 a key took 144 ms to paint at 10,000 entries on a 4× slowed CPU, at 20
 * 96 ms (npm run bench, keystroke rows); a key now paints the first few and the rest follow in
 * the next frame (LaterRows).
 */
export const PAGE_SIZE = 20;
// "Show more" as often as anybody would tap it; a longer list in a link is cut to this.
const MAX_SHOWN = 50 * PAGE_SIZE;

/**
 * Rows shown, from the list URL's `more` (written by "show more", so Back and a reload come back
 * to the same rows and position): a multiple of PAGE_SIZE, PAGE_SIZE when absent or unusable.
 */
export function shownFromQuery(value: string | null): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= PAGE_SIZE) return PAGE_SIZE;
  return Math.min(MAX_SHOWN, n - (n % PAGE_SIZE));
}

/** The list: search as you type, filters, sort order, results, all offline. */
export default function ListScreen({ route }: ScreenProps) {
  mark(MARK.render);
  const directory = useStore(app, (s) => s.directory);
  const storage = useStore(app, (s) => s.storage);
  const favourites = useStore(app, (s) => s.favourites);
  const dataFailed = useStore(app, (s) => s.dataFailed);
  const home = useStore(app, (s) => s.home);
  const lang = currentLang();
  const hours = useHours();
  const now = useNow();
  const geo = usePosition();

  // The box keeps exactly what was typed; the URL gets a trimmed copy without a history step. The
  // list takes the text after the key's frame (use-typed-query.ts).
  const { text, box, typed } = useTypedQuery(route);
  const input = useRef<HTMLInputElement>(null);
  // Typing started on the home screen: carry on in this search box, cursor at the end, before the
  // next key arrives (a layout effect runs before the browser handles more input).
  useLayoutEffect(() => {
    if (route.query.get('typing') !== '1' || !input.current) return;
    input.current.focus();
    input.current.setSelectionRange(input.current.value.length, input.current.value.length);
  }, []);
  // Typing writes the URL without a new route: the readiness mark follows the URL from here.
  useDrawn();

  // Keyed without the text: a key does not rebuild the filters, and so not the rows.
  const filterKey = withoutText(route.query);
  const filters = useMemo(() => filtersFromQuery(filterKey), [filterKey]);
  const wanted = sortFromQuery(route.query.get('sort'));
  const region = directory?.region;
  // Without a shared position, distances start at the home town's centre (the filter's town first).
  const origin = useMemo(() => (region ? listOrigin(region, lang, geo.fix, filters.ags, home) : undefined), [region, lang, geo.fix, filters.ags, home]);
  const sort: SortBy = wanted === 'distance' && !origin ? 'relevance' : wanted;
  const all = route.query.get('all') === '1';
  // The position may arrive seconds after the tap; by then the user may have typed on.
  const latest = useRef({ text, filters });
  latest.current = { text, filters };

  const go = (q: string, f: Filters, s: SortBy) => {
    navigate(href(['list'], urlParams(q, f, s)), true);
  };
  const urlParams = (q: string, f: Filters, s: SortBy) => {
    const params = listQuery(q, f, s);
    if (all) params.set('all', '1');
    return params;
  };

  // What ordering and paging read of every entry, made while the page is idle, before the first key.
  useEffect(() => {
    if (directory) factsAhead(directory);
  }, [directory]);

  // The search and the list model run in the render the key causes, after the frame that shows
  // the key in the box: one render per key.
  // The storage: the index stored by an earlier start is read instead of built.
  const index = useSearchIndex(directory, storage);
  // A key pressed before the index is ready says so and is answered as soon as it is. An early
  // index (no descriptions yet) answers at once, and the count says that more may follow.
  const preparing = !!directory && !index && text.trim() !== '';
  const searching = !!index && !index.complete && text.trim() !== '';
  useLoading(preparing || searching);
  const modelStart = performance.now();
  const hits = useMemo(() => (directory && index ? searchWith(index, directory, text) : undefined), [directory, index, text]);
  // Hits that matched only in descriptions wait behind "more results" when better ones exist.
  const [shown, setShown] = useState(() => shownFromQuery(route.query.get('more')));
  // Nothing typed or chosen: the topic tiles instead of a list, so no list of every entry is made
  // (at 10,000 entries that was about 20 ms at 4× CPU for the key that empties the box).
  const topics = !text.trim() && !all && !filters.category && !filters.openNow && !filters.language && !filters.barrierFree;
  const listed = useListRows({ directory: preparing || topics ? undefined : directory, query: text, hits, filters, sort, origin, now, hours, shown });
  const { items, total, weak: weakItems, weakTotal, nearby } = listed;
  const modelFor = useRef(listed);
  if (modelFor.current !== listed) {
    modelFor.current = listed;
    measureSince(MARK.model, modelStart);
  }
  // This render shows a new text typed in the box (not Back, a filter or "show more"): its rows
  // beyond the first screenful may follow in the next frame.
  const typedText = useRef<string | undefined>(undefined);
  const shownText = useRef<string | undefined>(undefined);
  const byKey = typedText.current === text && shownText.current !== text;
  shownText.current = text;
  const pageHits = usePageHits(text);
  // Made once per directory, and only when the filters are first opened: in the screen's first
  // render it was a quarter of a long task at 10,000 entries.
  const languages = () => (directory ? spokenInDirectory(directory) : []);
  const hotline = directory ? emergencyList(directory).hotline : undefined;
  const urgentEntries = directory ? urgentMedical(directory) : [];
  // In the health list, and wherever "open now" finds nothing, 112 and 116 117 are offered first.
  const health = filters.category === HEALTH_CATEGORY;
  const urgent = health || (!!filters.openNow && total === 0) ? urgentEntries : undefined;

  // Other filters or another order: the first page again (not at the start, which may bring `more`).
  const listing = `${filterKey} ${sort}`;
  const listedBy = useRef(listing);
  useEffect(() => {
    if (listedBy.current === listing) return;
    listedBy.current = listing;
    setShown(PAGE_SIZE);
  }, [listing]);

  const title = filters.category && region ? categoryLabel(region, filters.category, lang) : t('finder:list.title');
  const waitingForHours = !!filters.openNow && !hours;
  const onFilters = (f: Filters) => go(latest.current.text, f, wanted);
  // The rows shown go into the URL (no history step): Back from a row further down finds it drawn.
  const showMore = () => {
    const next = shown + PAGE_SIZE;
    setShown(next);
    const params = urlParams(latest.current.text, latest.current.filters, wanted);
    params.set('more', String(next));
    navigate(href(['list'], params), true);
  };
  const from = origin?.town;
  const row = (r: Region) => (item: ListItem) => (
    <EntryRow
      key={item.entry.id}
      entry={item.entry}
      region={r}
      lang={lang}
      reach={item.reach}
      favourite={favourites.includes(item.entry.id)}
      now={now}
      {...(hours ? { hours } : {})}
      {...(item.km !== undefined ? { km: item.km } : {})}
      {...(from ? { from } : {})}
    />
  );

  return (
    <section class="screen list-screen">
      <h1 tabIndex={-1}>{title}</h1>
      <form class="list-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="list-q">{t('finder:list.searchLabel')}</label>
        <input
          id="list-q"
          ref={input}
          type="search"
          value={box}
          placeholder={t('finder:list.placeholder')}
          autoComplete="off"
          enterKeyHint="search"
          spellcheck={false}
          onInput={(e) =>
            typed(e.currentTarget.value, (value) => {
              typedText.current = value;
              setShown(PAGE_SIZE);
              return urlParams(value, latest.current.filters, wanted);
            })
          }
        />
      </form>
      {!directory && (
        <p class={dataFailed ? 'notice notice-error' : 'loading'} role={dataFailed ? 'alert' : 'status'}>
          {dataFailed ? t('data.failed') : t('loading')}
        </p>
      )}
      <PageHits hits={pageHits} lang={lang} />
      {directory && topics && <ListTopics directory={directory} filters={filters} lang={lang} />}
      {region && !topics && (
        <>
          <ListFilters region={region} filters={filters} languages={languages} lang={lang} onChange={onFilters} />
          <ListSort
            sort={sort}
            geo={geo}
            {...(origin?.town ? { town: origin.town } : {})}
            onSort={(s) => go(latest.current.text, latest.current.filters, s)}
          />
          {total > 0 && <ActiveFilters region={region} filters={filters} lang={lang} onChange={onFilters} />}
          <p class="list-count" id="list-count" role="status">
            {preparing
              ? t('finder:list.preparing')
              : waitingForHours
                ? t('loading')
                : searching
                  ? `${t('finder:list.count', { count: total })}. ${t('finder:list.notDone')}`
                  : t('finder:list.count', { count: total })}
          </p>
          {/* Places first: the tips on what to try come after them. A guide page found is an
              answer too: "nothing found" would send the user away from it. */}
          {nearby.length > 0 && origin?.town && (
            <AlsoNear town={origin.town}>{nearby.map(row(region))}</AlsoNear>
          )}
          {total === 0 && weakTotal === 0 && pageHits.length === 0 && !waitingForHours && !preparing && !searching && (
            <ListEmpty
              region={region}
              filters={filters}
              query={text}
              lang={lang}
              onFilters={onFilters}
              {...(hotline ? { hotline } : {})}
              {...(urgent ? { urgent } : {})}
            />
          )}

          {total > 0 && urgent && <UrgentCalls entries={urgent} lang={lang} />}
          {total > 0 && (
            <ul class="entry-list" aria-labelledby="list-count">
              <LaterRows items={items} split={byKey} draw={row(region)} />
            </ul>
          )}
          {total > shown && (
            <button type="button" class="button button-secondary list-more" onClick={showMore}>
              {t('finder:list.more', { count: Math.min(PAGE_SIZE, total - shown) })}
            </button>
          )}
          {weakTotal > 0 && <ListMore count={weakTotal} open={total === 0}>{weakItems.slice(0, PAGE_SIZE).map(row(region))}</ListMore>}
        </>
      )}
    </section>
  );
}
