import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type WheelEvent } from 'react';
import { tone } from '../components/StatusBadge';
import { get, query } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { useLive } from '../lib/live';
import { cluster, project, TILE, tileUrl, unproject, worldSize } from '../lib/mercator';
import { navigate } from '../lib/router';
import { useSettings } from '../lib/settings';
import { LAND } from '../lib/world';

interface Marker {
  stationId: string;
  latitude: number;
  longitude: number;
  connected: boolean;
  status: string | null;
}

interface View {
  lon: number;
  lat: number;
  zoom: number;
}

const MIN_ZOOM = 1;
const MAX_ZOOM = 18;
const CELL = 44;
const URGENCY = ['alarm', 'busy', 'warn', 'ok', 'muted'];

function markerState(marker: Marker): string {
  return marker.connected ? (marker.status ?? 'Online') : 'Offline';
}

/**
 * Stations on a map (issue 8): markers coloured by state, clustered when close, a click opens the station. The
 * basemap is the console's own land outline, so it works offline; a configured tile server draws beneath it.
 * Pan by dragging or with the arrow keys, zoom with the wheel, the buttons or + and -.
 */
export default function MapPage() {
  const { t, state } = useI18n();
  const { tileUrl: tiles } = useSettings();
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 900, height: 560 });
  const [view, setView] = useState<View>({ lon: 105, lat: 30, zoom: 2 });
  const [markers, setMarkers] = useState<Marker[]>([]);
  const [truncated, setTruncated] = useState(false);
  const drag = useRef<{ x: number; y: number; view: View } | null>(null);
  const fitted = useRef(false);

  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) =>
      setSize({ width: Math.max(300, entry.contentRect.width), height: Math.max(300, entry.contentRect.height) }),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const [cx, cy] = project(view.lon, view.lat, view.zoom);
  const toScreen = (lon: number, lat: number): [number, number] => {
    const [x, y] = project(lon, lat, view.zoom);
    return [x - cx + size.width / 2, y - cy + size.height / 2];
  };

  // The stations in view, read again when the view settles; the first answer fits the view to them.
  const [west, north] = unproject(cx - size.width / 2, cy - size.height / 2, view.zoom);
  const [east, south] = unproject(cx + size.width / 2, cy + size.height / 2, view.zoom);
  const bounds = fitted.current
    ? { south: Math.max(-90, south), west: Math.max(-180, west), north: Math.min(90, north), east: Math.min(180, east) }
    : {};
  const path = `/api/v1/map/markers${query({ ...bounds, limit: 20000 })}`;
  useEffect(() => {
    const timer = setTimeout(() => {
      get<{ items: Marker[]; truncated: boolean }>(path).then((answer) => {
        setMarkers(answer.items);
        setTruncated(answer.truncated);
        if (!fitted.current) {
          fitted.current = true;
          // The offline outline is coarse: closer than zoom 6 it shows little but land or sea.
          if (answer.items.length > 0) setView(fit(answer.items, size.width, size.height, tiles ? 14 : 6));
        }
      });
    }, 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path]);

  const update = (stationId: string, change: Partial<Marker>) =>
    setMarkers((list) => list.map((m) => (m.stationId === stationId ? { ...m, ...change } : m)));
  useLive('station', (e) => typeof e.connected === 'boolean' && update(e.stationId, { connected: e.connected }));
  useLive('connector', (e) => Number(e.connectorId) > 0 && update(e.stationId, { connected: true, status: String(e.status) }));

  const land = useMemo(
    () =>
      LAND.map((ring) =>
        ring
          .map(([lon, lat], i) => {
            const [x, y] = toScreen(lon, lat);
            return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
          })
          .join('') + 'Z',
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, size],
  );

  const points = markers.map((m) => {
    const [x, y] = toScreen(m.longitude, m.latitude);
    return { x, y, marker: m };
  });
  const groups = cluster(
    points.filter((p) => p.x > -CELL && p.y > -CELL && p.x < size.width + CELL && p.y < size.height + CELL),
    CELL,
  );

  const zoomTo = (zoom: number, atX = size.width / 2, atY = size.height / 2) =>
    setView((v) => {
      const next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
      const [px, py] = project(v.lon, v.lat, v.zoom);
      const [lon, lat] = unproject(px - size.width / 2 + atX, py - size.height / 2 + atY, v.zoom);
      const [ax, ay] = project(lon, lat, next);
      const [clon, clat] = unproject(ax - atX + size.width / 2, ay - atY + size.height / 2, next);
      return { lon: clon, lat: clat, zoom: next };
    });
  const panBy = (dx: number, dy: number) =>
    setView((v) => {
      const [px, py] = project(v.lon, v.lat, v.zoom);
      const [lon, lat] = unproject(px + dx, py + dy, v.zoom);
      return { ...v, lon: ((((lon + 180) % 360) + 360) % 360) - 180, lat };
    });

  return (
    <section aria-labelledby="map-title" className="map-page">
      <h1 id="map-title">{t('map')}</h1>
      <p className="hint">{tiles ? `${t('tileServer')}: ${tiles}` : t('offlineBasemap')}</p>
      {truncated && <p role="status" className="notice">{t('markersTruncated')}</p>}
      {markers.length === 0 && <p>{t('notPlaced')}</p>}
      <div className="map-tools">
        <button type="button" onClick={() => zoomTo(view.zoom + 1)} aria-label={t('zoomIn')}>+</button>
        <button type="button" onClick={() => zoomTo(view.zoom - 1)} aria-label={t('zoomOut')}>−</button>
      </div>
      <div
        ref={box}
        className="map"
        tabIndex={0}
        role="application"
        aria-label={t('map')}
        onKeyDown={(e: KeyboardEvent) => {
          const step = 80;
          const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
          if (moves[e.key]) panBy(...moves[e.key]);
          else if (e.key === '+' || e.key === '=') zoomTo(view.zoom + 1);
          else if (e.key === '-') zoomTo(view.zoom - 1);
          else return;
          e.preventDefault();
        }}
        onWheel={(e: WheelEvent) => {
          const rect = box.current!.getBoundingClientRect();
          zoomTo(view.zoom - Math.sign(e.deltaY) * 0.5, e.clientX - rect.left, e.clientY - rect.top);
        }}
        onPointerDown={(e: PointerEvent) => {
          if ((e.target as Element).closest('a')) return;
          drag.current = { x: e.clientX, y: e.clientY, view };
          (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
        }}
        onPointerMove={(e: PointerEvent) => {
          const start = drag.current;
          if (!start) return;
          const [sx, sy] = project(start.view.lon, start.view.lat, start.view.zoom);
          const [lon, lat] = unproject(sx - (e.clientX - start.x), sy - (e.clientY - start.y), start.view.zoom);
          setView({ lon: ((((lon + 180) % 360) + 360) % 360) - 180, lat: Math.max(-80, Math.min(80, lat)), zoom: start.view.zoom });
        }}
        onPointerUp={() => (drag.current = null)}
      >
        <svg width={size.width} height={size.height} role="presentation">
          <rect width={size.width} height={size.height} className="sea" />
          {land.map((d, i) => (
            <path key={i} d={d} className="land" />
          ))}
          <Graticule view={view} width={size.width} height={size.height} />
          {tiles && <Tiles template={tiles} view={view} width={size.width} height={size.height} />}
          {groups.map((group) => {
            if (group.items.length === 1) {
              const m = group.items[0].marker;
              const label = `${m.stationId}: ${state(markerState(m))}`;
              return (
                <a
                  key={m.stationId}
                  href={`/stations/${encodeURIComponent(m.stationId)}`}
                  aria-label={label}
                  data-marker={m.stationId}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(`/stations/${encodeURIComponent(m.stationId)}`);
                  }}
                >
                  <title>{label}</title>
                  <circle cx={group.x} cy={group.y} r={9} className={`marker marker-${tone(markerState(m))}`} />
                </a>
              );
            }
            const worst = URGENCY.find((u) => group.items.some((p) => tone(markerState(p.marker)) === u)) ?? 'muted';
            const label = t('stationsHere', { count: group.items.length });
            return (
              <a
                key={`${group.x}:${group.y}`}
                href="#"
                aria-label={label}
                onClick={(e) => {
                  e.preventDefault();
                  zoomTo(view.zoom + 2, group.x, group.y);
                }}
              >
                <title>{label}</title>
                <circle cx={group.x} cy={group.y} r={16} className={`marker cluster marker-${worst}`} />
                <text x={group.x} y={group.y + 5} textAnchor="middle" className="cluster-count">
                  {group.items.length}
                </text>
              </a>
            );
          })}
        </svg>
      </div>
    </section>
  );
}

