import type { MeterSampleView } from './types';

// A session's meter samples as the trend chart's series (issue 8: power, energy, current, voltage, SoC,
// temperature), in one unit each. Values for the whole connector win over per-phase ones; with phases only,
// power and current are summed over L1..L3, voltage and temperature are the first phase's.

export type Measure = 'power' | 'energy' | 'current' | 'voltage' | 'soc' | 'temperature';

export const MEASURES: { measure: Measure; measurand: string; unit: string; sum: boolean }[] = [
  { measure: 'power', measurand: 'Power.Active.Import', unit: 'kW', sum: true },
  { measure: 'energy', measurand: 'Energy.Active.Import.Register', unit: 'kWh', sum: false },
  { measure: 'current', measurand: 'Current.Import', unit: 'A', sum: true },
  { measure: 'voltage', measurand: 'Voltage', unit: 'V', sum: false },
  { measure: 'soc', measurand: 'SoC', unit: '%', sum: false },
  { measure: 'temperature', measurand: 'Temperature', unit: '°C', sum: false },
];

/** Power to kW and energy to kWh, whatever unit the station reported (W/kW, Wh/kWh). */
function inUnit(sample: MeterSampleView, unit: string): number {
  const value = Number(sample.value);
  if (unit === 'kW' || unit === 'kWh') return sample.unit === 'kW' || sample.unit === 'kWh' ? value : value / 1000;
  return value;
}

export function trendSeries(samples: MeterSampleView[]): Partial<Record<Measure, [number, number][]>> {
  const series: Partial<Record<Measure, [number, number][]>> = {};
  for (const { measure, measurand, unit, sum } of MEASURES) {
    const byTime = new Map<number, { whole?: number; phases: number[] }>();
    for (const sample of samples) {
      if (sample.measurand !== measurand) continue;
      const at = Date.parse(sample.at);
      const slot = byTime.get(at) ?? { phases: [] };
      if (!sample.phase) slot.whole = inUnit(sample, unit);
      else if (/^L[123](-N)?$/.test(sample.phase)) slot.phases.push(inUnit(sample, unit));
      byTime.set(at, slot);
    }
    const points: [number, number][] = [];
    for (const [at, slot] of [...byTime.entries()].sort((a, b) => a[0] - b[0])) {
      const value = slot.whole ?? (slot.phases.length === 0 ? undefined : sum ? slot.phases.reduce((a, b) => a + b, 0) : slot.phases[0]);
      if (value !== undefined) points.push([at, Math.round(value * 1000) / 1000]);
    }
    if (points.length > 0) series[measure] = points;
  }
  return series;
}
