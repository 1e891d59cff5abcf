import { useI18n } from '../lib/i18n';

// A state is shown as a word with a colour and a shape, never the colour alone (issue 8: screen-reader basics).

const TONE: Record<string, string> = {
  Available: 'ok',
  Accepted: 'ok',
  Online: 'ok',
  Completed: 'ok',
  Charging: 'busy',
  Preparing: 'busy',
  Finishing: 'busy',
  SuspendedEV: 'busy',
  SuspendedEVSE: 'busy',
  Occupied: 'busy',
  Reserved: 'busy',
  Active: 'busy',
  Faulted: 'alarm',
  Rejected: 'alarm',
  Blocked: 'alarm',
  Offline: 'muted',
  Unavailable: 'muted',
  Unknown: 'muted',
  Pending: 'warn',
  Expired: 'warn',
  Invalid: 'alarm',
  Settled: 'ok',
  Open: 'warn',
  Unpriced: 'muted',
};

export function tone(status: string | null | undefined): string {
  return (status && TONE[status]) || 'muted';
}

export function StatusBadge({ status }: { status: string | null | undefined }) {
  const { state } = useI18n();
  return (
    <span className={`badge badge-${tone(status)}`} data-status={status ?? ''}>
      <span className="badge-dot" aria-hidden="true" />
      {state(status)}
    </span>
  );
}
