import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrShape } from './qr';

/** The dark cells of a shape, read back from its path data. */
function cells(rows: readonly string[]): Set<string> {
  const dark = new Set<string>();
  for (const d of rows) {
    for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
      const [x, y, w, back] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
      expect(back).toBe(w);
      for (let i = 0; i < w; i++) dark.add(`${x + i},${y}`);
    }
  }
  return dark;
}

describe('qrShape', () => {
  it('draws a version-1 code for a short text, with the quiet zone around it', () => {
    const shape = qrShape('HELLO');
    expect(shape.size).toBe(21 + 2 * QUIET_ZONE);
    const dark = cells(shape.rows);
    // Finder pattern top-left: a dark 7×7 ring; its centre 3×3 dark; the ring inside it light.
    for (let i = 0; i < 7; i++) {
      expect(dark.has(`${QUIET_ZONE + i},${QUIET_ZONE}`)).toBe(true);
      expect(dark.has(`${QUIET_ZONE},${QUIET_ZONE + i}`)).toBe(true);
    }
    expect(dark.has(`${QUIET_ZONE + 1},${QUIET_ZONE + 1}`)).toBe(false);
    expect(dark.has(`${QUIET_ZONE + 3},${QUIET_ZONE + 3}`)).toBe(true);
    // Nothing is drawn in the quiet zone.
    for (const cell of dark) {
      const [x, y] = cell.split(',').map(Number) as [number, number];
      expect(x >= QUIET_ZONE && y >= QUIET_ZONE && x < shape.size - QUIET_ZONE && y < shape.size - QUIET_ZONE).toBe(true);
    }
  });

  it('encodes non-Latin text as UTF-8, so it needs more room than its length in characters', () => {
    // 12 Arabic letters are 24 UTF-8 bytes: too many for version 1 at level M (14 bytes).
    expect(qrShape('مركز العمل ك').size).toBeGreaterThan(21 + 2 * QUIET_ZONE);
    expect(qrShape('abcdefghijkl').size).toBe(21 + 2 * QUIET_ZONE);
  });

  it('fits an entry link of the app', () => {
    const shape = qrShape('https://wegweiser.example.org/app/#/e/werkstatt-fuer-junge-menschen-eschwege');
    expect(shape.rows.length).toBeGreaterThan(20);
    expect(shape.size).toBeLessThanOrEqual(41 + 2 * QUIET_ZONE);
  });
});
