import { Fragment, useEffect, useRef, useState } from 'react';
import { Link } from '../components/Link';
import { StatusBadge } from '../components/StatusBadge';
import { TrendChart } from '../components/TrendChart';
import { ApiError, get, getBlob } from '../lib/api';
import { saveBlob } from '../lib/csv';
import { useI18n, type MessageKey } from '../lib/i18n';
import { useLive } from '../lib/live';
import { formatMoney } from '../lib/money';
import { useSettings } from '../lib/settings';
import { formatEnergy, formatTime } from '../lib/time';
import type { OrderView, TransactionDetail } from '../lib/types';

const COMPONENTS = ['energy', 'service', 'time', 'idle', 'session', 'adjustment'] as const;
const ORDER_RETRIES = 5;

export default function TransactionDetailPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { zone } = useSettings();
  const [detail, setDetail] = useState<TransactionDetail | null>(null);
  const [missing, setMissing] = useState(false);
  // undefined: not asked yet; null: the transaction has no order (yet).
  const [order, setOrder] = useState<OrderView | null | undefined>(undefined);
  const [tick, setTick] = useState(0);
  const reload = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    get<TransactionDetail>(`/api/v1/transactions/${encodeURIComponent(id)}`)
      .then(setDetail)
      .catch((e) => e instanceof ApiError && (e.status === 404 || e.status === 400) && setMissing(true));
    get<OrderView>(`/api/v1/orders/by-transaction/${encodeURIComponent(id)}`)
      .then(setOrder)
      .catch((e) => e instanceof ApiError && e.status === 404 && setOrder(null));
  }, [id, tick]);
  // A running session's chart grows as meter values arrive (reloaded at most every 3 s).
  const later = () => {
    if (!reload.current) reload.current = setTimeout(() => { reload.current = null; setTick((n) => n + 1); }, 3000);
  };
  useLive('meter', (event) => String(event.transactionId) === id && later());
  useLive('transaction', (event) => String(event.transactionId) === id && setTick((n) => n + 1));
  useEffect(() => () => { if (reload.current) clearTimeout(reload.current); }, []);
  // The order is recorded just after the stop, with no event of its own: a finished session without one asks
  // again a few times.
  const askedAgain = useRef(0);
  const finished = detail !== null && detail.status !== 'Active';
  useEffect(() => {
    if (order !== null || !finished || askedAgain.current >= ORDER_RETRIES) return;
    const again = setTimeout(() => { askedAgain.current += 1; setTick((n) => n + 1); }, 2000);
    return () => clearTimeout(again);
  }, [order, finished, tick]);

  if (missing) return <p role="alert">{t('nothingFound')}</p>;
  if (!detail) return <p role="status">{t('loading')}</p>;
  return (
    <section aria-labelledby="transaction-title">
      <h1 id="transaction-title">
        {t('transaction')} #{detail.id} <StatusBadge status={detail.status} />
      </h1>
      <div className="card">
        <dl className="facts wide">
          <dt>{t('station')}</dt>
          <dd>
            <Link to={`/stations/${encodeURIComponent(detail.stationId)}`}>{detail.stationId}</Link> · {t('connector')} {detail.connectorId}
          </dd>
          <dt>{t('idToken')}</dt>
          <dd>{detail.idToken ?? '—'}</dd>
          <dt>{t('started')}</dt>
          <dd>{formatTime(detail.startedAt, zone, lang)}</dd>
          <dt>{t('stopped')}</dt>
          <dd>{formatTime(detail.stoppedAt, zone, lang)}</dd>
          <dt>{t('energy')}</dt>
          <dd data-testid="transaction-energy">{formatEnergy(detail.energyWh)}</dd>
          <dt>{t('stopReason')}</dt>
          <dd>{detail.stopReason ?? '—'}</dd>
        </dl>
      </div>
      <section className="card" aria-labelledby="trend-title">
        <h2 id="trend-title">{t('trend')}</h2>
        <TrendChart samples={detail.samples} zone={zone} />
      </section>
      <section className="card" aria-labelledby="order-title">
        <h2 id="order-title">{t('order')}</h2>
        <PricedOrder order={order} running={detail.status === 'Active'} />
      </section>
    </section>
  );
}

/** The order's breakdown, total, status and invoice; or why there is none. */
function PricedOrder({ order, running }: { order: OrderView | null | undefined; running: boolean }) {
  const { t } = useI18n();
  if (order === undefined) return <p role="status">{t('loading')}</p>;
  if (order === null) return <p data-testid="order-none">{t(running ? 'orderRunning' : 'orderNotPriced')}</p>;
  if (order.status === 'Unpriced' || !order.total) {
    return <p data-testid="order-none">{order.note ? t('orderUnpriced', { reason: order.note }) : t('orderNotPriced')}</p>;
  }
  return (
    <>
      <dl className="facts">
        {COMPONENTS.map((component) => (
          <Fragment key={component}>
            <dt>{t(`component.${component}` as MessageKey)}</dt>
            <dd className="amount">{order.breakdown[component] ? formatMoney(order.breakdown[component]) : '—'}</dd>
          </Fragment>
        ))}
        <dt>{t('total')}</dt>
        <dd className="amount" data-testid="order-total">
          <strong>{formatMoney(order.total)}</strong>
        </dd>
        <dt>{t('orderStatus')}</dt>
        <dd>
          <StatusBadge status={order.status} />
        </dd>
      </dl>
      <button
        type="button"
        onClick={async () => saveBlob(`order-${order.id}.pdf`, await getBlob(`/api/v1/orders/${order.id}/invoice`))}
      >
        {t('invoicePdf')}
      </button>
    </>
  );
}
