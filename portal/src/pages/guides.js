import { html } from 'lit-html';
import { t } from '../i18n.js';
import { choice } from './common.js';

/** The framework's guides, word for word as the API serves them: each passage with its section. */
export default async function guidesPage({ api, params, go }) {
  const { guides } = await api.get('/api/v1/frameworks/ai-engineer/guides');
  if (guides.length === 0) {
    return html`<h1>${t('guides.title')}</h1><p class="notice">${t('guides.none')}</p>`;
  }
  const guide = guides.find((candidate) => candidate.code === params.get('guide')) ?? guides[0];
  return html`
    <h1>${t('guides.title')}</h1>
    <div class="controls">${choice('guide-code', t('guides.choose'), guide.code, guides.map((entry) => [entry.code, entry.title]), (value) => go({ guide: value }))}</div>
    <article class="guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading">${guide.title}${guide.section ? html` <span class="section">§${guide.section}</span>` : ''}</h2>
      ${guide.use === 'SELF_CHECK' ? html`<p class="notice">${t('guides.selfCheck')}</p>` : ''}
      ${guide.passages.map((passage, index) => passageView(passage, guide.passages[index - 1]))}
    </article>`;
}

/** A passage; its heading only where it starts a section (10.2's two lists share one). */
function passageView(passage, previous) {
  const heading = passage.title && passage.title !== previous?.title;
  return html`
    <section class="passage">
      ${heading ? html`<h3>${passage.title} <span class="section">§${passage.section}</span></h3>` : ''}
      ${passage.text ? html`<p>${passage.text}</p>` : ''}
      ${passage.items?.length ? html`<ul>${passage.items.map((entry) => html`<li>${entry}</li>`)}</ul>` : ''}
      ${passage.closing ? html`<p>${passage.closing}</p>` : ''}
      ${passage.evidenceKinds?.length ? html`
        <p class="meta">${t('guides.evidenceKinds')}: ${passage.evidenceKinds.map((kind) => html`<span class="tag">${kind}</span> `)}</p>` : ''}
    </section>`;
}
