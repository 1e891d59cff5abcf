import { useEffect, useState, type FormEvent } from 'react';
import { ActionMessage, useAction } from '../components/ActionMessage';
import { ExportButton } from '../components/ExportButton';
import { PagedTable } from '../components/PagedTable';
import { StatusBadge } from '../components/StatusBadge';
import { currentSession, get, post, query, request, type Page } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { useSettings } from '../lib/settings';
import { formatTime, wallTimeToIso } from '../lib/time';

interface UserView {
  username: string;
  role: string;
  blocked: boolean;
  expiresAt?: string | null;
  createdAt: string;
}

function userState(user: UserView): string {
  if (user.blocked) return 'Blocked';
  if (user.expiresAt && Date.parse(user.expiresAt) <= Date.now()) return 'Expired';
  return 'Accepted';
}

/** Who may use the platform (issue 8): create users, block them, let their accounts expire. */
export function UsersPage() {
  const { t, lang } = useI18n();
  const { zone } = useSettings();
  const me = currentSession()?.user.username;
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<Page<UserView> | null>(null);
  const [tick, setTick] = useState(0);
  const [form, setForm] = useState({ username: '', password: '', expiresAt: '' });
  const { outcome, act } = useAction(() => setTick((n) => n + 1));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<Page<UserView>>(`/api/v1/users${query({ page: pageIndex, size: 50 })}`)
      .then(setPage)
      .catch((e) => setError(e instanceof Error ? e.message : String(e)));
  }, [pageIndex, tick]);

  const change = (username: string, body: Record<string, unknown>) =>
    act(() => request('PATCH', `/api/v1/users/${encodeURIComponent(username)}`, body));

  function create(event: FormEvent) {
    event.preventDefault();
    act(async () => {
      await post('/api/v1/users', { username: form.username.trim(), password: form.password });
      const expiresAt = wallTimeToIso(form.expiresAt, zone);
      if (expiresAt) await request('PATCH', `/api/v1/users/${encodeURIComponent(form.username.trim())}`, { expiresAt });
      setForm({ username: '', password: '', expiresAt: '' });
    });
  }

  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{t('users')}</h1>
      <form className="card inline-form" onSubmit={create} aria-labelledby="create-user-title">
        <h2 id="create-user-title">{t('createUser')}</h2>
        <label>
          {t('username')}
          <input required maxLength={64} pattern="[A-Za-z0-9._@\-]+" value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} />
        </label>
        <label>
          {t('password')}
          <input type="password" autoComplete="new-password" required minLength={12} value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} aria-describedby="password-rule" />
        </label>
        <label>
          {t('expiresAt')}
          <input type="datetime-local" value={form.expiresAt} onChange={(e) => setForm({ ...form, expiresAt: e.target.value })} />
        </label>
        <button type="submit" className="primary">{t('create')}</button>
        <p id="password-rule" className="hint">{t('passwordRule')}</p>
      </form>
      <ActionMessage outcome={outcome} />
      {error && <p role="alert" className="error">{error}</p>}
      <div className="filters">
        <ExportButton<UserView>
          path="/api/v1/users"
          fileName="users.csv"
          columns={[
            { header: 'username', value: (u) => u.username },
            { header: 'role', value: (u) => u.role },
            { header: 'blocked', value: (u) => u.blocked },
            { header: 'expiresAt', value: (u) => u.expiresAt },
            { header: 'createdAt', value: (u) => u.createdAt },
          ]}
        />
      </div>
      <PagedTable
        page={page}
        onPage={setPageIndex}
        headers={[t('username'), t('role'), t('status'), t('expiresAt'), t('createdAt'), t('actions')]}
        row={(user) => (
          <tr key={user.username} data-user={user.username}>
            <th scope="row">{user.username}</th>
            <td>{user.role}</td>
            <td><StatusBadge status={userState(user)} /></td>
            <td>{formatTime(user.expiresAt, zone, lang)}</td>
            <td>{formatTime(user.createdAt, zone, lang)}</td>
            <td className="actions">
              {user.username !== me && (
                <>
                  {user.blocked ? (
                    <button type="button" onClick={() => change(user.username, { blocked: false })}>{t('unblock')}</button>
                  ) : (
                    <button type="button" onClick={() => change(user.username, { blocked: true })}>{t('block')}</button>
                  )}
                  {userState(user) === 'Expired' ? (
                    <button type="button" onClick={() => change(user.username, { expiresAt: null })}>{t('neverExpire')}</button>
                  ) : (
                    <button type="button" onClick={() => change(user.username, { expiresAt: new Date().toISOString() })}>{t('expire')}</button>
                  )}
                </>
              )}
            </td>
          </tr>
        )}
      />
    </section>
  );
}
