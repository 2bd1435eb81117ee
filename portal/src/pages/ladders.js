import { html } from 'lit-html';
import { ladderLabel, t } from '../i18n.js';
import { choice, field } from './common.js';

/** A company's label translated to the internal level and to every other ladder, with each edge's source and confidence. */
export default async function laddersPage({ api, params, go }) {
  const ladders = (await api.get('/api/v1/company-ladders')).items;
  const ladder = ladders.find((candidate) => candidate.code === params.get('company')) ?? ladders[0];
  const labels = [...new Set(ladder.edges.map((edge) => edge.label))];
  const label = labels.includes(params.get('label')) ? params.get('label') : null;
  const translation = label
    ? await api.get(`/api/v1/company-ladders/translate?${new URLSearchParams({ company: ladder.code, label })}`)
    : null;

  return html`
    <h1>${t('ladders.title')}</h1>
    <form class="controls" @submit=${(event) => {
      event.preventDefault();
      const form = new FormData(event.target);
      go({ company: form.get('company'), label: form.get('label') });
    }}>
      ${choice('ladder-company', t('ladders.company'), ladder.code, ladders.map((entry) => [entry.code, entry.name]), (value) => go({ company: value }))}
      ${field('ladder-label', 'label', t('ladders.label'), label, labels.map((entry) => [entry, ladderLabel(ladder.code, entry)]))}
      <input type="hidden" name="company" .value=${ladder.code}>
      <button type="submit">${t('ladders.translate')}</button>
    </form>
    ${ladder.note ? html`<p class="notice">${ladder.name}: ${ladder.note}</p>` : ''}
    ${translation ? translationView(translation, ladders) : ''}`;
}

function translationView(translation, ladders) {
  const others = ladders.filter((ladder) => ladder.code !== translation.company);
  return html`
    <p class="answer" role="status">
      ${t('ladders.result', {
        company: translation.companyName,
        label: ladderLabel(translation.company, translation.label),
        level: translation.level,
        stage: translation.stage,
      })}
      <span class="meta">${t('ladders.source')}: ${translation.edge.source} · ${t('ladders.confidence')}: ${translation.edge.confidence}</span>
    </p>
    <div class="scroll">
      <table>
        <caption>${t('ladders.others')} (${translation.level})</caption>
        <thead>
          <tr>
            <th scope="col">${t('ladders.ladder')}</th>
            <th scope="col">${t('ladders.labels')}</th>
            <th scope="col">${t('ladders.source')}</th>
            <th scope="col">${t('ladders.confidence')}</th>
          </tr>
        </thead>
        <tbody>
          ${others.map((ladder) => {
            const edges = ladder.edges.filter((edge) => edge.level === translation.level);
            return html`
              <tr>
                <th scope="row">${ladder.name}${ladder.note ? html`<span class="note">${ladder.note}</span>` : ''}</th>
                ${edges.length === 0
                  ? html`<td colspan="3" class="muted">${t('ladders.none')}</td>`
                  : html`
                    <td>${edges.map((edge) => html`<div>${ladderLabel(ladder.code, edge.label)}</div>`)}</td>
                    <td>${edges.map((edge) => html`<div>${edge.source}</div>`)}</td>
                    <td>${edges.map((edge) => html`<div><span class="confidence ${edge.confidence.toLowerCase()}">${edge.confidence}</span></div>`)}</td>`}
              </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}
