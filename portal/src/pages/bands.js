import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { html } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import { currentLocale, t } from '../i18n.js';
import { formatAmount, formatRange } from '../money.js';
import { choice } from './common.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const MARKETS = ['US', 'KR', 'GLOBAL_REMOTE'];
const COLOURS = ['#1f5fa8', '#b4461f', '#2d7a3e', '#6b3fa0', '#8a6d00', '#0f6f75'];
let chart;

/**
 * The bands in force for a market: one floating bar per level and segment from the band's minimum to its
 * maximum. A band the source leaves open above ("$1.5M+") runs to the chart's edge and fades out there.
 * The table under the chart says the same in text, for keyboards and screen readers.
 */
export default async function bandsPage({ api, params, go }) {
  const market = MARKETS.includes(params.get('market')) ? params.get('market') : MARKETS[0];
  const all = (await api.get(`/api/v1/comp-bands?market=${market}&size=200`)).items;
  const segments = [...new Set(all.map((band) => band.segment))];
  const segment = segments.includes(params.get('segment')) ? params.get('segment') : '';
  const bands = all.filter((band) => !segment || band.segment === segment);
  const locale = currentLocale();

  return html`
    <h1>${t('bands.title')}</h1>
    <div class="controls">
      ${choice('bands-market', t('bands.market'), market, MARKETS.map((code) => [code, code]), (value) => go({ market: value }))}
      ${choice('bands-segment', t('bands.segment'), segment, [['', t('bands.allSegments')], ...segments.map((code) => [code, code])],
        (value) => go({ market, segment: value }))}
    </div>
    ${bands.length === 0 ? html`<p class="notice">${t('bands.none')}</p>` : html`
      <figure class="chart">
        <canvas role="img" aria-label=${t('bands.chartLabel', { market })} ${ref((canvas) => drawChart(canvas, bands, locale))}></canvas>
        <figcaption>${t('bands.openNote')}</figcaption>
      </figure>
      <div class="scroll">
        <table>
          <caption>${t('bands.table')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('framework.level')}</th>
              <th scope="col">${t('bands.segment')}</th>
              <th scope="col">${t('bands.range')}</th>
              <th scope="col">${t('bands.equity')}</th>
              <th scope="col">${t('bands.asWritten')}</th>
              <th scope="col">${t('bands.visibility')}</th>
            </tr>
          </thead>
          <tbody>
            ${bands.map((band) => html`
              <tr>
                <th scope="row">${band.levelCode}</th>
                <td>${band.segment}</td>
                <td>${formatRange(Number(band.totalCompMin), band.openEnded ? null : Number(band.totalCompMax), band.currency, locale)}</td>
                <td>${band.equityNote ?? ''}</td>
                <td>${band.sourceLabel ?? band.source ?? ''}</td>
                <td>${band.visibility}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>`}`;
}

function drawChart(canvas, bands, locale) {
  chart?.destroy();
  chart = undefined;
  if (!canvas) {
    return;
  }
  const levels = [...new Set(bands.map((band) => band.levelCode))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const segments = [...new Set(bands.map((band) => band.segment))];
  const currency = bands[0].currency;
  const highest = Math.max(...bands.map((band) => Number(band.openEnded ? band.totalCompMin : band.totalCompMax)));
  const edge = highest * 1.25;
  const find = (level, segment) => bands.find((band) => band.levelCode === level && band.segment === segment);

  chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: levels,
      datasets: segments.map((segment, index) => ({
        label: segment,
        data: levels.map((level) => {
          const band = find(level, segment);
          return band ? [Number(band.totalCompMin), band.openEnded ? edge : Number(band.totalCompMax)] : null;
        }),
        backgroundColor: (context) => fill(context, find(levels[context.dataIndex], segment), COLOURS[index % COLOURS.length]),
        borderColor: COLOURS[index % COLOURS.length],
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { min: 0, max: edge, ticks: { callback: (value) => formatAmount(value, currency, locale) } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (context) => {
              const band = find(levels[context.dataIndex], context.dataset.label);
              return `${band.segment}: ${formatRange(Number(band.totalCompMin), band.openEnded ? null : Number(band.totalCompMax), currency, locale)}`;
            },
          },
        },
      },
    },
  });
}

/** A closed band is solid; an open one fades to transparent towards the chart's edge. */
function fill(context, band, colour) {
  const area = context.chart.chartArea;
  const scale = context.chart.scales.x;
  // Between a resize and the next layout the area can be empty and the scale not yet measured.
  if (!band?.openEnded || !area || !scale || area.right <= area.left) {
    return `${colour}cc`;
  }
  const start = (scale.getPixelForValue(Number(band.totalCompMin)) - area.left) / (area.right - area.left);
  if (!Number.isFinite(start)) {
    return `${colour}cc`;
  }
  const gradient = context.chart.ctx.createLinearGradient(area.left, 0, area.right, 0);
  gradient.addColorStop(Math.min(Math.max(start, 0), 1), `${colour}cc`);
  gradient.addColorStop(1, `${colour}00`);
  return gradient;
}
