import { describe, expect, it } from 'vitest';
import type { Category, Entry, Precision } from '../directory/types';
import { testEntry } from '../directory/search.samples';
import { escapeHtml, groupPlaces, isLocated, mapList, mapTopics, MIXED_COLOR, placeOf } from './places';

const text = { de: 'x', uk: 'x', ar: 'x', 'fa-AF': 'x' };
const cat = (id: string, color: string): Category => ({ id, icon: 'info', color, label: text });
const categories = [cat('arbeit', '#8a4b08'), cat('rathaus', '#37474f')];

function entry(id: string, category: string, at?: [number, number, Precision]): Entry {
  return testEntry(id, {
    category,
    scope: { kind: 'district' },
    ...(at ? { location: { lat: at[0], lon: at[1], precision: at[2], source: 'test' } } : {}),
  });
}

const eschwege: [number, number, Precision] = [51.1839, 10.0533, 'town'];
const entries = [
  entry('jobcenter', 'arbeit', eschwege),
  entry('hotline', 'arbeit'),
  entry('rathaus-eschwege', 'rathaus', eschwege),
  entry('rathaus-sontra', 'rathaus', [51.0717, 9.9356, 'town']),
  entry('kreis', 'rathaus', [51.1887, 10.053, 'building']),
];

describe('groupPlaces', () => {
  const places = groupPlaces(entries, categories);

  it('puts entries at the same point into one place and leaves out entries without a location', () => {
    expect(places.map((p) => p.entries.map((e) => e.id))).toEqual([['jobcenter', 'rathaus-eschwege'], ['rathaus-sontra'], ['kreis']]);
  });

  it('colours a place by its category, or neutral when categories mix', () => {
    expect(places.map((p) => p.color)).toEqual([MIXED_COLOR, '#37474f', '#37474f']);
  });

  it('marks a place approximate when only the town is known', () => {
    expect(places.map((p) => p.approximate)).toEqual([true, true, false]);
  });

  it('finds the place of an entry', () => {
    expect(placeOf(places, 'rathaus-eschwege')?.key).toBe('51.1839,10.0533');
    expect(placeOf(places, 'hotline')).toBeUndefined();
  });
});

describe('mapList', () => {
  const places = groupPlaces(entries, categories);

  it('lists every entry on the map in the data’s order without a position', () => {
    expect(mapList(places).map((i) => [i.entry.id, i.km])).toEqual([
      ['jobcenter', undefined],
      ['rathaus-eschwege', undefined],
      ['rathaus-sontra', undefined],
      ['kreis', undefined],
    ]);
  });

  it('sorts nearest first, with distances, once the position is known', () => {
    const inSontra = { lat: 51.07, lon: 9.93 };
    const list = mapList(places, inSontra);
    expect(list.map((i) => i.entry.id)).toEqual(['rathaus-sontra', 'jobcenter', 'rathaus-eschwege', 'kreis']);
    expect(list[0]?.km).toBeLessThan(1);
    expect(list[1]?.km).toBeGreaterThan(10);
  });
});

describe('isLocated', () => {
  it('tells entries with a location from those without', () => {
    expect(entries.filter(isLocated).map((e) => e.id)).not.toContain('hotline');
  });
});

describe('escapeHtml', () => {
  it('keeps credits as text when Leaflet inserts them as HTML', () => {
    expect(escapeHtml('© OpenStreetMap <img src=x onerror=alert(1)> & "co"')).toBe(
      '© OpenStreetMap &#60;img src=x onerror=alert(1)&#62; &#38; &#34;co&#34;',
    );
  });
});

describe('mapTopics', () => {
  const withEmpty = [...categories, cat('wohnen', '#2e7d32')];

  it('offers only topics with an entry on the map', () => {
    // "hotline" (arbeit) has no location, but "jobcenter" (arbeit) has; nothing is in "wohnen".
    expect(mapTopics(entries, withEmpty).map((c) => c.id)).toEqual(['arbeit', 'rathaus']);
    expect(mapTopics([entry('hotline', 'arbeit')], withEmpty)).toEqual([]);
  });

  it('keeps the chosen topic, so a link that names it still shows it', () => {
    expect(mapTopics(entries, withEmpty, 'wohnen').map((c) => c.id)).toEqual(['arbeit', 'rathaus', 'wohnen']);
  });
});
