import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Lang } from '../lib/i18n';
import { fakeApi } from '../testing/fakeApi';
import DashboardPage, { type Dashboard } from './DashboardPage';

// The power chart draws on a canvas, which jsdom lacks; the figures are what these tests read.
vi.mock('../lib/charts', () => ({
  echarts: { init: () => ({ setOption: () => undefined, resize: () => undefined, dispose: () => undefined }) },
}));

function figures(revenue: Dashboard['revenue']): Dashboard {
  return {
    at: '2026-11-21T10:00:00Z',
    stations: { total: 2, online: 2, offline: 0, charging: 1, faulted: 0 },
    connectors: { total: 2, charging: 1 },
    sessions: { started: 3, active: 1 },
    energyWh: 12_500,
    powerW: 7_400,
    utilizationPercent: 50,
    revenue,
  };
}

function renderDashboard(revenue: Dashboard['revenue'], lang: Lang = 'en') {
  const calls = fakeApi((_, url) => {
    if (url.startsWith('/api/v1/dashboard')) return { status: 200, body: figures(revenue) };
    if (url === '/api/v1/live/recent') return { status: 200, body: { items: [] } };
    return undefined;
  });
  render(
    <I18nProvider lang={lang}>
      <DashboardPage />
    </I18nProvider>,
  );
  return calls;
}

async function revenueTile(): Promise<HTMLElement> {
  return waitFor(() => {
    const tile = document.querySelector('[data-figure="revenueToday"]');
    expect(tile).not.toBeNull();
    return tile as HTMLElement;
  });
}

describe('the dashboard’s revenue today', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows each currency’s sum exactly as the API wrote it, since the operator’s midnight', async () => {
    const calls = renderDashboard([
      { amount: '0.30', currency: 'CHF' },
      { amount: '1234.10', currency: 'EUR' },
    ]);

    const tile = await revenueTile();
    expect(tile.querySelector('.tile-value')?.textContent).toBe('0.30 CHF · 1234.10 EUR');
    expect(tile.textContent).toContain('Revenue today');
    expect(calls.find((c) => c.url.startsWith('/api/v1/dashboard'))?.url).toMatch(/since=/);
  });

  it('says nothing was priced yet when there are no orders today, in Chinese too', async () => {
    renderDashboard([], 'zh');

    const tile = await revenueTile();
    expect(tile.querySelector('.tile-value')?.textContent).toBe('—');
    expect(tile.textContent).toContain('今日收入');
    expect(tile.textContent).toContain('尚无计费订单');
  });
});
