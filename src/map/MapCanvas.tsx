import { useEffect, useRef, useState } from 'preact/hooks';
import { useLoading } from '../app/ready';
import { href } from '../app/router';
import type { Lang, Region } from '../directory/types';
import { languageInfo } from '../i18n/languages';
import { t } from '../i18n';
import { formatList } from '../i18n/list';
import type { MapParts } from './load';
import type { Fix } from '../app/position';
import type { MapView } from './leaflet-map';
import type { Place } from './places';
import { popupContent } from './popup';

/** A request to show an entry; `n` changes on every request, so asking twice centres twice. */
export interface FocusRequest {
  readonly id: string;
  readonly n: number;
}

interface Props {
  readonly parts: MapParts;
  readonly region: Region;
  readonly lang: Lang;
  readonly places: readonly Place[];
  readonly online: boolean;
  readonly highlight?: string;
  readonly focus?: FocusRequest;
  readonly fix?: Fix;
}

/** The Leaflet map in a container with an accessible name; rebuilt when the language changes. */
export function MapCanvas(props: Props) {
  const { parts, region, lang, highlight } = props;
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<MapView | undefined>(undefined);
  // The latest props for a map built later (language change) without re-running every effect.
  const latest = useRef(props);
  latest.current = props;
  // What the current map already shows, so a first render does not draw everything twice.
  const applied = useRef<{ places?: readonly Place[]; focus?: FocusRequest; fix?: Fix }>({});
  // Leaflet draws in an effect, after the first paint: ready only once the map is there.
  const [drawn, setDrawn] = useState(false);
  useLoading(!drawn);

  useEffect(() => {
    if (!container.current) return;
    const dir = languageInfo(lang)?.dir ?? 'ltr';
    const hours = parts.hours;
    const created = parts.leaflet.createMap(container.current, {
      region,
      boundaries: parts.boundaries ?? { municipalities: [], unincorporated: [] },
      dir,
      online: latest.current.online,
      ...(highlight ? { highlight } : {}),
      areaLabel(area) {
        const local = region.municipalities.find((m) => m.ags === area.ags)?.names[lang];
        return local ? { text: local, lang, dir } : { text: area.name, lang: 'de', dir: 'ltr' };
      },
      markerLabel: (place) =>
        place.entries.length === 1
          ? (place.entries[0]?.name ?? '')
          : t('map:marker.many', { count: place.entries.length, names: formatList(place.entries.map((e) => e.name), lang, 'unit') }),
      popup: (place, focusId) =>
        popupContent(place, {
          lang,
          dir,
          categories: region.categories,
          isOpen: (entry) => hours.isOpenNow(entry.openingHours, new Date()),
          detailHref: (id) => href(['e', id]),
          text: (key) => t(`map:popup.${key}`),
        }, focusId),
      text: { zoomIn: t('map:zoomIn'), zoomOut: t('map:zoomOut'), close: t('close') },
    });
    view.current = created;
    const now = latest.current;
    created.setPlaces(now.places);
    if (now.fix) created.showPosition(now.fix, now.fix.accuracy);
    if (now.focus) created.focus(now.focus.id);
    applied.current = { places: now.places, ...(now.focus ? { focus: now.focus } : {}), ...(now.fix ? { fix: now.fix } : {}) };
    setDrawn(true);
    return () => {
      view.current = undefined;
      created.destroy();
    };
  }, [parts, region, lang, highlight]);

  useEffect(() => {
    if (!view.current || applied.current.places === props.places) return;
    applied.current = { ...applied.current, places: props.places };
    view.current.setPlaces(props.places);
  }, [props.places]);
  useEffect(() => view.current?.setOnline(props.online), [props.online]);
  useEffect(() => {
    if (!view.current || !props.fix || applied.current.fix === props.fix) return;
    applied.current = { ...applied.current, fix: props.fix };
    view.current.showPosition(props.fix, props.fix.accuracy);
  }, [props.fix]);
  useEffect(() => {
    if (!view.current || !props.focus || applied.current.focus === props.focus) return;
    applied.current = { ...applied.current, focus: props.focus };
    if (view.current.focus(props.focus.id)) container.current?.scrollIntoView({ block: 'nearest' });
  }, [props.focus]);

  return <div ref={container} class="map-canvas" role="region" aria-label={t('map:mapLabel', { region: region.names[lang] ?? region.name })} dir="ltr" data-testid="map" />;
}
