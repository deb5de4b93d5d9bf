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

/** bars: [{label, value}] (z-values); answers the wrapper element. */
export function barChart(label, bars) {
  const canvas = chartCanvas(label);
  const wrapper = h('div', { class: 'lb-chart' }, canvas);
  const chart = new Chart(canvas, {
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
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: { x: { title: { display: true, text: 'z-waarde (0 = gemiddelde van het werkgebied)' } } },
    },
  });
  canvas.dataset.rendered = String(chart.data.datasets[0].data.length);
  return wrapper;
}

/** labels: x-axis labels; series: [{label, values}] */
export function lineChart(label, labels, series) {
  const canvas = chartCanvas(label);
  const wrapper = h('div', { class: 'lb-chart' }, canvas);
  const chart = new Chart(canvas, {
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
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
      scales: { x: { title: { display: true, text: 'Editie' } } },
    },
  });
  canvas.dataset.rendered = String(chart.data.datasets.length);
  return wrapper;
}
