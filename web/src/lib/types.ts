// The API's resources as the console reads them (see /api/openapi.json).

export interface ConnectorView {
  connectorId: number;
  status: string;
  errorCode?: string | null;
  info?: string | null;
  vendorErrorCode?: string | null;
  reportedAt: string;
}

/** One connector of an EVSE of an OCPP 2.0.1 station, with its own state (G01). */
export interface EvseConnectorView {
  evseId: number;
  connectorId: number;
  status: string;
  reportedAt: string;
}

export interface StationView {
  id: string;
  name?: string | null;
  registration: string;
  hasPassword: boolean;
  connected: boolean;
  lastSeen?: string | null;
  protocol?: string | null;
  boot?: {
    vendor: string;
    model: string;
    serialNumber?: string | null;
    firmwareVersion?: string | null;
    iccid?: string | null;
    imsi?: string | null;
    meterType?: string | null;
    meterSerialNumber?: string | null;
  } | null;
  lastBootAt?: string | null;
  /** On a 2.0.1 station `connectors` are its EVSEs; these are each EVSE's connectors (single-station view only). */
  connectors: ConnectorView[];
  evseConnectors?: EvseConnectorView[];
  createdAt: string;
}

export interface TransactionView {
  id: number;
  stationId: string;
  connectorId: number;
  idToken?: string | null;
  meterStart: number;
  meterStop?: number | null;
  energyWh?: number | null;
  startedAt: string;
  stoppedAt?: string | null;
  stopReason?: string | null;
  status: string;
}

export interface MeterSampleView {
  at: string;
  measurand: string;
  phase?: string | null;
  location?: string | null;
  context?: string | null;
  value: number;
  unit?: string | null;
}

export interface TransactionDetail extends TransactionView {
  samples: MeterSampleView[];
}

export interface JournalEntryView {
  at: string;
  direction: string;
  action?: string | null;
  messageId?: string | null;
  frame: string;
}

export interface IdTokenView {
  idToken: string;
  status: string;
  expiresAt?: string | null;
  groupId?: string | null;
  createdAt: string;
}

export interface CommandReply {
  status: string;
}

/** A station's state in one word, for lists and the map: offline, else its most urgent connector's state. */
export function headline(station: Pick<StationView, 'connected' | 'connectors'>): string {
  if (!station.connected) return 'Offline';
  const order = ['Faulted', 'Charging', 'SuspendedEV', 'SuspendedEVSE', 'Preparing', 'Finishing', 'Occupied', 'Reserved', 'Available', 'Unavailable'];
  const states = station.connectors.filter((c) => c.connectorId > 0 || c.status === 'Faulted').map((c) => c.status);
  for (const state of order) if (states.includes(state)) return state;
  return 'Online';
}

/** Money as the API writes it: an exact decimal string and its ISO 4217 currency, never a floating-point number. */
export interface Money {
  amount: string;
  currency: string;
}

/** A finished transaction's priced order (issue 7); `breakdown` and `total` are absent while it is Unpriced. */
export interface OrderView {
  id: number;
  transactionId: number;
  status: 'Settled' | 'Open' | 'Unpriced';
  energyWh: number;
  breakdown: Partial<Record<'energy' | 'service' | 'time' | 'idle' | 'session' | 'adjustment', Money>>;
  total?: Money | null;
  note?: string | null;
}
