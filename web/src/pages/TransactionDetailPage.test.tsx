import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Lang } from '../lib/i18n';
import { fakeApi } from '../testing/fakeApi';
import type { OrderView } from '../lib/types';
import TransactionDetailPage from './TransactionDetailPage';

// The trend chart draws on a canvas, which jsdom lacks; the order is what these tests read.
vi.mock('../components/TrendChart', () => ({ TrendChart: () => null }));

const completed = {
  id: 42,
  stationId: 'CP-1',
  connectorId: 1,
  idToken: 'CARD-1',
  meterStart: 0,
  meterStop: 10_000,
  energyWh: 10_000,
  startedAt: '2026-11-21T08:00:00Z',
  stoppedAt: '2026-11-21T10:00:00Z',
  stopReason: 'Local',
  status: 'Completed',
  samples: [],
};

const eur = (amount: string) => ({ amount, currency: 'EUR' });

const settled: OrderView = {
  id: 7,
  transactionId: 42,
  status: 'Settled',
  energyWh: 10_000,
  breakdown: {
    energy: eur('3.00'), service: eur('0.00'), time: eur('0.40'), idle: eur('0.00'), session: eur('0.50'), adjustment: eur('-0.10'),
  },
  total: eur('3.80'),
};

/** A platform with transaction 42 as given, and its order (or the status the order lookup answers). */
function platform(transaction: typeof completed, order: { status: number; body?: unknown }) {
  return fakeApi((_, url) => {
    if (url === '/api/v1/transactions/42') return { status: 200, body: transaction };
    if (url === '/api/v1/orders/by-transaction/42') return order;
    return undefined;
  });
}

function renderPage(lang: Lang = 'en') {
  render(
    <I18nProvider lang={lang}>
      <TransactionDetailPage id="42" />
    </I18nProvider>,
  );
}

describe('the transaction page’s priced order', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the breakdown, the total and the status, and fetches the invoice with the operator’s token', async () => {
    sessionStorage.setItem('gridcharge.session', JSON.stringify({
      token: 'secret', expiresAt: '2999-01-01T00:00:00Z', user: { username: 'admin', role: 'Admin' },
    }));
    platform(completed, { status: 200, body: settled });
    renderPage();

    expect((await screen.findByTestId('order-total')).textContent).toBe('3.80 EUR');
    const order = within(screen.getByRole('region', { name: 'Priced order' }));
    expect(order.getByText('Energy').nextElementSibling?.textContent).toBe('3.00 EUR');
    expect(order.getByText('Time fee').nextElementSibling?.textContent).toBe('0.40 EUR');
    expect(order.getByText('Session fee').nextElementSibling?.textContent).toBe('0.50 EUR');
    expect(order.getByText('Adjustment').nextElementSibling?.textContent).toBe('-0.10 EUR');
    expect(document.querySelector('[data-status="Settled"]')).not.toBeNull();

    const fetchPdf = vi.fn(async () => new Response(new Blob(['%PDF-1.7']), { status: 200 }));
    vi.stubGlobal('fetch', fetchPdf);
    const createObjectURL = vi.fn(() => 'blob:order-7');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: () => undefined }));
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Invoice (PDF)' }));
    await waitFor(() => expect(saved).toEqual(['order-7.pdf']));
    expect(fetchPdf).toHaveBeenCalledWith('/api/v1/orders/7/invoice', { headers: { Authorization: 'Bearer secret' } });
  });

  it('says why an unpriced order has no price', async () => {
    platform(completed, {
      status: 200,
      body: { ...settled, status: 'Unpriced', breakdown: {}, total: null, note: 'site garage has no tariff in force' },
    });
    renderPage();

    expect((await screen.findByTestId('order-none')).textContent).toBe('Not priced: site garage has no tariff in force');
    expect(screen.queryByTestId('order-total')).toBeNull();
  });

  it('says not priced yet when the transaction has no order, in Chinese too', async () => {
    platform(completed, { status: 404, body: { status: 404, title: 'Not found' } });
    renderPage('zh');

    expect((await screen.findByTestId('order-none')).textContent).toBe('尚未计费。');
  });

  it('says a running session is not priced yet', async () => {
    platform({ ...completed, status: 'Active', stoppedAt: null as never, meterStop: null as never }, { status: 404 });
    renderPage();

    expect((await screen.findByTestId('order-none')).textContent).toBe('Not priced yet: the session is still running.');
  });
});

describe('an order recorded just after the stop', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('appears without a reload', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let recorded = false;
    fakeApi((_, url) => {
      if (url === '/api/v1/transactions/42') return { status: 200, body: completed };
      if (url === '/api/v1/orders/by-transaction/42') return recorded ? { status: 200, body: settled } : { status: 404 };
      return undefined;
    });
    renderPage();
    expect((await screen.findByTestId('order-none')).textContent).toBe('Not priced yet.');

    recorded = true;
    await vi.advanceTimersByTimeAsync(2500);

    expect((await screen.findByTestId('order-total')).textContent).toBe('3.80 EUR');
  });
});
