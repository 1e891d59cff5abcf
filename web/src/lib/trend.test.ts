import { describe, expect, it } from 'vitest';
import { trendSeries } from './trend';

const at = (s: number) => new Date(Date.UTC(2026, 10, 21, 8, 0, s)).toISOString();

describe('the session trend', () => {
  it('turns W into kW and Wh into kWh, in time order', () => {
    const series = trendSeries([
      { at: at(60), measurand: 'Power.Active.Import', value: 7400, unit: 'W' },
      { at: at(0), measurand: 'Power.Active.Import', value: 3.7, unit: 'kW' },
      { at: at(0), measurand: 'Energy.Active.Import.Register', value: 1500, unit: 'Wh' },
    ]);
    expect(series.power).toEqual([
      [Date.parse(at(0)), 3.7],
      [Date.parse(at(60)), 7.4],
    ]);
    expect(series.energy).toEqual([[Date.parse(at(0)), 1.5]]);
  });

  it('sums current over the phases but takes one phase’s voltage', () => {
    const series = trendSeries([
      { at: at(0), measurand: 'Current.Import', phase: 'L1', value: 16, unit: 'A' },
      { at: at(0), measurand: 'Current.Import', phase: 'L2', value: 15, unit: 'A' },
      { at: at(0), measurand: 'Voltage', phase: 'L1-N', value: 230, unit: 'V' },
      { at: at(0), measurand: 'Voltage', phase: 'L2-N', value: 232, unit: 'V' },
    ]);
    expect(series.current).toEqual([[Date.parse(at(0)), 31]]);
    expect(series.voltage).toEqual([[Date.parse(at(0)), 230]]);
  });

  it('has no series for what the station did not measure', () => {
    const series = trendSeries([{ at: at(0), measurand: 'SoC', value: 55, unit: 'Percent' }]);
    expect(Object.keys(series)).toEqual(['soc']);
  });
});
