// Chart.js charts with a text alternative: a bar chart of z-values and a line chart of the trend.
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Legend, Tooltip,
} from 'chart.js';
import { h } from './dom.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = 'Arial, Helvetica, sans-serif';
Chart.defaults.font.size = 14;
Chart.defaults.color = '#1a1a1a';
Chart.defaults.locale = 'nl-NL';

// Distinct colours and point shapes, so lines can be told apart without colour.
const SERIES = [
  { color: '#1a1a1a', point: 'circle', dash: [] },
  { color: '#0b5cad', point: 'rect', dash: [6, 3] },
  { color: '#b35806', point: 'triangle', dash: [] },
  { color: '#2f7d32', point: 'rectRot', dash: [2, 2] },
  { color: '#7b3294', point: 'star', dash: [8, 3, 2, 3] },
  { color: '#8c6d00', point: 'crossRot', dash: [4, 4] },
];

/** A canvas with a role and a label; the chart itself is drawn by Chart.js. */
function chartCanvas(label) {
  const canvas = h('canvas', { role: 'img', 'aria-label': label });
  canvas.append(h('p', {}, `${label}. De cijfers staan in de tabel onder de grafiek.`));
  return canvas;
}

/** A Chart.js chart (type, data, options) drawn at once in a labelled canvas; answers its wrapper element. */
function drawChart(label, { type, data, options }, countOf) {
  const canvas = chartCanvas(label);
  const wrapper = h('div', { class: 'lb-chart' }, canvas);
  const chart = new Chart(canvas, {
    type, data, options: { animation: false, responsive: true, maintainAspectRatio: false, ...options },
  });
  canvas.dataset.rendered = String(countOf(chart.data.datasets));
  return wrapper;
}

/** bars: [{label, value}] (z-values); answers the wrapper element. */
export function barChart(label, bars) {
  return drawChart(label, {
    type: 'bar',
    data: {
      labels: bars.map((b) => b.label),
      datasets: [{
        label: 'z-waarde',
        data: bars.map((b) => b.value),
        backgroundColor: bars.map((b) => (b.value !== null && b.value < 0 ? '#b35806' : '#542788')),
        borderColor: '#1a1a1a',
        borderWidth: 1,
      }],
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: { x: { title: { display: true, text: 'z-waarde (0 = gemiddelde van het werkgebied)' } } },
    },
  }, (datasets) => datasets[0].data.length);
}

/** labels: x-axis labels; series: [{label, values}] */
export function lineChart(label, labels, series) {
  return drawChart(label, {
    type: 'line',
    data: {
      labels,
      datasets: series.map((s, i) => {
        const style = SERIES[i % SERIES.length];
        return {
          label: s.label,
          data: s.values,
          borderColor: style.color,
          backgroundColor: style.color,
          pointStyle: style.point,
          pointRadius: 5,
          borderDash: style.dash,
          borderWidth: i === 0 ? 3 : 2,
          spanGaps: true,
        };
      }),
    },
    options: {
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
      scales: { x: { title: { display: true, text: 'Editie' } } },
    },
  }, (datasets) => datasets.length);
}
