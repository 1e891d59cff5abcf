import { useCallback, useEffect, useState } from 'react';
import { ActionMessage, useAction } from '../components/ActionMessage';
import { ExportButton } from '../components/ExportButton';
import { Link } from '../components/Link';
import { PagedTable } from '../components/PagedTable';
import { StatusBadge } from '../components/StatusBadge';
import { get, post, query, type Page } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { useLive } from '../lib/live';
import { useSettings } from '../lib/settings';
import { formatTime } from '../lib/time';
import { headline, type StationView } from '../lib/types';
import { applyLive } from './stationLive';

const SIZE = 50;

export function StationsPage() {
  const { t, lang, state } = useI18n();
  const { zone } = useSettings();
  const [text, setText] = useState('');
  const [connected, setConnected] = useState('');
  const [registration, setRegistration] = useState('');
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<Page<StationView> | null>(null);
  const filters = { q: text.trim(), connected, registration };
  const path = `/api/v1/stations${query(filters)}`;

  const load = useCallback(
    (index: number) => get<Page<StationView>>(`/api/v1/stations${query({ ...filters, page: index, size: SIZE })}`).then(setPage),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [path],
  );
  useEffect(() => {
    const timer = setTimeout(() => load(pageIndex), 200);
    return () => clearTimeout(timer);
  }, [load, pageIndex]);

  // Rows on screen follow their stations live; the list itself is not reloaded for every event.
  const onLive = (type: 'station' | 'connector') => (event: Parameters<typeof applyLive>[2]) =>
    setPage((current) => current && { ...current, items: current.items.map((s) => applyLive(s, type, event)) });
  useLive('station', onLive('station'));
  useLive('connector', onLive('connector'));

  return (
    <section aria-labelledby="stations-title">
      <h1 id="stations-title">{t('stations')}</h1>
      <RegisterStation onRegistered={() => load(pageIndex)} />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('search')}
          <input type="search" value={text} placeholder={t('searchStations')} onChange={(e) => { setText(e.target.value); setPageIndex(0); }} />
        </label>
        <label>
          {t('connection')}
          <select value={connected} onChange={(e) => { setConnected(e.target.value); setPageIndex(0); }}>
            <option value="">{t('any')}</option>
            <option value="true">{t('connected')}</option>
            <option value="false">{t('disconnected')}</option>
          </select>
        </label>
        <label>
          {t('registration')}
          <select value={registration} onChange={(e) => { setRegistration(e.target.value); setPageIndex(0); }}>
            <option value="">{t('any')}</option>
            {['Accepted', 'Pending', 'Rejected'].map((r) => (
              <option key={r} value={r}>{state(r)}</option>
            ))}
          </select>
        </label>
        <ExportButton<StationView>
          path={path}
          fileName="stations.csv"
          columns={[
            { header: 'id', value: (s) => s.id },
            { header: 'name', value: (s) => s.name },
            { header: 'registration', value: (s) => s.registration },
            { header: 'connected', value: (s) => s.connected },
            { header: 'status', value: (s) => headline(s) },
            { header: 'vendor', value: (s) => s.boot?.vendor },
            { header: 'model', value: (s) => s.boot?.model },
            { header: 'firmwareVersion', value: (s) => s.boot?.firmwareVersion },
            { header: 'lastSeen', value: (s) => s.lastSeen },
          ]}
        />
      </form>
      <PagedTable
        page={page}
        onPage={setPageIndex}
        headers={[t('id'), t('name'), t('status'), t('connectors'), t('vendorModel'), t('registration'), t('lastSeen')]}
        row={(station) => (
          <tr key={station.id} data-station={station.id}>
            <th scope="row">
              <Link to={`/stations/${encodeURIComponent(station.id)}`}>{station.id}</Link>
            </th>
            <td>{station.name ?? ''}</td>
            <td>
              <StatusBadge status={headline(station)} />
            </td>
            <td>
              {station.connectors
                .filter((c) => c.connectorId > 0)
                .map((c) => (
                  <span key={c.connectorId} className="connector-chip">
                    {c.connectorId}: <StatusBadge status={c.status} />
                  </span>
                ))}
            </td>
            <td>{station.boot ? `${station.boot.vendor} / ${station.boot.model}` : '—'}</td>
            <td>
              <StatusBadge status={station.registration} />
            </td>
            <td>{formatTime(station.lastSeen, zone, lang)}</td>
          </tr>
        )}
      />
    </section>
  );
}

/** A newcomer adds a charger here: its id and, for OCPP Basic Auth, its password (16 to 40 characters). */
function RegisterStation({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useI18n();
  const { ocppUrl } = useSettings();
  const [form, setForm] = useState({ id: '', name: '', password: '' });
  const { outcome, act } = useAction(onRegistered);
  return (
    <details className="card">
      <summary>{t('registerStation')}</summary>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          act(async () => {
            await post('/api/v1/stations', { id: form.id.trim(), name: form.name.trim() || undefined, password: form.password || undefined });
            setForm({ id: '', name: '', password: '' });
          });
        }}
      >
        <label>
          {t('id')}
          <input required maxLength={48} value={form.id} onChange={(e) => setForm({ ...form, id: e.target.value })} />
        </label>
        <label>
          {t('name')}
          <input maxLength={100} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <label>
          {t('stationPassword')}
          <input type="password" autoComplete="new-password" minLength={16} maxLength={40} value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
        </label>
        <button type="submit" className="primary">{t('create')}</button>
      </form>
      {ocppUrl && <p className="hint">{t('connectHint', { url: `${ocppUrl}/${form.id.trim() || '{id}'}` })}</p>}
      <ActionMessage outcome={outcome} />
    </details>
  );
}
