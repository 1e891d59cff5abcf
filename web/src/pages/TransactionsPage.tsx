import { useEffect, useState } from 'react';
import { ExportButton } from '../components/ExportButton';
import { Link } from '../components/Link';
import { PagedTable } from '../components/PagedTable';
import { StatusBadge } from '../components/StatusBadge';
import { get, query, type Page } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { useLive } from '../lib/live';
import { useSettings } from '../lib/settings';
import { formatEnergy, formatTime, wallTimeToIso } from '../lib/time';
import type { TransactionView } from '../lib/types';

const SIZE = 50;

export function TransactionsPage() {
  const { t, lang, state } = useI18n();
  const { zone } = useSettings();
  const [form, setForm] = useState({ stationId: '', status: '', from: '', to: '' });
  const [applied, setApplied] = useState(form);
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<Page<TransactionView> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const filters = { stationId: applied.stationId.trim(), status: applied.status, from: wallTimeToIso(applied.from, zone), to: wallTimeToIso(applied.to, zone) };
  const path = `/api/v1/transactions${query(filters)}`;

  useEffect(() => {
    setError(null);
    get<Page<TransactionView>>(`/api/v1/transactions${query({ ...filters, page: pageIndex, size: SIZE })}`)
      .then(setPage)
      .catch((e) => setError(e instanceof Error ? e.message : String(e)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, pageIndex, tick]);
  // The first page shows new and ended sessions as they happen.
  useLive('transaction', () => pageIndex === 0 && setTick((n) => n + 1));

  return (
    <section aria-labelledby="transactions-title">
      <h1 id="transactions-title">{t('transactions')}</h1>
      <form
        className="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setPageIndex(0);
          setApplied(form);
        }}
      >
        <label>
          {t('station')}
          <input name="stationId" value={form.stationId} onChange={(e) => setForm({ ...form, stationId: e.target.value })} />
        </label>
        <label>
          {t('status')}
          <select value={form.status} onChange={(e) => setForm({ ...form, status: e.target.value })}>
            <option value="">{t('any')}</option>
            <option value="Active">{state('Active')}</option>
            <option value="Completed">{state('Completed')}</option>
          </select>
        </label>
        <label>
          {t('from')}
          <input type="datetime-local" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        </label>
        <label>
          {t('to')}
          <input type="datetime-local" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        </label>
        <button type="submit">{t('apply')}</button>
        <ExportButton<TransactionView>
          path={path}
          fileName="transactions.csv"
          columns={[
            { header: 'id', value: (x) => x.id },
            { header: 'stationId', value: (x) => x.stationId },
            { header: 'connectorId', value: (x) => x.connectorId },
            { header: 'idToken', value: (x) => x.idToken },
            { header: 'startedAt', value: (x) => x.startedAt },
            { header: 'stoppedAt', value: (x) => x.stoppedAt },
            { header: 'energyWh', value: (x) => x.energyWh },
            { header: 'stopReason', value: (x) => x.stopReason },
            { header: 'status', value: (x) => x.status },
          ]}
        />
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      <PagedTable
        page={page}
        onPage={setPageIndex}
        headers={['#', t('station'), t('connector'), t('idToken'), t('started'), t('stopped'), t('energy'), t('status')]}
        row={(x) => (
          <tr key={x.id} data-transaction={x.id}>
            <th scope="row">
              <Link to={`/transactions/${x.id}`}>{x.id}</Link>
            </th>
            <td>
              <Link to={`/stations/${encodeURIComponent(x.stationId)}`}>{x.stationId}</Link>
            </td>
            <td>{x.connectorId}</td>
            <td>{x.idToken ?? ''}</td>
            <td>{formatTime(x.startedAt, zone, lang)}</td>
            <td>{formatTime(x.stoppedAt, zone, lang)}</td>
            <td>{formatEnergy(x.energyWh)}</td>
            <td>
              <StatusBadge status={x.status} />
            </td>
          </tr>
        )}
      />
    </section>
  );
}
