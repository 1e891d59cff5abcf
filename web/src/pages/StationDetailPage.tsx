import { useCallback, useEffect, useState } from 'react';
import { ActionMessage } from '../components/ActionMessage';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Link } from '../components/Link';
import { StatusBadge } from '../components/StatusBadge';
import { ApiError, get, post, query, request, type Page } from '../lib/api';
import { useI18n, type MessageKey } from '../lib/i18n';
import { useLive } from '../lib/live';
import { useSettings } from '../lib/settings';
import { formatPower, formatTime } from '../lib/time';
import { headline, type CommandReply, type StationView, type TransactionView } from '../lib/types';
import { JournalPanel } from './JournalPanel';
import { applyLive } from './stationLive';

/** A command the operator is about to send: its label, the API's command path and its body. */
interface Pending {
  label: MessageKey;
  command: string;
  body: Record<string, unknown>;
  needsToken?: boolean;
}

export function StationDetailPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { zone } = useSettings();
  const [station, setStation] = useState<StationView | null>(null);
  const [missing, setMissing] = useState(false);
  const [active, setActive] = useState<TransactionView[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [idToken, setIdToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);
  const base = `/api/v1/stations/${encodeURIComponent(id)}`;

  const loadActive = useCallback(
    () =>
      get<Page<TransactionView>>(`/api/v1/transactions${query({ stationId: id, status: 'Active', size: 20 })}`)
        .then((page) => setActive(page.items))
        .catch(() => undefined),
    [id],
  );
  useEffect(() => {
    get<StationView>(base)
      .then(setStation)
      .catch((e) => e instanceof ApiError && e.status === 404 && setMissing(true));
    loadActive();
  }, [base, loadActive]);

  useLive('station', (event) => setStation((s) => s && applyLive(s, 'station', event)));
  useLive('connector', (event) => setStation((s) => s && applyLive(s, 'connector', event)));
  useLive('transaction', (event) => event.stationId === id && loadActive());
  // Each connector's latest meter reading, as the station reports it (issue 8: connectors live).
  const [readings, setReadings] = useState<Record<number, { powerW?: number; energyWh?: number; soc?: number }>>({});
  useLive('meter', (event) => {
    if (event.stationId !== id) return;
    const connectorId = Number(event.connectorId);
    setReadings((all) => ({ ...all, [connectorId]: { powerW: event.powerW as number, energyWh: event.energyWh as number, soc: event.soc as number } }));
  });

  if (missing) return <p role="alert">{t('nothingFound')}</p>;
  if (!station) return <p role="status">{t('loading')}</p>;

  async function send() {
    if (!pending) return;
    setBusy(true);
    try {
      const body = pending.needsToken ? { ...pending.body, idToken } : pending.body;
      const reply = await post<CommandReply>(`${base}/commands/${pending.command}`, body);
      setAnswer({ ok: reply.status === 'Accepted' || reply.status === 'Unlocked' || reply.status === 'Scheduled', text: t('stationAnswered', { answer: reply.status }) });
    } catch (e) {
      setAnswer({ ok: false, text: t('commandFailed', { reason: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
      setPending(null);
    }
  }

  // An operator lets a Pending station in (OCPP 1.6 §4.2); the platform makes a connected one boot again.
  async function setRegistration(registration: string) {
    try {
      setStation(await request<StationView>('PATCH', base, { registration }));
    } catch (e) {
      setAnswer({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  }

  const ask = (next: Pending) => {
    setAnswer(null);
    setPending(next);
  };
  const connectors = station.connectors.filter((c) => c.connectorId > 0);
  // A 2.0.1 station's rows are its EVSEs, each with the connectors it has (G01).
  const evseConnectors = station.evseConnectors ?? [];
  const byEvse = evseConnectors.length > 0;
  const boot = station.boot;

  return (
    <section aria-labelledby="station-title">
      <h1 id="station-title">
        {t('station')} {station.id} {station.name ? `· ${station.name}` : ''} <StatusBadge status={headline(station)} />
      </h1>

      <ActionMessage outcome={answer} testId="command-answer" />

      <div className="grid two">
        <div className="card">
          <h2>{t(byEvse ? 'evses' : 'connectors')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t(byEvse ? 'evse' : 'connector')}</th>
                <th scope="col">{t('status')}</th>
                {byEvse && <th scope="col">{t('itsConnectors')}</th>}
                <th scope="col">{t('errorCode')}</th>
                <th scope="col">{t('power')}</th>
                <th scope="col">{t('since')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {connectors.map((c) => {
                const running = active.find((tx) => tx.connectorId === c.connectorId);
                return (
                  <tr key={c.connectorId} data-connector={c.connectorId}>
                    <th scope="row">{c.connectorId}</th>
                    <td>
                      <StatusBadge status={c.status} />
                    </td>
                    {byEvse && (
                      <td data-testid={`evse-connectors-${c.connectorId}`}>
                        {evseConnectors
                          .filter((ec) => ec.evseId === c.connectorId)
                          .map((ec) => (
                            <span key={ec.connectorId} className="evse-connector">
                              {ec.connectorId} <StatusBadge status={ec.status} />{' '}
                            </span>
                          ))}
                      </td>
                    )}
                    <td>{c.errorCode && c.errorCode !== 'NoError' ? c.errorCode : ''}</td>
                    <td data-testid={`reading-${c.connectorId}`}>
                      {c.status === 'Charging' && readings[c.connectorId] ? (
                        <>
                          {formatPower(readings[c.connectorId].powerW)}
                          {readings[c.connectorId].soc !== undefined && readings[c.connectorId].soc !== null ? ` · ${readings[c.connectorId].soc} %` : ''}
                        </>
                      ) : (
                        ''
                      )}
                    </td>
                    <td>{formatTime(c.reportedAt, zone, lang)}</td>
                    <td className="actions">
                      {running ? (
                        <button type="button" onClick={() => ask({ label: 'remoteStop', command: 'remote-stop', body: { transactionId: running.id } })}>
                          {t('remoteStop')} #{running.id}
                        </button>
                      ) : (
                        <button type="button" onClick={() => ask({ label: 'remoteStart', command: 'remote-start', body: { connectorId: c.connectorId }, needsToken: true })}>
                          {t('remoteStart')}
                        </button>
                      )}
                      <button type="button" onClick={() => ask({ label: 'unlock', command: 'unlock', body: { connectorId: c.connectorId } })}>
                        {t('unlock')}
                      </button>
                      {c.status === 'Unavailable' ? (
                        <button type="button" onClick={() => ask({ label: 'makeOperative', command: 'change-availability', body: { connectorId: c.connectorId, operative: true } })}>
                          {t('makeOperative')}
                        </button>
                      ) : (
                        <button type="button" onClick={() => ask({ label: 'makeInoperative', command: 'change-availability', body: { connectorId: c.connectorId, operative: false } })}>
                          {t('makeInoperative')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" onClick={() => ask({ label: 'resetSoft', command: 'reset', body: { type: 'Soft' } })}>
              {t('resetSoft')}
            </button>
            <button type="button" onClick={() => ask({ label: 'resetHard', command: 'reset', body: { type: 'Hard' } })}>
              {t('resetHard')}
            </button>
            <button type="button" onClick={() => ask({ label: 'makeInoperative', command: 'change-availability', body: { connectorId: 0, operative: false } })}>
              {t('makeInoperative')} ({t('station')})
            </button>
            <button type="button" onClick={() => ask({ label: 'makeOperative', command: 'change-availability', body: { connectorId: 0, operative: true } })}>
              {t('makeOperative')} ({t('station')})
            </button>
          </div>
          {active.length > 0 && (
            <p>
              {active.map((tx) => (
                <Link key={tx.id} to={`/transactions/${tx.id}`}>
                  {t('transaction')} #{tx.id}{' '}
                </Link>
              ))}
            </p>
          )}
        </div>

        <div className="card">
          <h2>{t('boot')}</h2>
          <dl className="facts">
            <dt>{t('connection')}</dt>
            <dd>
              <StatusBadge status={station.connected ? 'Online' : 'Offline'} />
            </dd>
            <dt>{t('lastSeen')}</dt>
            <dd>{formatTime(station.lastSeen, zone, lang)}</dd>
            <dt>{t('registration')}</dt>
            <dd>
              <StatusBadge status={station.registration} />{' '}
              {station.registration !== 'Accepted' && (
                <button type="button" onClick={() => setRegistration('Accepted')}>{t('acceptStation')}</button>
              )}
              {station.registration === 'Pending' && (
                <button type="button" onClick={() => setRegistration('Rejected')}>{t('rejectStation')}</button>
              )}
            </dd>
            <dt>{t('protocol')}</dt>
            <dd>{station.protocol ?? '—'}</dd>
            <dt>{t('vendor')}</dt>
            <dd>{boot?.vendor ?? '—'}</dd>
            <dt>{t('model')}</dt>
            <dd>{boot?.model ?? '—'}</dd>
            <dt>{t('serialNumber')}</dt>
            <dd>{boot?.serialNumber ?? '—'}</dd>
            <dt>{t('firmwareVersion')}</dt>
            <dd>{boot?.firmwareVersion ?? '—'}</dd>
            <dt>{t('lastBoot')}</dt>
            <dd>{formatTime(station.lastBootAt, zone, lang)}</dd>
          </dl>
          <LocationForm base={base} />
        </div>
      </div>

      <JournalPanel base={base} stationId={id} />

      {pending && (
        <ConfirmDialog
          title={t('confirmTitle', { action: t(pending.label), station: station.id })}
          busy={busy || (pending.needsToken && !idToken.trim())}
          onCancel={() => setPending(null)}
          onConfirm={send}
        >
          {pending.needsToken && (
            <label>
              {t('idToken')}
              <input value={idToken} required onChange={(e) => setIdToken(e.target.value)} />
            </label>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}

function LocationForm({ base }: { base: string }) {
  const { t } = useI18n();
  const [latitude, setLatitude] = useState('');
  const [longitude, setLongitude] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    get<{ latitude: number; longitude: number }>(`${base}/location`)
      .then((l) => {
        setLatitude(String(l.latitude));
        setLongitude(String(l.longitude));
      })
      .catch(() => undefined);
  }, [base]);
  return (
    <form
      className="inline-form"
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          await request('PUT', `${base}/location`, { latitude: Number(latitude), longitude: Number(longitude) });
          setMessage(t('saved'));
        } catch (e) {
          setMessage(e instanceof Error ? e.message : String(e));
        }
      }}
    >
      <fieldset>
        <legend>{t('location')}</legend>
        <label>
          {t('latitude')}
          <input inputMode="decimal" required value={latitude} onChange={(e) => setLatitude(e.target.value)} />
        </label>
        <label>
          {t('longitude')}
          <input inputMode="decimal" required value={longitude} onChange={(e) => setLongitude(e.target.value)} />
        </label>
        <button type="submit">{t('saveLocation')}</button>
        {message && <span role="status">{message}</span>}
      </fieldset>
    </form>
  );
}
