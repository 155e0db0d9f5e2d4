/**
 * Every Leaflet call of the app. Loaded only when the map opens (Leaflet is its own chunk), so
 * the first screen carries none of it. Nothing here fetches an image: markers and labels are
 * HTML (divIcon), areas are SVG, and street tiles come only from the data's tile URL.
 */
import type { Feature, Geometry } from 'geojson';
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { LatLon } from '../directory/geo';
import type { Region } from '../directory/types';
import type { Area, Boundaries } from './boundaries';
import { CachedTileLayer } from './cached-tiles';
import { escapeHtml, type Place } from './places';

/** Text shown by a label, with its language so Arabic and Dari names are shaped and read right. */
export interface LabelText {
  readonly text: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/** What the map needs from the screen. All words are already translated. */
export interface MapOptions {
  readonly region: Region;
  readonly boundaries: Boundaries;
  /** Direction of the page: controls sit on the inline-start side (left in LTR, right in RTL). */
  readonly dir: 'ltr' | 'rtl';
  readonly online: boolean;
  /** Municipality (AGS) to outline and zoom to, e.g. from the "ags" filter. */
  readonly highlight?: string;
  readonly areaLabel: (area: Area) => LabelText;
  readonly markerLabel: (place: Place) => string;
  /** The popup of a place; `focusId` is the entry the map was opened for, shown first. */
  readonly popup: (place: Place, focusId?: string) => HTMLElement;
  readonly text: { readonly zoomIn: string; readonly zoomOut: string; readonly close: string };
}

/** The drawn map, driven by the screen. */
export interface MapView {
  /** Replaces the markers. */
  setPlaces(places: readonly Place[]): void;
  /** Centres on an entry and opens its popup; false when it is not on the map. */
  focus(entryId: string): boolean;
  /** Shows (or moves) the "you are here" marker and centres on it. */
  showPosition(position: LatLon, accuracyMetres?: number): void;
  setOnline(online: boolean): void;
  destroy(): void;
}

function areaLayer(area: Area, className: string, testId: string): L.GeoJSON {
  const feature: Feature = { type: 'Feature', properties: {}, geometry: area.geometry as Geometry };
  const layer = L.geoJSON(feature, {
    interactive: false,
    style: { className },
  });
  layer.on('add', () => layer.eachLayer((l) => (l as L.Path).getElement()?.setAttribute('data-testid', testId)));
  return layer;
}

function labelMarker(area: Area, label: LabelText, className: string): L.Marker {
  const span = document.createElement('span');
  span.textContent = label.text;
  span.lang = label.lang;
  span.dir = label.dir;
  span.dataset.ags = area.ags;
  // No iconSize: the label takes the width of its text; CSS centres it on the point.
  const icon = L.divIcon({ className: `map-label ${className}`, html: span, iconSize: undefined });
  return L.marker([area.label.lat, area.label.lon], { icon, interactive: false, keyboard: false, pane: 'labels' });
}

/** A marker with the entry its popup should show first, while the map is focused on it. */
interface PlaceMarker {
  readonly marker: L.Marker;
  focusId?: string;
}

function placeMarker(place: Place, options: MapOptions): PlaceMarker {
  const pin = document.createElement('span');
  pin.className = place.approximate ? 'map-pin map-pin-approx' : 'map-pin';
  pin.style.setProperty('--pin', place.color);
  if (place.entries.length > 1) pin.textContent = String(place.entries.length);
  const icon = L.divIcon({ className: 'map-place', html: pin, iconSize: [44, 44] });
  const label = options.markerLabel(place);
  const marker = L.marker([place.lat, place.lon], { icon, title: label, keyboard: true, riseOnHover: true });
  const result: PlaceMarker = { marker };
  marker.bindPopup(() => options.popup(place, result.focusId), { maxWidth: 240, maxHeight: 280, autoPanPadding: [8, 8] });
  // Once closed, a tap on the marker opens the plain list again.
  marker.on('popupclose', () => delete result.focusId);
  marker.on('add', () => {
    const element = marker.getElement();
    element?.setAttribute('aria-label', label);
    element?.setAttribute('data-testid', 'map-marker');
    element?.setAttribute('data-ids', place.entries.map((e) => e.id).join(' '));
  });
  return result;
}

/** Draws the region into `container`: outlines, labels, street tiles, credits and controls. */
export function createMap(container: HTMLElement, options: MapOptions): MapView {
  const { region, boundaries, dir, text } = options;
  const start = dir === 'rtl' ? 'right' : 'left';
  const end = dir === 'rtl' ? 'left' : 'right';
  // Quarter zoom steps let the whole district fill a small phone screen.
  const map = L.map(container, { zoomControl: false, attributionControl: false, minZoom: 8, maxZoom: 18, zoomSnap: 0.25 });
  L.control.zoom({ position: `top${start}`, zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut }).addTo(map);
  const credits = L.control.attribution({ prefix: false, position: `bottom${end}` }).addTo(map);
  credits.addAttribution(escapeHtml(region.boundaryCredit));
  // Names above the markers (they sit on the same town centres); labels never take a tap.
  map.createPane('labels').style.zIndex = '640';
  const zoomClass = () => container.classList.toggle('map-zoomed-out', map.getZoom() < 10);
  map.on('zoomend', zoomClass);

  const tiles = new CachedTileLayer(region.tileUrl, {
    attribution: escapeHtml(region.tileAttribution),
    maxZoom: 18,
    // CORS: the service worker can then store real (not opaque) responses, see tile-cache.ts.
    crossOrigin: 'anonymous',
  });
  tiles.setOffline(!options.online);
  tiles.addTo(map);

  for (const area of boundaries.unincorporated) {
    areaLayer(area, 'map-area map-unincorporated', 'map-unincorporated').addTo(map);
    labelMarker(area, { text: area.name, lang: 'de', dir: 'ltr' }, 'map-label-minor').addTo(map);
  }
  for (const area of boundaries.municipalities) {
    const highlighted = area.ags === options.highlight;
    areaLayer(area, highlighted ? 'map-area map-municipality map-highlight' : 'map-area map-municipality', 'map-municipality').addTo(map);
    labelMarker(area, options.areaLabel(area), '').addTo(map);
  }
  const district = boundaries.district ? areaLayer(boundaries.district, 'map-district', 'map-district').addTo(map) : undefined;

  const [south, west, north, east] = region.bbox;
  const focusArea = boundaries.municipalities.find((a) => a.ags === options.highlight);
  const bounds = focusArea ? L.geoJSON(focusArea.geometry as Geometry).getBounds() : (district?.getBounds() ?? L.latLngBounds([south, west], [north, east]));
  map.fitBounds(bounds, { padding: [8, 8] });
  zoomClass();

  map.on('popupopen', (e: L.PopupEvent) => {
    const close = e.popup.getElement()?.querySelector('.leaflet-popup-close-button');
    close?.setAttribute('aria-label', text.close);
    close?.setAttribute('title', text.close);
  });

  const markers = L.layerGroup().addTo(map);
  let byKey = new Map<string, { place: Place; pin: PlaceMarker }>();
  let you: L.CircleMarker | undefined;
  let accuracy: L.Circle | undefined;

  return {
    setPlaces(places) {
      markers.clearLayers();
      byKey = new Map(places.map((place) => [place.key, { place, pin: placeMarker(place, options) }]));
      byKey.forEach(({ pin }) => markers.addLayer(pin.marker));
    },
    focus(entryId) {
      const found = [...byKey.values()].find(({ place }) => place.entries.some((e) => e.id === entryId));
      if (!found) return false;
      map.setView([found.place.lat, found.place.lon], Math.max(map.getZoom(), 14), { animate: false });
      // An open popup of this marker would be kept as it is: close it, then open it for this entry.
      found.pin.marker.closePopup();
      found.pin.focusId = entryId;
      found.pin.marker.openPopup();
      return true;
    },
    showPosition(position, accuracyMetres) {
      const at = L.latLng(position.lat, position.lon);
      you ??= L.circleMarker(at, { radius: 9, className: 'map-you', interactive: false }).addTo(map);
      you.setLatLng(at);
      if (accuracyMetres !== undefined) {
        accuracy ??= L.circle(at, { radius: accuracyMetres, className: 'map-you-accuracy', interactive: false }).addTo(map);
        accuracy.setLatLng(at).setRadius(accuracyMetres);
      }
      map.setView(at, Math.max(map.getZoom(), 13));
    },
    setOnline(online) {
      tiles.setOffline(!online);
    },
    destroy() {
      map.remove();
    },
  };
}
