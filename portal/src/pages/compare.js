import { html } from 'lit-html';
import { t } from '../i18n.js';
import { KINDS, choice, item, years } from './common.js';

/** Two levels of the current framework version side by side, kind by kind. */
export default async function comparePage({ api, params, go }) {
  const frameworks = (await api.get('/api/v1/frameworks')).items;
  const slug = params.get('framework') ?? frameworks[0].slug;
  const levels = await api.get(`/api/v1/frameworks/${encodeURIComponent(slug)}/levels`);
  const byCode = new Map(levels.map((level) => [level.code, level]));
  const fromIndex = Math.max(0, levels.findIndex((level) => level.code === params.get('from')));
  const from = levels[fromIndex];
  const to = byCode.get(params.get('to')) ?? levels[Math.min(fromIndex + 1, levels.length - 1)];
  const options = levels.map((level) => [level.code, `${level.code} · ${level.title}`]);
  const row = (label, value) => html`<tr><th scope="row">${label}</th><td>${value(from)}</td><td>${value(to)}</td></tr>`;

  return html`
    <h1>${t('compare.title')}</h1>
    <div class="controls">
      ${choice('compare-from', t('compare.from'), from.code, options, (value) => go({ framework: slug, from: value, to: to.code }))}
      ${choice('compare-to', t('compare.to'), to.code, options, (value) => go({ framework: slug, from: from.code, to: value }))}
    </div>
    <div class="scroll">
      <table class="compare">
        <caption>${t('compare.changes', { from: from.code, to: to.code })}</caption>
        <colgroup><col class="label-column"><col><col></colgroup>
        <thead>
          <tr><td></td><th scope="col">${from.code}</th><th scope="col">${to.code}</th></tr>
        </thead>
        <tbody>
          ${row(t('compare.titleRow'), (level) => level.title)}
          ${row(t('compare.stage'), (level) => level.stage)}
          ${row(t('compare.years'), years)}
          ${row(t('compare.summary'), (level) => level.summary)}
          ${KINDS.map((kind) => row(t(`kind.${kind}`), (level) => level[kind].length === 0
            ? html`<span class="muted">${t('framework.noItems')}</span>`
            : html`<ul>${level[kind].map(item)}</ul>`))}
        </tbody>
      </table>
    </div>`;
}
