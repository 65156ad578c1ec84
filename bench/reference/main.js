// The reference page for the first-chart benchmark: the growth comparison (three bars:
// 104.2, 21.1, 10.6) drawn with Chart.js 4, importing only the bar chart's parts so the
// bundler can leave the rest out.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const canvas = document.createElement('canvas');
canvas.setAttribute('role', 'img');
canvas.setAttribute('aria-label', 'Year-on-year growth: AI +21.1%, NEV +104.2%, biomedicine +10.6%');
document.querySelector('[data-testid=chart]').replaceChildren(canvas);
const chart = new Chart(canvas, {
  type: 'bar',
  data: {
    labels: ['AI', 'NEV', 'Biomedicine'],
    datasets: [{ data: [21.1, 104.2, 10.6], backgroundColor: ['#0072b2', '#009e73', '#d55e00'] }],
  },
  options: { animation: false, responsive: true, plugins: { legend: { display: false } } },
});
// What the benchmark waits for: the chart is drawn (Chart.js draws synchronously here).
canvas.dataset.drawn = 'true';

// The page's one control, as the app's view tabs: the benchmark presses it until the chart
// changes, which is when the page first works.
document.querySelector('[data-testid=toggle]').addEventListener('click', () => {
  chart.data.datasets[0].data = [300, 173, 13];
  chart.update();
  canvas.dataset.view = 'other';
});
