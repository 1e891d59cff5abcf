import { describe, expect, it } from 'vitest';
import type { StationView } from '../lib/types';
import { applyLive } from './stationLive';

const station: StationView = {
  id: 'CP-1',
  registration: 'Accepted',
  hasPassword: true,
  connected: false,
  connectors: [{ connectorId: 1, status: 'Available', reportedAt: '2026-11-21T08:00:00Z' }],
  createdAt: '2026-11-01T00:00:00Z',
};

describe('a station on screen following live events', () => {
  it('takes a connector’s new state', () => {
    const next = applyLive(station, 'connector', { stationId: 'CP-1', at: '2026-11-21T09:00:00Z', connectorId: 1, status: 'Charging' });
    expect(next.connectors).toEqual([{ connectorId: 1, status: 'Charging', errorCode: null, info: null, reportedAt: '2026-11-21T09:00:00Z' }]);
    expect(next.connected).toBe(true);
  });

  it('comes online when it connects and goes offline when it leaves', () => {
    const online = applyLive(station, 'station', { stationId: 'CP-1', at: '2026-11-21T09:00:00Z', connected: true });
    expect(online.connected).toBe(true);
    expect(applyLive(online, 'station', { stationId: 'CP-1', at: '2026-11-21T09:05:00Z', connected: false }).connected).toBe(false);
  });

  it('ignores other stations’ events', () => {
    expect(applyLive(station, 'connector', { stationId: 'CP-2', at: '2026-11-21T09:00:00Z', connectorId: 1, status: 'Faulted' })).toBe(station);
  });
});
