import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseBoundaries } from './boundaries';

const square = (x: number) => [[[x, 51], [x + 0.1, 51], [x + 0.1, 51.1], [x, 51.1], [x, 51]]];
const feature = (ags: string, kind: string, geometry: unknown = { type: 'Polygon', coordinates: square(10) }) => ({
  type: 'Feature',
  properties: { ags, name: `Ort ${ags}`, kind, labelLat: 51.05, labelLon: 10.05 },
  geometry,
});
const region = { municipalities: [{ ags: '06636001' }, { ags: '06636002' }] } as never;

describe('parseBoundaries', () => {
  it('sorts the areas into district, the region’s municipalities and unincorporated land', () => {
    const b = parseBoundaries(
      {
        type: 'FeatureCollection',
        features: [
          feature('06636', 'district'),
          feature('06636001', 'municipality'),
          feature('06636200', 'municipality'),
          feature('06636002', 'municipality', { type: 'MultiPolygon', coordinates: [square(10), square(11)] }),
        ],
      },
      region,
    );
    expect(b.district?.ags).toBe('06636');
    expect(b.municipalities.map((a) => [a.ags, a.kind])).toEqual([
      ['06636001', 'municipality'],
      ['06636002', 'municipality'],
    ]);
    expect(b.unincorporated.map((a) => a.ags)).toEqual(['06636200']);
    expect(b.municipalities[0]?.label).toEqual({ lat: 51.05, lon: 10.05 });
  });

  it('skips broken features instead of failing', () => {
    const b = parseBoundaries(
      {
        type: 'FeatureCollection',
        features: [
          null,
          { type: 'Feature', properties: null, geometry: null },
          feature('06636001', 'municipality', { type: 'Polygon', coordinates: [[[10, 51], [10, 'x']]] }),
          feature('06636001', 'municipality', { type: 'Point', coordinates: [10, 51] }),
          { ...feature('06636002', 'municipality'), properties: { ags: '06636002', name: 'X', labelLat: 'north' } },
          feature('06636002', 'municipality'),
        ],
      },
      region,
    );
    expect(b.municipalities.map((a) => a.ags)).toEqual(['06636002']);
    expect(b.district).toBeUndefined();
  });

  it('gives nothing for something that is not a FeatureCollection', () => {
    expect(parseBoundaries('<html>', region)).toEqual({ municipalities: [], unincorporated: [] });
    expect(parseBoundaries({ type: 'Feature' }, region)).toEqual({ municipalities: [], unincorporated: [] });
  });

  it('reads the bundled file: the district, all 16 municipalities of the region, the Gutsbezirk', () => {
    const raw: unknown = JSON.parse(readFileSync('data/boundaries.geojson', 'utf8'));
    const region = parse(readFileSync('data/region.yaml', 'utf8')) as { municipalities: { ags: string }[] };
    const b = parseBoundaries(raw, region as never);
    expect(b.district?.name).toBe('Werra-Meißner-Kreis');
    expect(region.municipalities).toHaveLength(16);
    expect(b.municipalities.map((a) => a.ags).sort()).toEqual(region.municipalities.map((m) => m.ags).sort());
    expect(b.unincorporated.map((a) => a.name)).toEqual(['Gutsbezirk Kaufunger Wald']);
  });
});
