import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../testing/fakeApi';
import { newLiveStream } from './live';

/** EventSource as the browser has it, enough to count the streams opened and to deliver events. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  listeners = new Map<string, (message: { data: string }) => void>();
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (message: { data: string }) => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
  }
}

describe('the live stream', () => {
  beforeEach(() => {
    FakeEventSource.opened = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    sessionStorage.setItem('gridcharge.session', JSON.stringify({ token: 't', expiresAt: '2999-01-01T00:00:00Z', user: { username: 'admin', role: 'Admin' } }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('opens one stream for all the subscriptions of a page, so the page’s own requests still get a connection', async () => {
    let ticket = 0;
    const calls = fakeApi(() => ({ status: 201, body: { stream: `/api/v1/live?ticket=t${++ticket}` } }));
    const stream = newLiveStream();

    for (const type of ['station', 'connector', 'meter', 'transaction', 'notice'] as const) stream.subscribe(type, () => undefined);
    await vi.waitFor(() => expect(FakeEventSource.opened).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(FakeEventSource.opened).toHaveLength(1);
    expect(calls.filter((c) => c.url === '/api/v1/live/tickets')).toHaveLength(1);
    stream.close();
  });

  it('hands each event to the handlers of its type', async () => {
    fakeApi(() => ({ status: 201, body: { stream: '/api/v1/live?ticket=t1' } }));
    const stream = newLiveStream();
    const seen: unknown[] = [];
    stream.subscribe('connector', (event) => seen.push(event));
    await vi.waitFor(() => expect(FakeEventSource.opened).toHaveLength(1));

    FakeEventSource.opened[0].listeners.get('connector')!({ data: '{"stationId":"CP-1","at":"2026-11-21T08:00:00Z","status":"Charging"}' });

    expect(seen).toEqual([{ stationId: 'CP-1', at: '2026-11-21T08:00:00Z', status: 'Charging' }]);
    stream.close();
  });

  it('buys a new ticket to reconnect after the stream broke', async () => {
    let ticket = 0;
    fakeApi(() => ({ status: 201, body: { stream: `/api/v1/live?ticket=t${++ticket}` } }));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const stream = newLiveStream();
    stream.subscribe('station', () => undefined);
    await vi.waitFor(() => expect(FakeEventSource.opened).toHaveLength(1));

    FakeEventSource.opened[0].onerror!();
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(FakeEventSource.opened).toHaveLength(2));

    expect(FakeEventSource.opened[0].closed).toBe(true);
    expect(FakeEventSource.opened[1].url).toBe('/api/v1/live?ticket=t2');
    vi.useRealTimers();
    stream.close();
  });
});
