import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../lib/i18n';
import { fakeApi, page } from '../testing/fakeApi';
import { StationDetailPage } from './StationDetailPage';

const station = {
  id: 'CP-1',
  name: 'Depot north',
  registration: 'Accepted',
  hasPassword: true,
  connected: true,
  lastSeen: '2026-11-21T08:00:00Z',
  protocol: 'ocpp1.6',
  boot: { vendor: 'Wallbox', model: 'Pulsar', firmwareVersion: '5.1.2' },
  connectors: [{ connectorId: 1, status: 'Available', errorCode: 'NoError', reportedAt: '2026-11-21T08:00:00Z' }],
  createdAt: '2026-11-01T00:00:00Z',
};

/** A fake platform with the station above; commands are answered with `commandReply`. */
function platform(commandReply: { status: number; body?: unknown }) {
  return fakeApi((_, url) => {
    if (url.includes('/commands/')) return commandReply;
    if (url === '/api/v1/stations/CP-1') return { status: 200, body: station };
    if (url.startsWith('/api/v1/transactions') || url.includes('/journal')) return { status: 200, body: page([]) };
    return undefined;
  });
}

function renderPage() {
  render(
    <I18nProvider lang="en">
      <StationDetailPage id="CP-1" />
    </I18nProvider>,
  );
}

describe('the station page', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the boot and firmware information and the connectors’ states', async () => {
    platform({ status: 200, body: { status: 'Accepted' } });
    renderPage();

    expect(await screen.findByText('5.1.2')).toBeTruthy();
    expect(screen.getByText('Wallbox')).toBeTruthy();
    const connector = document.querySelector('[data-connector="1"]') as HTMLElement;
    expect(within(connector).getByText('Available')).toBeTruthy();
  });

  it('shows a 2.0.1 station by EVSE, each with its connectors and their states', async () => {
    fakeApi((_, url) => {
      if (url === '/api/v1/stations/CP-1') {
        return {
          status: 200,
          body: {
            ...station,
            protocol: 'ocpp2.0.1',
            connectors: [
              { connectorId: 1, status: 'Occupied', reportedAt: '2026-11-21T08:00:00Z' },
              { connectorId: 2, status: 'Available', reportedAt: '2026-11-21T08:00:00Z' },
            ],
            evseConnectors: [
              { evseId: 1, connectorId: 1, status: 'Occupied', reportedAt: '2026-11-21T08:00:00Z' },
              { evseId: 1, connectorId: 2, status: 'Available', reportedAt: '2026-11-21T08:00:00Z' },
              { evseId: 2, connectorId: 1, status: 'Available', reportedAt: '2026-11-21T08:00:00Z' },
            ],
          },
        };
      }
      if (url.startsWith('/api/v1/transactions') || url.includes('/journal')) return { status: 200, body: page([]) };
      return undefined;
    });
    renderPage();

    expect(await screen.findByRole('heading', { name: 'EVSEs' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'EVSE' })).toBeTruthy();
    const first = screen.getByTestId('evse-connectors-1');
    expect(within(first).getByText('Occupied')).toBeTruthy();
    expect(within(first).getByText('Available')).toBeTruthy();
    const second = screen.getByTestId('evse-connectors-2');
    expect(within(second).getAllByText('Available')).toHaveLength(1);
    expect(within(second).queryByText('Occupied')).toBeNull();
  });

  it('shows a 1.6 station by connector, without an EVSE column', async () => {
    platform({ status: 200, body: { status: 'Accepted' } });
    renderPage();

    expect(await screen.findByRole('heading', { name: 'Connectors' })).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: 'Its connectors' })).toBeNull();
  });

  it('asks before a remote start, sends the id token given, and shows the station’s answer', async () => {
    const calls = platform({ status: 200, body: { status: 'Accepted' } });
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Remote start' }));
    expect(calls.some((c) => c.url.includes('/commands/'))).toBe(false);
    fireEvent.change(screen.getByLabelText('Id token'), { target: { value: '04A1B2C3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('The station answered: Accepted')).toBeTruthy();
    const command = calls.find((c) => c.url.includes('/commands/'));
    expect(command).toEqual({ method: 'POST', url: '/api/v1/stations/CP-1/commands/remote-start', body: { connectorId: 1, idToken: '04A1B2C3' } });
  });

  it('sends nothing when the operator cancels', async () => {
    const calls = platform({ status: 200, body: { status: 'Accepted' } });
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Soft reset' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(calls.some((c) => c.url.includes('/commands/'))).toBe(false);
    expect(screen.queryByRole('button', { name: 'Confirm' })).toBeNull();
  });

  it('says why a command failed when the station is not connected', async () => {
    platform({ status: 409, body: { status: 409, title: 'Station not connected', detail: 'Station CP-1 is not connected.' } });
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Lock (make unavailable)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('The command failed: Station CP-1 is not connected.')).toBeTruthy();
  });
});
