import { lazy, Suspense, useEffect, useState } from 'react';
import { currentSession, onSessionChange, type Session } from './lib/api';
import { useI18n } from './lib/i18n';
import { live } from './lib/live';
import { match, navigate, useLocation } from './lib/router';
import { SettingsProvider } from './lib/settings';
import { Layout } from './components/Layout';
import { LoginPage } from './pages/LoginPage';
import { StationsPage } from './pages/StationsPage';
import { StationDetailPage } from './pages/StationDetailPage';
import { TransactionsPage } from './pages/TransactionsPage';
import { IdTokensPage } from './pages/IdTokensPage';
import { UsersPage } from './pages/UsersPage';

// The pages with charts or the map load on first use: login and the lists paint without ECharts' weight.
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const MapPage = lazy(() => import('./pages/MapPage'));
const TransactionDetailPage = lazy(() => import('./pages/TransactionDetailPage'));

function Page({ path }: { path: string }) {
  let params: Record<string, string> | null;
  if (path === '/' || path === '/dashboard') return <DashboardPage />;
  if (path === '/map') return <MapPage />;
  if (path === '/stations') return <StationsPage />;
  if ((params = match('/stations/:id', path))) return <StationDetailPage id={params.id} />;
  if (path === '/transactions') return <TransactionsPage />;
  if ((params = match('/transactions/:id', path))) return <TransactionDetailPage id={params.id} />;
  if (path === '/id-tokens') return <IdTokensPage />;
  if (path === '/users') return <UsersPage />;
  return <DashboardPage />;
}

export function App() {
  const [session, setSession] = useState<Session | null>(currentSession());
  const { path } = useLocation();
  const { t } = useI18n();
  useEffect(
    () =>
      onSessionChange((next) => {
        setSession(next);
        if (!next) live.close();
      }),
    [],
  );
  if (!session) return <LoginPage onLoggedIn={() => navigate(path === '/login' ? '/' : path, true)} />;
  return (
    <SettingsProvider>
      <Layout session={session} path={path}>
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <Page path={path} />
        </Suspense>
      </Layout>
    </SettingsProvider>
  );
}
