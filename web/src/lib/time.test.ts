import { describe, expect, it } from 'vitest';
import { formatEnergy, formatTime, startOfDay, wallTimeToIso } from './time';

describe('times in the site zone', () => {
  it('the day in Shanghai began at 16:00 UTC the evening before', () => {
    expect(startOfDay(Date.parse('2026-11-21T03:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-20T16:00:00.000Z');
  });

  it('the day in Berlin on the day summer time starts began at 23:00 UTC', () => {
    expect(startOfDay(Date.parse('2026-03-29T12:00:00Z'), 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z');
  });

  it('a wall time typed in a filter is that time in the site zone', () => {
    expect(wallTimeToIso('2026-11-21T08:30', 'Asia/Shanghai')).toBe('2026-11-21T00:30:00.000Z');
    expect(wallTimeToIso('', 'Asia/Shanghai')).toBeUndefined();
  });

  it('an instant is shown in the zone, not the browser’s', () => {
    expect(formatTime('2026-11-21T00:30:00Z', 'Asia/Shanghai', 'en')).toContain('08:30:00');
  });

  it('energy is shown in kWh', () => {
    expect(formatEnergy(3000)).toBe('3.00 kWh');
    expect(formatEnergy(null)).toBe('—');
  });
});
