import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLoading } from '../app/ready';
import { href } from '../app/router';
import type { ScreenProps } from '../app/router';
import { app } from '../app/state';
import { useStore } from '../app/store';
import { filterEntries, filtersFromQuery, filtersToQuery } from '../directory/filter';
import { currentLang, t } from '../i18n';
import { Icon } from '../ui/icons';
import { loadMapParts, type MapParts } from './load';
import { MapCanvas, type FocusRequest } from './MapCanvas';
import { MapFilters } from './MapFilters';
import { OnMapList } from './OnMapList';
import { groupPlaces, isLocated, mapList, mapTopics } from './places';
import './map.css';
import { usePosition } from '../app/position';

/**
 * The map: municipalities and the directory's entries, without a connection; streets when online.
 * Filters come from the URL (#/map?cat=arbeit&ags=…&open=1), "?focus=<id>" centres on one entry.
 */
export default function MapScreen({ route }: ScreenProps) {
  const directory = useStore(app, (s) => s.directory);
  const online = useStore(app, (s) => s.online);
  const lang = currentLang();
  const region = directory?.region;
  const located = usePosition();
  const [parts, setParts] = useState<MapParts | 'failed'>();
  useLoading(!parts);
  const query = route.query.toString();
  const filters = useMemo(() => filtersFromQuery(query), [query]);
  const focusId = route.query.get('focus') ?? undefined;
  const [focus, setFocus] = useState<FocusRequest | undefined>(focusId ? { id: focusId, n: 0 } : undefined);

  useEffect(() => {
    if (focusId && focusId !== focus?.id) setFocus({ id: focusId, n: (focus?.n ?? 0) + 1 });
  }, [focusId]);

  useEffect(() => {
    if (!region) return;
    let live = true;
    loadMapParts(region).then(
      (loaded) => live && setParts(loaded),
      () => live && setParts('failed'),
    );
    return () => {
      live = false;
    };
  }, [region]);

  const hours = parts && parts !== 'failed' ? parts.hours : undefined;
  const filtered = useMemo(() => {
    if (!directory) return [];
    const isOpen = hours ? { isOpen: (e: { openingHours?: string }, now: Date) => hours.isOpenNow(e.openingHours, now) } : {};
    return filterEntries(directory.entries, filters, { now: new Date(), ...isOpen }).map((f) => f.entry);
  }, [directory, filters, hours]);
  const focusEntry = focusId ? directory?.entries.find((e) => e.id === focusId) : undefined;
  const places = useMemo(() => {
    // An entry opened from its detail page is shown even when the filters would hide it.
    const shown = focusEntry && !filtered.includes(focusEntry) ? [...filtered, focusEntry] : filtered;
    return groupPlaces(shown, region?.categories ?? []);
  }, [filtered, focusEntry, region]);
  const items = useMemo(() => mapList(places, located.fix), [places, located.fix]);
  const topics = useMemo(() => mapTopics(directory?.entries ?? [], region?.categories ?? [], filters.category), [directory, region, filters.category]);

  if (!directory || !region)
    return (
      <section class="screen map-screen">
        <h1 tabIndex={-1}>{t('map:title')}</h1>
        <p class="loading" role="status">
          {t('loading')}
        </p>
      </section>
    );

  // The map comes first; the header names the screen, the heading stays for screen readers.
  return (
    <section class="screen map-screen">
      <h1 tabIndex={-1} class="visually-hidden">
        {t('map:title')}
      </h1>
      {focusId && !focusEntry?.location && <p class="notice map-note">{t('map:focusMissing')}</p>}
      <button type="button" class="button button-secondary map-skip" onClick={() => document.getElementById('map-list-title')?.focus()}>
        {t('map:skipToList')}
      </button>
      {parts === 'failed' ? (
        <p class="notice notice-warning map-note" role="alert">
          {t('map:failed')}
        </p>
      ) : parts ? (
        <MapCanvas
          parts={parts}
          region={region}
          lang={lang}
          places={places}
          online={online}
          {...(filters.ags ? { highlight: filters.ags } : {})}
          {...(focus ? { focus } : {})}
          {...(located.fix ? { fix: located.fix } : {})}
        />
      ) : (
        <div class="map-canvas map-waiting">
          <p class="loading" role="status">
            {t('map:loading')}
          </p>
        </div>
      )}
      <div class="map-tools">
        <MapFilters region={region} lang={lang} filters={filters} categories={topics} />
        <button type="button" class="button button-secondary" onClick={located.ask} disabled={located.status === 'asking'}>
          <Icon name="compass" />
          <span>{t('map:locate.button')}</span>
        </button>
        <p class="map-status" role="status">
          {t(located.status === 'idle' ? 'map:locate.privacy' : `map:locate.${located.status === 'asking' ? 'busy' : located.status}`)}
        </p>
      </div>
      {!online && (
        <p class="notice notice-warning map-note" role="status" data-testid="map-offline">
          {t('map:offline')}
        </p>
      )}
      {parts && parts !== 'failed' && !parts.boundaries && <p class="notice notice-warning map-note">{t('map:boundariesFailed')}</p>}
      <OnMapList
        region={region}
        lang={lang}
        items={items}
        withoutLocation={filtered.filter((e) => !isLocated(e)).length}
        listLink={`${href(['list'])}${filtersToQuery(filters)}`}
        onShow={(id) => setFocus((f) => ({ id, n: (f?.n ?? 0) + 1 }))}
      />
    </section>
  );
}
