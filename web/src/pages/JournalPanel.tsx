import { useEffect, useRef, useState } from 'react';
import { ExportButton } from '../components/ExportButton';
import { PagedTable } from '../components/PagedTable';
import { get, query, type Page } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { useLive } from '../lib/live';
import { useSettings } from '../lib/settings';
import { formatTime, wallTimeToIso } from '../lib/time';
import type { JournalEntryView } from '../lib/types';

const ACTIONS = ['BootNotification', 'Heartbeat', 'StatusNotification', 'Authorize', 'StartTransaction', 'StopTransaction', 'MeterValues', 'RemoteStartTransaction', 'RemoteStopTransaction', 'Reset', 'UnlockConnector', 'ChangeAvailability', 'DataTransfer', 'SecurityEventNotification'];

/** The station's message journal, newest first, filtered by action and a time range (site zone wall times). */
export function JournalPanel({ base, stationId }: { base: string; stationId: string }) {
  const { t, lang } = useI18n();
  const { zone } = useSettings();
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [applied, setApplied] = useState({ action: '', from: '', to: '' });
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<Page<JournalEntryView> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const reload = useRef<ReturnType<typeof setTimeout> | null>(null);
  // New frames show up while the page is open: any live event of this station reloads the page in view, at
  // most every 3 s (the journal is written in batches, so a little later than the event).
  const later = (event: { stationId: string }) => {
    if (event.stationId !== stationId || reload.current) return;
    reload.current = setTimeout(() => {
      reload.current = null;
      setTick((n) => n + 1);
    }, 3000);
  };
  useLive('station', later);
  useLive('connector', later);
  useLive('transaction', later);
  useEffect(() => () => { if (reload.current) clearTimeout(reload.current); }, []);
  const chosen = { action: applied.action, from: wallTimeToIso(applied.from, zone), to: wallTimeToIso(applied.to, zone) };
  const filters = query(chosen);
  useEffect(() => {
    setError(null);
    get<Page<JournalEntryView>>(`${base}/journal${query({ ...chosen, page: pageIndex, size: 25 })}`)
      .then(setPage)
      .catch((e) => setError(e instanceof Error ? e.message : String(e)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base, filters, pageIndex, tick]);
  return (
    <section className="card" aria-labelledby="journal-title">
      <h2 id="journal-title">{t('journal')}</h2>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setPageIndex(0);
          setApplied({ action, from, to });
        }}
      >
        <label>
          {t('action')}
          <input list="journal-actions" value={action} onChange={(e) => setAction(e.target.value)} />
          <datalist id="journal-actions">
            {ACTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </label>
        <label>
          {t('from')}
          <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('to')}
          <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit">{t('apply')}</button>
        <ExportButton<JournalEntryView>
          path={`${base}/journal${filters}`}
          fileName="journal.csv"
          columns={[
            { header: 'at', value: (e) => e.at },
            { header: 'direction', value: (e) => e.direction },
            { header: 'action', value: (e) => e.action },
            { header: 'messageId', value: (e) => e.messageId },
            { header: 'frame', value: (e) => e.frame },
          ]}
        />
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      <PagedTable
        page={page}
        onPage={setPageIndex}
        className="journal"
        headers={[t('time'), t('direction'), t('action'), t('payload')]}
        row={(entry, index) => (
          <tr key={`${entry.at}-${entry.messageId}-${index}`}>
            <td>{formatTime(entry.at, zone, lang)}</td>
            <td>{entry.direction === 'In' ? '←' : '→'} {entry.direction}</td>
            <td>{entry.action ?? ''}</td>
            <td>
              <code>{entry.frame}</code>
            </td>
          </tr>
        )}
      />
    </section>
  );
}
