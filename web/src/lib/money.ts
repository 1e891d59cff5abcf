import type { Money } from './types';

// Amounts stay the API's decimal strings from wire to screen: no parsing into floating point, so 0.10 + 0.20 never
// shows as 0.30000000000000004 and nothing is rounded twice.

export function formatMoney(money: Money): string {
  return `${money.amount} ${money.currency}`;
}

/** Sums per currency side by side (never added across currencies); a dash when there are none. */
export function formatAmounts(amounts: Money[]): string {
  return amounts.length === 0 ? '—' : amounts.map(formatMoney).join(' · ');
}
