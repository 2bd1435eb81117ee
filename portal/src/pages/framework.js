import { html } from 'lit-html';
import { t } from '../i18n.js';
import { KINDS, address, choice, field, item, years } from './common.js';

/** Levels × kinds of content of one framework version, the chosen level's bullets, and the diff of two versions. */
export default async function frameworkPage({ api, params, go }) {
  const frameworks = (await api.get('/api/v1/frameworks')).items;
  const slug = params.get('framework') ?? frameworks[0].slug;
  const versions = (await api.get(`/api/v1/frameworks/${encodeURIComponent(slug)}/versions?size=200`)).items;
  const current = versions.find((version) => version.current) ?? versions[versions.length - 1];
  const version = Number(params.get('version') ?? current.number);
  const levels = await api.get(`/api/v1/frameworks/${encodeURIComponent(slug)}/levels?version=${version}`);
  const level = levels.find((candidate) => candidate.code === params.get('level')) ?? levels[0];
  const diffFrom = params.get('diffFrom');
  const diffTo = params.get('diffTo');
  const sameVersion = diffFrom && diffFrom === diffTo;
  const diff = diffFrom && diffTo && !sameVersion
    ? await api.get(`/api/v1/frameworks/${encodeURIComponent(slug)}/diff?from=${diffFrom}&to=${diffTo}`)
    : null;
  const state = { framework: slug, version, level: level.code, diffFrom, diffTo };
  const versionOptions = versions.map((entry) => [entry.number, `v${entry.number} · ${entry.status}${entry.current ? ' ✓' : ''}`]);

  return html`
    <h1>${t('framework.title')}</h1>
    <div class="controls">
      ${choice('framework-slug', t('nav.framework'), slug, frameworks.map((entry) => [entry.slug, entry.name]), (value) => go({ framework: value }))}
      ${choice('framework-version', t('framework.version'), version, versionOptions, (value) => go({ ...state, version: value }))}
    </div>

    <section aria-labelledby="matrix-title">
      <h2 id="matrix-title">${t('framework.matrix')}</h2>
      <div class="scroll">
        <table class="matrix">
          <caption>${t('framework.matrixCaption')}</caption>
          <thead>
            <tr><th scope="col">${t('framework.level')}</th>${KINDS.map((kind) => html`<th scope="col">${t(`kind.${kind}`)}</th>`)}</tr>
          </thead>
          <tbody>
            ${levels.map((row) => html`
              <tr class=${row.code === level.code ? 'selected' : ''}>
                <th scope="row">
                  <a href=${address('/framework', { ...state, level: row.code })}
                     aria-current=${row.code === level.code ? 'true' : 'false'}>${row.code} · ${row.title}</a>
                </th>
                ${KINDS.map((kind) => html`<td>${row[kind].length}</td>`)}
              </tr>`)}
          </tbody>
        </table>
      </div>
    </section>

    <section aria-labelledby="level-title" class="level">
      <h2 id="level-title">${level.code} · ${level.title}</h2>
      <p class="meta">${level.stage} · ${years(level)} · ${t('framework.section')} §${level.sourceSection}</p>
      <p>${level.summary}</p>
      <div class="kinds">
        ${KINDS.map((kind) => html`
          <section class="kind" aria-labelledby="kind-${kind}">
            <h3 id="kind-${kind}">${t(`kind.${kind}`)}</h3>
            ${level[kind].length === 0
              ? html`<p class="muted">${t('framework.noItems')}</p>`
              : html`<ul>${level[kind].map(item)}</ul>`}
          </section>`)}
      </div>
    </section>

    <section aria-labelledby="diff-title">
      <h2 id="diff-title">${t('framework.diff')}</h2>
      <form class="controls" @submit=${(event) => {
        event.preventDefault();
        const form = new FormData(event.target);
        go({ ...state, diffFrom: form.get('from'), diffTo: form.get('to') });
      }}>
        ${field('diff-from', 'from', t('framework.diffFrom'), diffFrom ?? versions[0].number, versionOptions)}
        ${field('diff-to', 'to', t('framework.diffTo'), diffTo ?? current.number, versionOptions)}
        <button type="submit">${t('framework.showDiff')}</button>
      </form>
      ${sameVersion ? html`<p class="notice warning" role="status">${t('framework.sameVersion')}</p>` : ''}
      ${diff ? diffView(diff) : ''}
    </section>`;
}

function diffView(diff) {
  if (diff.identical) {
    return html`<p class="notice" role="status">${t('framework.identical')}</p>`;
  }
  const fieldChanges = (fields = {}) => Object.entries(fields).map(([field, change]) => html`
    <li>${t('framework.fieldChanged', { field, from: change.from ?? '', to: change.to ?? '' })}</li>`);
  return html`
    <div class="diff" role="status">
      ${diff.levels.added.length ? html`<p>${t('framework.levelsAdded')}: ${diff.levels.added.join(', ')}</p>` : ''}
      ${diff.levels.removed.length ? html`<p>${t('framework.levelsRemoved')}: ${diff.levels.removed.join(', ')}</p>` : ''}
      ${diff.levels.changed.map((change) => html`
        <h3>${change.code}</h3>
        <ul>
          ${fieldChanges(change.fields)}
          ${(change.itemsAdded ?? []).map((entry) => html`<li class="added"><span class="tag">${t('framework.added')}</span> ${entry.text}</li>`)}
          ${(change.itemsRemoved ?? []).map((entry) => html`<li class="removed"><span class="tag">${t('framework.removed')}</span> ${entry.text}</li>`)}
        </ul>`)}
      ${diff.axes.changed.length || diff.axes.added.length || diff.axes.removed.length ? html`
        <h3>${t('framework.axes')}</h3>
        <ul>
          ${diff.axes.added.map((axis) => html`<li class="added"><span class="tag">${t('framework.added')}</span> ${axis.name ?? axis.code}</li>`)}
          ${diff.axes.removed.map((axis) => html`<li class="removed"><span class="tag">${t('framework.removed')}</span> ${axis.name ?? axis.code}</li>`)}
          ${diff.axes.changed.map((axis) => html`<li>${axis.code}<ul>${fieldChanges(axis.fields)}</ul></li>`)}
        </ul>` : ''}
    </div>`;
}
