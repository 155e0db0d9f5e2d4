/** Label points for boundary polygons: the area centroid, or a point inside when that falls outside. */

/** A closed ring of points, first point repeated at the end (GeoJSON order). */
export type Ring = readonly { readonly lat: number; readonly lon: number }[];

/** Signed planar area and centroid of one ring (lon as x, lat as y; fine at district scale). */
function ringMoments(ring: Ring): { area: number; cx: number; cy: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    const cross = a.lon * b.lat - b.lon * a.lat;
    area += cross;
    cx += (a.lon + b.lon) * cross;
    cy += (a.lat + b.lat) * cross;
  }
  return { area: area / 2, cx, cy };
}

/** Area of a polygon (outer ring minus holes). */
function polygonArea(polygon: readonly Ring[]): number {
  return polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringMoments(ring).area), 0);
}

function centroid(polygon: readonly Ring[]): { lat: number; lon: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  polygon.forEach((ring, i) => {
    const m = ringMoments(ring);
    // Outer ring counts positive, holes negative, whatever their winding.
    const sign = (i === 0 ? 1 : -1) * Math.sign(m.area);
    area += sign * m.area;
    cx += sign * m.cx;
    cy += sign * m.cy;
  });
  return { lon: cx / (6 * area), lat: cy / (6 * area) };
}

/** Longitudes where the horizontal line at `lat` crosses the polygon's rings. */
function crossings(polygon: readonly Ring[], lat: number): number[] {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[i + 1]!;
      if (a.lat > lat !== b.lat > lat) xs.push(a.lon + ((lat - a.lat) / (b.lat - a.lat)) * (b.lon - a.lon));
    }
  }
  return xs.sort((x, y) => x - y);
}

/** Whether a point lies inside the polygon (even-odd rule over all rings, so holes are outside). */
export function insidePolygon(polygon: readonly Ring[], lat: number, lon: number): boolean {
  return crossings(polygon, lat).filter((x) => x < lon).length % 2 === 1;
}

/**
 * A label point for a (multi)polygon: the centroid of its largest part when that lies inside,
 * otherwise the middle of the widest inside stretch on the centroid's latitude.
 */
export function labelPoint(polygons: readonly (readonly Ring[])[]): { lat: number; lon: number } {
  const largest = [...polygons].sort((a, b) => polygonArea(b) - polygonArea(a))[0];
  if (!largest) throw new Error('no polygon');
  const c = centroid(largest);
  if (insidePolygon(largest, c.lat, c.lon)) return c;
  const xs = crossings(largest, c.lat);
  let best = { lat: c.lat, lon: c.lon, width: -1 };
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const width = xs[i + 1]! - xs[i]!;
    if (width > best.width) best = { lat: c.lat, lon: (xs[i]! + xs[i + 1]!) / 2, width };
  }
  return { lat: best.lat, lon: best.lon };
}
