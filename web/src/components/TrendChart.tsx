import { useEffect, useRef } from 'react';
import { echarts } from '../lib/charts';
import { useI18n } from '../lib/i18n';
import { formatClock } from '../lib/time';
import { MEASURES, trendSeries } from '../lib/trend';
import type { MeterSampleView } from '../lib/types';

/**
 * The session's trend: one small chart per measure the station reported, sharing the time axis (units differ
 * too much for one). The table below it carries the same numbers for screen readers.
 */
export function TrendChart({ samples, zone }: { samples: MeterSampleView[]; zone: string }) {
  const { t } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  const series = trendSeries(samples);
  const shown = MEASURES.filter((m) => series[m.measure]);

  useEffect(() => {
    if (!element.current || shown.length === 0) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'canvas' });
    const height = 100 / shown.length;
    const times = shown.flatMap((m) => series[m.measure]!.map(([at]) => at));
    // A session shorter than an hour is labelled to the second.
    const short = Math.max(...times) - Math.min(...times) < 3_600_000;
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      axisPointer: { link: [{ xAxisIndex: 'all' }] },
      dataZoom: [{ type: 'inside', xAxisIndex: shown.map((_, i) => i) }],
      grid: shown.map((_, i) => ({ left: 70, right: 24, top: `${i * height + 4}%`, height: `${height - 9}%` })),
      xAxis: shown.map((_, i) => ({
        type: 'time',
        gridIndex: i,
        axisLabel: { show: i === shown.length - 1, color: '#c9d1d9', formatter: (value: number) => formatClock(value, zone, short) },
      })),
      yAxis: shown.map((m, i) => ({
        type: 'value',
        gridIndex: i,
        scale: true,
        name: `${t(m.measure)} (${m.unit})`,
        nameTextStyle: { color: '#c9d1d9', align: 'left' },
        axisLabel: { color: '#c9d1d9' },
        splitLine: { lineStyle: { color: '#30363d' } },
      })),
      series: shown.map((m, i) => ({
        name: `${t(m.measure)} (${m.unit})`,
        type: 'line',
        // A short session has few points: show them, or a single sample would draw nothing.
        showSymbol: (series[m.measure]?.length ?? 0) < 30,
        xAxisIndex: i,
        yAxisIndex: i,
        data: series[m.measure],
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  });

  if (shown.length === 0) return <p>{t('noSamples')}</p>;
  return (
    <figure className="trend">
      <div ref={element} className="trend-chart" style={{ height: `${Math.max(260, shown.length * 150)}px` }} role="img" aria-label={t('trend')} data-testid="trend-chart" />
      <figcaption className="visually-hidden">
        {shown.map((m) => {
          const points = series[m.measure]!;
          return `${t(m.measure)}: ${points[0][1]} → ${points[points.length - 1][1]} ${m.unit}. `;
        })}
      </figcaption>
    </figure>
  );
}
