import type { LiveEvent } from '../lib/live';
import type { StationView } from '../lib/types';

/** A station as it is after a live `station` or `connector` event; other stations' events leave it as it is. */
export function applyLive(station: StationView, type: 'station' | 'connector', event: LiveEvent): StationView {
  if (event.stationId !== station.id) return station;
  if (type === 'station') {
    const next = { ...station, lastSeen: event.at };
    if (typeof event.connected === 'boolean') next.connected = event.connected;
    if (typeof event.protocol === 'string') next.protocol = event.protocol;
    if (event.booted) {
      next.connected = true;
      next.lastBootAt = event.at;
      next.boot = { ...(station.boot ?? {}), vendor: String(event.vendor), model: String(event.model), firmwareVersion: (event.firmwareVersion as string) ?? null };
    }
    if (typeof event.registration === 'string') next.registration = event.registration;
    return next;
  }
  const connectorId = Number(event.connectorId);
  const connector = {
    connectorId,
    status: String(event.status),
    errorCode: (event.errorCode as string) ?? null,
    info: (event.info as string) ?? null,
    reportedAt: event.at,
  };
  const others = station.connectors.filter((c) => c.connectorId !== connectorId);
  return {
    ...station,
    connected: true,
    lastSeen: event.at,
    connectors: [...others, connector].sort((a, b) => a.connectorId - b.connectorId),
  };
}
