// The lazily loaded chart chunk: ECharts with only the bar chart, grid, tooltip and the
// canvas renderer registered, so the rest of ECharts is tree-shaken away.
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface Chart {
  resize(): void;
  dispose(): void;
}

/** Draws received-per-day bars into `host`. */
export function receivedChart(host: HTMLElement, labels: string[], values: number[]): Chart {
  const chart = echarts.init(host, undefined, { renderer: 'canvas' });
  chart.setOption({
    aria: { enabled: false },
    grid: { left: 36, right: 12, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis', formatter: (p: unknown) => {
      const first = (p as Array<{ axisValue: string; value: number }>)[0];
      return first ? `${first.axisValue}: ${first.value} hồ sơ` : '';
    } },
    xAxis: { type: 'category', data: labels, axisLabel: { color: '#1a1a1a' } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#1a1a1a' } },
    series: [{ type: 'bar', name: 'Hồ sơ tiếp nhận', data: values, itemStyle: { color: '#0b57d0' } }],
  });
  return chart;
}
