// Baseline for P5: the same 50-bar ranking chart rendered to SVG by Apache ECharts' server-side renderer.
// Usage: node render.mjs <bars> <iterations>  → prints microseconds per render.
import * as echarts from 'echarts';

const bars = Number(process.argv[2] ?? 50);
const iterations = Number(process.argv[3] ?? 500);
const names = Array.from({ length: bars }, (_, i) => `Đơn vị số ${i + 1} — Sở Thông tin và Truyền thông`);
const scores = Array.from({ length: bars }, (_, i) => 120 - i * 1.37);

function render() {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 60 + bars * 24 });
  chart.setOption({
    animation: false,
    title: { text: 'Xếp hạng — 2024-12' },
    grid: { left: 260, right: 60, top: 40, bottom: 30 },
    xAxis: { type: 'value', max: 120 },
    yAxis: { type: 'category', data: names, inverse: true },
    series: [{ type: 'bar', data: scores, label: { show: true, position: 'right' } }],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

for (let i = 0; i < 20; i++) render();
const start = process.hrtime.bigint();
let length = 0;
for (let i = 0; i < iterations; i++) length += render().length;
const elapsed = Number(process.hrtime.bigint() - start) / 1000 / iterations;
console.log(`${elapsed.toFixed(1)} ${length}`);
