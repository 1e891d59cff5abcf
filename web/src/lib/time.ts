// Times are shown in the site's time zone. Sites (with their zones) come with billing; until then the zone is the
// platform's time-zone setting, else the browser's.

export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function formatTime(iso: string | null | undefined, zone: string, lang: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

export function formatClock(epochMs: number, zone: string, seconds = false): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    second: seconds ? '2-digit' : undefined,
    hour12: false,
  }).format(new Date(epochMs));
}

/** Milliseconds the zone is ahead of UTC at the given instant. */
function offsetMs(epochMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(epochMs));
  const field = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/** The instant the current day began in the zone (midnight there), as an ISO UTC string. */
export function startOfDay(epochMs: number, zone: string): string {
  const local = new Date(epochMs + offsetMs(epochMs, zone));
  const midnightWall = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  // The offset at midnight may differ from now's (a DST change today): correct once with midnight's own.
  let start = midnightWall - offsetMs(midnightWall, zone);
  start = midnightWall - offsetMs(start, zone);
  return new Date(start).toISOString();
}

/** A local date-time input's value (YYYY-MM-DDTHH:mm, wall time in the zone) as an ISO UTC instant. */
export function wallTimeToIso(value: string, zone: string): string | undefined {
  if (!value) return undefined;
  const [date, time] = value.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = (time ?? '00:00').split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const guess = wall - offsetMs(wall, zone);
  return new Date(wall - offsetMs(guess, zone)).toISOString();
}

export function formatEnergy(wh: number | null | undefined): string {
  if (wh === null || wh === undefined) return '—';
  return wh >= 10_000 ? `${(wh / 1000).toFixed(1)} kWh` : `${(wh / 1000).toFixed(2)} kWh`;
}

export function formatPower(w: number | null | undefined): string {
  if (w === null || w === undefined) return '—';
  return w >= 1_000_000 ? `${(w / 1_000_000).toFixed(2)} MW` : `${(w / 1000).toFixed(1)} kW`;
}
