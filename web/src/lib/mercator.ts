// Web Mercator (EPSG:3857) as slippy-map tile servers use it: the world is 256·2^zoom pixels square.

export const TILE = 256;
const MAX_LAT = 85.0511;

export function worldSize(zoom: number): number {
  return TILE * 2 ** zoom;
}

export function project(lon: number, lat: number, zoom: number): [number, number] {
  const size = worldSize(zoom);
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * size, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size];
}

export function unproject(x: number, y: number, zoom: number): [number, number] {
  const size = worldSize(zoom);
  const lon = (x / size) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / size;
  return [lon, (180 / Math.PI) * Math.atan(Math.sinh(n))];
}

export interface Point {
  x: number;
  y: number;
}

export interface Cluster<T> {
  x: number;
  y: number;
  items: T[];
}

/** Groups screen points that fall into the same cell of a `cell`-pixel grid (issue 8: clustered when many). */
export function cluster<T extends Point>(points: T[], cell: number): Cluster<T>[] {
  const cells = new Map<string, T[]>();
  for (const point of points) {
    const key = `${Math.floor(point.x / cell)}:${Math.floor(point.y / cell)}`;
    const list = cells.get(key);
    if (list) list.push(point);
    else cells.set(key, [point]);
  }
  return [...cells.values()].map((items) => ({
    x: items.reduce((sum, p) => sum + p.x, 0) / items.length,
    y: items.reduce((sum, p) => sum + p.y, 0) / items.length,
    items,
  }));
}

/** The tile URL for a template with {z}, {x}, {y} (and optionally {s}). */
export function tileUrl(template: string, z: number, x: number, y: number): string {
  return template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y)).replace('{s}', 'a');
}
