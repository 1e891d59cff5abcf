import { useEffect, useState, type FormEvent } from 'react';
import { ExportButton } from '../components/ExportButton';
import { ActionMessage, useAction } from '../components/ActionMessage';
import { PagedTable } from '../components/PagedTable';
import { StatusBadge } from '../components/StatusBadge';
import { get, post, query, request, type Page } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { useSettings } from '../lib/settings';
import { formatTime, wallTimeToIso } from '../lib/time';
import type { IdTokenView } from '../lib/types';

export function IdTokensPage() {
  const { t, lang, state } = useI18n();
  const { zone } = useSettings();
  const [status, setStatus] = useState('');
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<Page<IdTokenView> | null>(null);
  const [tick, setTick] = useState(0);
  const [form, setForm] = useState({ idToken: '', groupId: '', expiresAt: '' });
  const { outcome, act } = useAction(() => setTick((n) => n + 1));
  const [error, setError] = useState<string | null>(null);
  const path = `/api/v1/id-tokens${query({ status })}`;

  useEffect(() => {
    get<Page<IdTokenView>>(`/api/v1/id-tokens${query({ status, page: pageIndex, size: 50 })}`)
      .then(setPage)
      .catch((e) => setError(e instanceof Error ? e.message : String(e)));
  }, [status, pageIndex, tick]);

  const change = (token: string, body: Record<string, unknown>) =>
    act(() => request('PATCH', `/api/v1/id-tokens/${encodeURIComponent(token)}`, body));

  function issue(event: FormEvent) {
    event.preventDefault();
    act(async () => {
      await post('/api/v1/id-tokens', {
        idToken: form.idToken.trim(),
        groupId: form.groupId.trim() || undefined,
        expiresAt: wallTimeToIso(form.expiresAt, zone),
      });
      setForm({ idToken: '', groupId: '', expiresAt: '' });
    });
  }

  return (
    <section aria-labelledby="tokens-title">
      <h1 id="tokens-title">{t('idTokens')}</h1>
      <form className="card inline-form" onSubmit={issue} aria-labelledby="issue-title">
        <h2 id="issue-title">{t('issueToken')}</h2>
        <label>
          {t('idToken')}
          <input required maxLength={36} value={form.idToken} onChange={(e) => setForm({ ...form, idToken: e.target.value })} />
        </label>
        <label>
          {t('group')}
          <input maxLength={36} value={form.groupId} onChange={(e) => setForm({ ...form, groupId: e.target.value })} />
        </label>
        <label>
          {t('expiresAt')}
          <input type="datetime-local" value={form.expiresAt} onChange={(e) => setForm({ ...form, expiresAt: e.target.value })} />
        </label>
        <button type="submit" className="primary">{t('create')}</button>
      </form>
      <ActionMessage outcome={outcome} />
      {error && <p role="alert" className="error">{error}</p>}
      <div className="filters">
        <label>
          {t('status')}
          <select value={status} onChange={(e) => { setStatus(e.target.value); setPageIndex(0); }}>
            <option value="">{t('any')}</option>
            {['Accepted', 'Blocked', 'Expired', 'Invalid'].map((s) => (
              <option key={s} value={s}>{state(s)}</option>
            ))}
          </select>
        </label>
        <ExportButton<IdTokenView>
          path={path}
          fileName="id-tokens.csv"
          columns={[
            { header: 'idToken', value: (x) => x.idToken },
            { header: 'status', value: (x) => x.status },
            { header: 'groupId', value: (x) => x.groupId },
            { header: 'expiresAt', value: (x) => x.expiresAt },
            { header: 'createdAt', value: (x) => x.createdAt },
          ]}
        />
      </div>
      <PagedTable
        page={page}
        onPage={setPageIndex}
        headers={[t('idToken'), t('status'), t('group'), t('expiresAt'), t('createdAt'), t('actions')]}
        row={(x) => (
          <tr key={x.idToken}>
            <th scope="row">{x.idToken}</th>
            <td><StatusBadge status={x.status} /></td>
            <td>{x.groupId ?? ''}</td>
            <td>{formatTime(x.expiresAt, zone, lang)}</td>
            <td>{formatTime(x.createdAt, zone, lang)}</td>
            <td className="actions">
              {x.status === 'Accepted' ? (
                <button type="button" onClick={() => change(x.idToken, { status: 'Blocked' })}>{t('block')}</button>
              ) : (
                <button type="button" onClick={() => change(x.idToken, { status: 'Accepted' })}>{t('unblock')}</button>
              )}
              {x.status !== 'Expired' && (
                <button type="button" onClick={() => change(x.idToken, { status: 'Expired', expiresAt: new Date().toISOString() })}>{t('expire')}</button>
              )}
            </td>
          </tr>
        )}
      />
    </section>
  );
}
