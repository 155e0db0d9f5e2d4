import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bearingDeg, compassPoint, distanceKm, formatDistance } from './geo';

// Test points are made-up positions for geometry, not facts about places.
const point = fc.record({
  lat: fc.double({ min: -89, max: 89, noNaN: true }),
  lon: fc.double({ min: -179, max: 179, noNaN: true }),
});

const R = 6371.0088;

describe('distanceKm', () => {
  it('is zero from a point to itself', () => {
    expect(distanceKm({ lat: 51.18, lon: 10.05 }, { lat: 51.18, lon: 10.05 })).toBe(0);
  });

  it('matches the sphere: one degree of latitude, a quarter meridian, half the equator', () => {
    expect(distanceKm({ lat: 51, lon: 10 }, { lat: 52, lon: 10 })).toBeCloseTo((Math.PI * R) / 180, 6);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo((Math.PI * R) / 2, 6);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * R, 6);
  });

  it('shrinks a degree of longitude with the cosine of the latitude', () => {
    const atEquator = distanceKm({ lat: 0, lon: 10 }, { lat: 0, lon: 11 });
    const at60 = distanceKm({ lat: 60, lon: 10 }, { lat: 60, lon: 11 });
    expect(at60 / atEquator).toBeCloseTo(0.5, 2);
  });

  it('is symmetric, never negative, never beyond half the earth, and keeps the triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        const ab = distanceKm(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(Math.PI * R + 1e-9);
        expect(Math.abs(ab - distanceKm(b, a))).toBeLessThan(1e-9);
        expect(distanceKm(a, c)).toBeLessThanOrEqual(ab + distanceKm(b, c) + 1e-6);
      }),
    );
  });
});

describe('bearingDeg and compassPoint', () => {
  const origin = { lat: 51.18, lon: 10.05 };

  it('points the four main ways', () => {
    expect(bearingDeg(origin, { lat: 51.5, lon: 10.05 })).toBeCloseTo(0, 6);
    expect(bearingDeg(origin, { lat: 50.9, lon: 10.05 })).toBeCloseTo(180, 6);
    expect(bearingDeg(origin, { lat: 51.18, lon: 10.2 })).toBeCloseTo(90, 0);
    expect(bearingDeg(origin, { lat: 51.18, lon: 9.9 })).toBeCloseTo(270, 0);
  });

  it('stays within 0..360', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const deg = bearingDeg(a, b);
        expect(deg).toBeGreaterThanOrEqual(0);
        expect(deg).toBeLessThan(360);
      }),
    );
  });

  it('names the nearest compass point, also across north and for odd angles', () => {
    expect(compassPoint(0)).toBe('n');
    expect(compassPoint(22.4)).toBe('n');
    expect(compassPoint(22.6)).toBe('ne');
    expect(compassPoint(90)).toBe('e');
    expect(compassPoint(135)).toBe('se');
    expect(compassPoint(180)).toBe('s');
    expect(compassPoint(225)).toBe('sw');
    expect(compassPoint(270)).toBe('w');
    expect(compassPoint(315)).toBe('nw');
    expect(compassPoint(337.6)).toBe('n');
    expect(compassPoint(359.9)).toBe('n');
    expect(compassPoint(360)).toBe('n');
    expect(compassPoint(-90)).toBe('w');
    expect(compassPoint(450)).toBe('e');
  });
});

describe('formatDistance', () => {
  it('uses metres below 1 km, rounded to 10 m, never 0', () => {
    expect(formatDistance(0.853, 'de')).toBe('850 m');
    expect(formatDistance(0, 'de')).toBe('10 m');
    expect(formatDistance(0.0031, 'de')).toBe('10 m');
    expect(formatDistance(0.994, 'de')).toBe('990 m');
  });

  it('switches to km when metres would round to 1000', () => {
    expect(formatDistance(0.9996, 'de')).toBe('1 km');
  });

  it('shows one decimal below 10 km and whole km beyond, in the language\'s style', () => {
    expect(formatDistance(3.42, 'de')).toBe('3,4 km');
    expect(formatDistance(3.42, 'uk')).toBe('3,4 км');
    expect(formatDistance(3.42, 'ar')).toBe('3.4 كم');
    expect(formatDistance(3.42, 'fa-AF')).toBe('3.4 کیلومتر');
    expect(formatDistance(27.4, 'de')).toBe('27 km');
    expect(formatDistance(9.97, 'de')).toBe('10 km');
  });

  it('writes Latin digits in Arabic and Dari too', () => {
    for (const lang of ['ar', 'fa-AF'] as const) {
      expect(formatDistance(0.85, lang)).toMatch(/850/);
      expect(formatDistance(27, lang)).toMatch(/27/);
    }
  });

  it('shows nothing for a broken value', () => {
    expect(formatDistance(Number.NaN, 'de')).toBe('');
    expect(formatDistance(-1, 'de')).toBe('');
    expect(formatDistance(Number.POSITIVE_INFINITY, 'de')).toBe('');
  });
});