function Tiles({ template, view, width, height }: { template: string; view: View; width: number; height: number }) {
  const z = Math.max(0, Math.min(19, Math.round(view.zoom)));
  const scale = 2 ** (view.zoom - z);
  const [cx, cy] = project(view.lon, view.lat, z);
  const tile = TILE * scale;
  const left = cx * scale - width / 2;
  const top = cy * scale - height / 2;
  const count = worldSize(z) / TILE;
  const images = [];
  for (let x = Math.floor(left / tile); x <= Math.floor((left + width) / tile); x++) {
    for (let y = Math.max(0, Math.floor(top / tile)); y <= Math.min(count - 1, Math.floor((top + height) / tile)); y++) {
      const wrapped = ((x % count) + count) % count;
      images.push(
        <image key={`${z}/${x}/${y}`} href={tileUrl(template, z, wrapped, y)} x={x * tile - left} y={y * tile - top} width={tile + 0.5} height={tile + 0.5} />,
      );
    }
  }
  return <g className="tiles">{images}</g>;
}

/** Lines of latitude and longitude, denser as the map zooms in, so that the plain basemap has a scale. */
function Graticule({ view, width, height }: { view: View; width: number; height: number }) {
  const step = view.zoom < 4 ? 30 : view.zoom < 6 ? 10 : view.zoom < 9 ? 1 : 0.1;
  const [cx, cy] = project(view.lon, view.lat, view.zoom);
  const [west, north] = unproject(cx - width / 2, cy - height / 2, view.zoom);
  const [east, south] = unproject(cx + width / 2, cy + height / 2, view.zoom);
  const lines = [];
  for (let lon = Math.ceil(west / step) * step; lon <= east; lon += step) {
    const x = project(lon, 0, view.zoom)[0] - cx + width / 2;
    lines.push(<line key={`lon${lon.toFixed(2)}`} x1={x} x2={x} y1={0} y2={height} className="graticule" />);
  }
  for (let lat = Math.ceil(Math.max(-80, south) / step) * step; lat <= Math.min(80, north); lat += step) {
    const y = project(0, lat, view.zoom)[1] - cy + height / 2;
    lines.push(<line key={`lat${lat.toFixed(2)}`} x1={0} x2={width} y1={y} y2={y} className="graticule" />);
  }
  return <g aria-hidden="true">{lines}</g>;
}

/** A view that shows every marker, at a zoom from 2 to `maxZoom`. */
function fit(markers: Marker[], width: number, height: number, maxZoom: number): View {
  const lons = markers.map((m) => m.longitude);
  const lats = markers.map((m) => m.latitude);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  let zoom = maxZoom;
  while (zoom > 2) {
    const [x1, y1] = project(minLon, maxLat, zoom);
    const [x2, y2] = project(maxLon, minLat, zoom);
    if (x2 - x1 < width * 0.8 && y2 - y1 < height * 0.8) break;
    zoom--;
  }
  const [x1, y1] = project(minLon, maxLat, zoom);
  const [x2, y2] = project(maxLon, minLat, zoom);
  const [lon, lat] = unproject((x1 + x2) / 2, (y1 + y2) / 2, zoom);
  return { lon, lat, zoom };
}
