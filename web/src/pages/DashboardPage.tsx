import { useEffect, useRef, useState } from 'react';
import { Link } from '../components/Link';
import { echarts } from '../lib/charts';
import { get, query } from '../lib/api';
import { useI18n, type MessageKey } from '../lib/i18n';
import { useLive, type Notice } from '../lib/live';
import { formatAmounts } from '../lib/money';
import { useSettings } from '../lib/settings';
import { formatClock, formatEnergy, formatPower, formatTime, startOfDay } from '../lib/time';
import type { Money } from '../lib/types';

export interface Dashboard {
  at: string;
  stations: { total: number; online: number; offline: number; charging: number; faulted: number };
  connectors: { total: number; charging: number };
  sessions: { started: number; active: number };
  energyWh: number;
  powerW: number;
  utilizationPercent: number;
  /** The orders of transactions that ended since the operator's midnight, one sum per currency. */
  revenue: Money[];
}

const WINDOW_MS = 60 * 60 * 1000;

/** The big screen (issue 8): figures readable across a room, a live power chart, the latest alarms and events. */
export default function DashboardPage() {
  const { t, lang } = useI18n();
  const { zone } = useSettings();
  const [figures, setFigures] = useState<Dashboard | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [power, setPower] = useState<[number, number][]>([]);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refresh = () =>
    get<Dashboard>(`/api/v1/dashboard${query({ since: startOfDay(Date.now(), zone) })}`).then((d) => {
      setFigures(d);
      const now = Date.now();
      setPower((points) => [...points.filter(([at]) => at > now - WINDOW_MS), [now, d.powerW / 1000]]);
    });
  // Live events ask for fresh figures, at most one request every 2 s whatever the network's event rate.
  const soon = () => {
    if (!pending.current) pending.current = setTimeout(() => { pending.current = null; refresh(); }, 2000);
  };
  useEffect(() => {
    refresh();
    get<{ items: Notice[] }>('/api/v1/live/recent').then((r) => setNotices(r.items));
    const timer = setInterval(refresh, 15_000);
    return () => {
      clearInterval(timer);
      if (pending.current) clearTimeout(pending.current);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [zone]);
  useLive('station', soon);
  useLive('connector', soon);
  useLive('transaction', soon);
  useLive('meter', soon);
  useLive('notice', (event) => setNotices((list) => [event as unknown as Notice, ...list].slice(0, 50)));

  const tiles: { label: MessageKey; value: string; tone?: string }[] = figures
    ? [
        { label: 'stationsOnline', value: String(figures.stations.online), tone: 'ok' },
        { label: 'stationsOffline', value: String(figures.stations.offline), tone: 'muted' },
        { label: 'stationsCharging', value: String(figures.stations.charging), tone: 'busy' },
        { label: 'stationsFaulted', value: String(figures.stations.faulted), tone: figures.stations.faulted > 0 ? 'alarm' : 'muted' },
        { label: 'energyToday', value: formatEnergy(figures.energyWh) },
        { label: 'sessionsToday', value: String(figures.sessions.started) },
        { label: 'activeSessions', value: String(figures.sessions.active) },
        { label: 'utilization', value: `${Number(figures.utilizationPercent).toFixed(1)} %` },
        { label: 'totalPower', value: formatPower(figures.powerW) },
        { label: 'revenueToday', value: formatAmounts(figures.revenue) },
      ]
    : [];

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard')}</h1>
      {!figures && <p role="status">{t('loading')}</p>}
      <ul className="tiles">
        {tiles.map((tile) => (
          <li key={tile.label} className={`tile ${tile.tone ? `tile-${tile.tone}` : ''}`} data-figure={tile.label}>
            <span className="tile-value">{tile.value}</span>
            <span className="tile-label">
              {t(tile.label)}
              {tile.label === 'revenueToday' && figures?.revenue.length === 0 ? ` (${t('revenueNone')})` : ''}
            </span>
          </li>
        ))}
      </ul>
      <div className="grid two">
        <section className="card" aria-labelledby="power-title">
          <h2 id="power-title">{t('livePower')}</h2>
          <PowerChart points={power} zone={zone} />
        </section>
        <section className="card" aria-labelledby="events-title">
          <h2 id="events-title">{t('latestEvents')}</h2>
          {notices.length === 0 ? (
            <p>{t('noEvents')}</p>
          ) : (
            <ol className="events" aria-live="polite">
              {notices.slice(0, 15).map((n, i) => (
                <li key={`${n.at}-${n.stationId}-${n.kind}-${i}`} className={n.alarm ? 'alarm' : ''}>
                  <time dateTime={n.at}>{formatTime(n.at, zone, lang)}</time>{' '}
                  {n.alarm && <span className="badge badge-alarm">!</span>}{' '}
                  <Link to={`/stations/${encodeURIComponent(n.stationId)}`}>{n.stationId}</Link>{' '}
                  {t(`kind.${n.kind}` as MessageKey)}
                  {n.detail.connectorId !== undefined ? ` · ${t('connector')} ${String(n.detail.connectorId)}` : ''}
                  {n.detail.errorCode ? ` · ${String(n.detail.errorCode)}` : ''}
                  {n.detail.type ? ` · ${String(n.detail.type)}` : ''}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </section>
  );
}

function PowerChart({ points, zone }: { points: [number, number][]; zone: string }) {
  const { t } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!element.current) return;
    chart.current = echarts.init(element.current);
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({
      animation: false,
      grid: { left: 60, right: 20, top: 36, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time', min: Date.now() - WINDOW_MS, max: Date.now(), axisLabel: { color: '#c9d1d9', fontSize: 14, formatter: (v: number) => formatClock(v, zone) } },
      yAxis: { type: 'value', name: 'kW', nameTextStyle: { color: '#c9d1d9' }, axisLabel: { color: '#c9d1d9', fontSize: 14 }, splitLine: { lineStyle: { color: '#30363d' } } },
      series: [{ type: 'line', name: t('totalPower'), showSymbol: points.length < 2, areaStyle: { opacity: 0.2 }, step: 'end', data: points }],
    });
  }, [points, zone, t]);
  const last = points[points.length - 1];
  return (
    <div ref={element} className="power-chart" role="img" aria-label={`${t('livePower')}: ${last ? `${last[1].toFixed(1)} kW` : '—'}`} />
  );
}
