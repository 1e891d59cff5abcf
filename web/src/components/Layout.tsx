import { useEffect, useRef, type ReactNode } from 'react';
import { logout, type Session } from '../lib/api';
import { useI18n, type Lang, type MessageKey } from '../lib/i18n';
import { useLiveOpen } from '../lib/live';
import { useSettings } from '../lib/settings';
import { Link } from './Link';

const PAGES: { to: string; label: MessageKey }[] = [
  { to: '/', label: 'dashboard' },
  { to: '/map', label: 'map' },
  { to: '/stations', label: 'stations' },
  { to: '/transactions', label: 'transactions' },
  { to: '/id-tokens', label: 'idTokens' },
  { to: '/users', label: 'users' },
];

function current(path: string, to: string): boolean {
  return to === '/' ? path === '/' || path === '/dashboard' : path === to || path.startsWith(`${to}/`);
}

export function Layout({ session, path, children }: { session: Session; path: string; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { zone } = useSettings();
  const liveOpen = useLiveOpen();
  const main = useRef<HTMLElement>(null);
  // After a page change, focus goes to the page's content, as a screen reader user would expect.
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
  }, [path]);
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">{t('appName')}</span>
        <nav aria-label={t('nav')}>
          <ul>
            {PAGES.map((page) => (
              <li key={page.to}>
                <Link to={page.to} aria-current={current(path, page.to) ? 'page' : undefined}>
                  {t(page.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="topbar-tools">
          <span className={`live-dot ${liveOpen ? 'on' : 'off'}`} role="status">
            {liveOpen ? t('live') : t('reconnecting')}
          </span>
          <span className="zone">{t('timesIn', { zone })}</span>
          <label>
            <span className="visually-hidden">{t('language')}</span>
            <select value={lang} onChange={(event) => setLang(event.target.value as Lang)}>
              <option value="zh">中文</option>
              <option value="en">English</option>
            </select>
          </label>
          <button type="button" onClick={() => logout()} title={session.user.username}>
            {t('logout')}
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
