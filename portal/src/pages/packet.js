import { html } from 'lit-html';
import { t } from '../i18n.js';
import { choice } from './common.js';

const STEPS = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'DECIDED'];

/** One packet the caller may see: its lifecycle step and who acts next, its evidence, its readiness gaps and hints. */
export default async function packetPage({ api, params, go }) {
  const packets = (await api.get('/api/v1/promotion-packets?size=200')).items;
  if (packets.length === 0) {
    return html`<h1>${t('packet.title')}</h1><p class="notice">${t('packet.none')}</p>`;
  }
  const packet = packets.find((candidate) => candidate.id === params.get('id')) ?? packets[0];
  const [cycle, evidence, readiness] = await Promise.all([
    api.get(`/api/v1/promotion-cycles/${packet.cycleId}`),
    api.get(`/api/v1/promotion-packets/${packet.id}/evidence`),
    api.get(`/api/v1/promotion-packets/${packet.id}/readiness`),
  ]);
  const describe = (entry) => t('packet.packet', { employee: entry.employeeId, from: entry.currentLevel, to: entry.targetLevel, cycle: entry.id === packet.id ? cycle.name : entry.cycleId.slice(0, 8) });

  return html`
    <h1>${t('packet.title')}</h1>
    ${packets.length > 1 ? html`<div class="controls">${choice('packet-id', t('packet.choose'), packet.id, packets.map((entry) => [entry.id, describe(entry)]), (value) => go({ id: value }))}</div>` : ''}
    <section aria-labelledby="packet-heading">
      <h2 id="packet-heading">${describe(packet)}</h2>
      <dl class="facts">
        <dt>${t('packet.archetype')}</dt><dd>${packet.archetype}</dd>
        <dt>${t('packet.step')}</dt><dd>${t(`status.${packet.status}`)}</dd>
        <dt>${t('packet.nextActor')}</dt><dd>${t(`next.${packet.status}`, { employee: packet.employeeId, manager: packet.managerId })}</dd>
      </dl>
      ${lifecycle(packet.status)}
      <h3>${t('packet.narrative')}</h3>
      <p class="narrative">${packet.narrative}</p>
    </section>
    ${readinessView(readiness)}
    ${evidenceView(evidence)}`;
}

function lifecycle(status) {
  const reached = STEPS.indexOf(['PROMOTED', 'NOT_YET'].includes(status) ? 'DECIDED' : status);
  const label = (step) => (step === 'DECIDED' ? (reached === 3 ? t(`status.${status}`) : `${t('status.PROMOTED')} / ${t('status.NOT_YET')}`) : t(`status.${step}`));
  return html`
    <ol class="steps" aria-label=${t('packet.step')}>
      ${STEPS.map((step, index) => html`
        <li class=${index < reached ? 'done' : index === reached ? 'current' : ''} aria-current=${index === reached ? 'step' : 'false'}>${label(step)}</li>`)}
    </ol>
    ${status === 'WITHDRAWN' ? html`<p class="notice">${t('status.WITHDRAWN')}</p>` : ''}`;
}

function readinessView(readiness) {
  return html`
    <section aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">${t('packet.readiness', { level: readiness.targetLevel })}</h2>
      <p class="notice ${readiness.ready ? 'ok' : 'warning'}" role="status">
        ${readiness.ready ? t('packet.ready') : t('packet.notReady', { count: readiness.gaps.length })}
      </p>
      ${readiness.gaps.length ? html`
        <h3>${t('packet.gaps')}</h3>
        <ul class="gaps">${readiness.gaps.map((gap) => html`<li>${gap}</li>`)}</ul>` : ''}
      <div class="scroll">
        <table>
          <caption>${t('packet.bar')}</caption>
          <thead>
            <tr><th scope="col">${t('packet.bar')}</th><th scope="col">${t('packet.required')}</th><th scope="col">${t('packet.found')}</th><th scope="col">${t('packet.met')}</th></tr>
          </thead>
          <tbody>
            ${readiness.bar.map((rule) => html`
              <tr>
                <th scope="row">${rule.description} <span class="section">§${rule.section}</span></th>
                <td>${rule.required}</td>
                <td>${rule.found}</td>
                <td><span class="tag ${rule.met ? 'ok' : 'warning'}">${rule.met ? t('yes') : t('no')}</span></td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      ${readiness.hints?.length ? hintsView(readiness.hints) : ''}
    </section>`;
}

/** The framework's hints on the kinds of evidence involved: guidance beside the bar, never part of it. */
function hintsView(hints) {
  return html`
    <h3>${t('packet.hints')}</h3>
    <p class="muted">${t('packet.hintsNote')}</p>
    ${hints.map((hint) => html`
      <div class="hint">
        <h4>${hint.title} <span class="section">§${hint.section}</span></h4>
        ${hint.text ? html`<p>${hint.text}</p>` : ''}
        ${hint.items?.length ? html`<ul>${hint.items.map((entry) => html`<li>${entry}</li>`)}</ul>` : ''}
      </div>`)}`;
}

function evidenceView(evidence) {
  return html`
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">${t('packet.evidence')}</h2>
      ${evidence.length === 0 ? html`<p class="muted">${t('packet.noEvidence')}</p>` : html`
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">${t('packet.docTitle')}</th><th scope="col">${t('packet.kind')}</th><th scope="col">${t('packet.role')}</th>
                <th scope="col">${t('packet.docStatus')}</th><th scope="col">${t('packet.axes')}</th><th scope="col">${t('packet.date')}</th>
              </tr>
            </thead>
            <tbody>
              ${evidence.map((entry) => html`
                <tr>
                  <th scope="row">${entry.url ? html`<a href=${safeUrl(entry.url)} rel="noopener noreferrer" target="_blank">${entry.title}</a>` : entry.title}</th>
                  <td>${entry.kind}</td><td>${entry.role ?? ''}</td><td>${entry.docStatus ?? ''}</td>
                  <td>${(entry.axes ?? []).join(', ')}</td><td>${entry.happenedOn ?? ''}</td>
                </tr>`)}
            </tbody>
          </table>
        </div>`}
    </section>`;
}

/** Only web links become links: a javascript: or data: URL in evidence must not run in the portal. */
function safeUrl(url) {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : '#';
  } catch {
    return '#';
  }
}
