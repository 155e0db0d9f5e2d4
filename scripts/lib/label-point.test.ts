import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { insidePolygon, labelPoint, type Ring } from './label-point';

const ring = (points: [number, number][]): Ring => points.map(([lon, lat]) => ({ lon, lat }));

describe('labelPoint', () => {
  it('uses the centroid of a convex shape', () => {
    expect(labelPoint([[ring([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]])]])).toEqual({ lon: 1, lat: 1 });
  });

  it('finds a point inside a U shape whose centroid lies in the gap', () => {
    const u = [ring([[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]])];
    const point = labelPoint([u]);
    // Its centroid (lon 1.5, lat ≈ 1.36) lies in the gap between the arms.
    expect(insidePolygon(u, 1.36, 1.5)).toBe(false);
    expect(insidePolygon(u, point.lat, point.lon)).toBe(true);
  });

  it('labels the largest part of a multipolygon', () => {
    const small = [ring([[10, 10], [11, 10], [11, 11], [10, 11], [10, 10]])];
    const big = [ring([[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]])];
    expect(labelPoint([small, big])).toEqual({ lon: 2, lat: 2 });
  });
});

describe('data/boundaries.geojson', () => {
  type Polygon = [number, number][][];
  const geo = JSON.parse(readFileSync('data/boundaries.geojson', 'utf8')) as {
    credit: string;
    features: { properties: { ags: string; labelLat: number; labelLon: number }; geometry: { type: string; coordinates: Polygon | Polygon[] } }[];
  };

  it('is small, credited and holds the district and its 17 municipal areas', () => {
    expect(statSync('data/boundaries.geojson').size).toBeLessThanOrEqual(100_000);
    expect(geo.credit).toBe('© GeoBasis-DE / BKG 2017 (Daten verändert)');
    expect(geo.features.map((f) => f.properties.ags)).toEqual([
      '06636', ...Array.from({ length: 16 }, (_, i) => `066360${String(i + 1).padStart(2, '0')}`), '06636200',
    ]);
  });

  it('has every label point inside its area', () => {
    for (const { properties: p, geometry: g } of geo.features) {
      const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Polygon[];
      const inside = polygons.some((polygon) => insidePolygon(polygon.map((r) => ring(r)), p.labelLat, p.labelLon));
      expect(inside, p.ags).toBe(true);
    }
  });
});
