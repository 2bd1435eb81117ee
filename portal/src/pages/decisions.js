import { html } from 'lit-html';
import { t } from '../i18n.js';
import { address, choice, field } from './common.js';

const LEVELS = ['L3', 'L4', 'L5', 'L6', 'L7', 'L8'];
let outcome = null;

/**
 * A hiring committee's leveling decision: the rounds' signals with the questions asked and the rounds heard
 * against the typical loop, the votes against the quorum, voting and finalizing.
 */
export default async function decisionsPage({ api, params, go, refresh }) {
  const decisions = (await api.get('/api/v1/leveling-decisions?size=200')).items;
  if (decisions.length === 0) {
    return html`<h1>${t('decisions.title')}</h1><p class="notice">${t('decisions.none')}</p>`;
  }
  const decision = decisions.find((candidate) => candidate.id === params.get('id')) ?? decisions[0];
  const describe = (entry) => t('decisions.item', { candidate: entry.candidateId, level: entry.proposedLevel, status: t(`status.${entry.status}`) });
  const shown = outcome;
  outcome = null;
  const act = async (request) => {
    try {
      await request();
      outcome = { ok: true, text: t('decisions.saved') };
    } catch (error) {
      outcome = { ok: false, text: error.message };
    }
    await refresh();
  };

  return html`
    <h1>${t('decisions.title')}</h1>
    <div class="controls">${choice('decision-id', t('decisions.choose'), decision.id, decisions.map((entry) => [entry.id, describe(entry)]), (value) => go({ id: value }))}</div>
    <div aria-live="polite">${shown ? html`<p class="notice ${shown.ok ? 'ok' : 'error'}">${shown.text}</p>` : ''}</div>
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">${describe(decision)}</h2>
      <dl class="facts">
        <dt>${t('decisions.proposed')}</dt><dd>${decision.proposedLevel}</dd>
        <dt>${t('decisions.final')}</dt><dd>${decision.finalLevel ?? '—'}</dd>
        <dt>${t('decisions.chair')}</dt><dd>${decision.chair}</dd>
        <dt>${t('decisions.rationale')}</dt><dd>${decision.rationale}</dd>
      </dl>
    </section>
    ${signalsView(decision.signals, decision.loop)}
    ${votesView(decision)}
    ${decision.status === 'OPEN' ? formsView(decision, api, act) : ''}`;
}

function signalsView(signals, loop) {
  return html`
    <section aria-labelledby="signals-heading">
      <h2 id="signals-heading">${t('decisions.signals')}</h2>
      ${loop ? html`
        <p class="notice ${loop.typical ? 'ok' : 'warning'}">
          ${t('decisions.loop', { heard: loop.roundsHeard, min: loop.minRounds, max: loop.maxRounds })}
          ${loop.roundsNotHeard.length ? html`<br>${t('decisions.notHeard', { rounds: loop.roundsNotHeard.join(', ') })}` : ''}
        </p>` : ''}
      <div class="scroll">
        <table>
          <thead>
            <tr><th scope="col">${t('decisions.round')}</th><th scope="col">${t('decisions.interviewer')}</th><th scope="col">${t('decisions.scores')}</th><th scope="col">${t('decisions.recommended')}</th><th scope="col">${t('decisions.questions')}</th></tr>
          </thead>
          <tbody>
            ${signals.map((signal) => html`
              <tr>
                <th scope="row"><a href=${address('/interview', { round: signal.round })} title=${t('decisions.bank')}>${signal.round}</a></th>
                <td>${signal.interviewer}</td>
                <td>${Object.entries(signal.scores ?? {}).map(([axis, score]) => html`<div>${axis}: ${score}</div>`)}</td>
                <td>${signal.recommendedLevel ?? ''}</td>
                <td>${(signal.questions ?? []).join(', ')}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>
    </section>`;
}

function votesView(decision) {
  const { quorum } = decision;
  return html`
    <section aria-labelledby="votes-heading">
      <h2 id="votes-heading">${t('decisions.votes')}</h2>
      <p class="notice ${quorum.met ? 'ok' : 'warning'}">
        ${t('decisions.quorum', { counting: quorum.counting, required: quorum.required })} ·
        <strong>${quorum.met ? t('decisions.quorumMet') : t('decisions.quorumNotMet')}</strong>
      </p>
      ${decision.votes.length === 0 ? html`<p class="muted">${t('decisions.noVotes')}</p>` : html`
        <div class="scroll">
          <table>
            <thead>
              <tr><th scope="col">${t('decisions.voter')}</th><th scope="col">${t('framework.level')}</th><th scope="col">${t('decisions.recused')}</th><th scope="col">${t('decisions.dissent')}</th></tr>
            </thead>
            <tbody>
              ${decision.votes.map((vote) => html`
                <tr>
                  <th scope="row">${vote.voter}</th>
                  <td>${vote.level ?? '—'}</td>
                  <td>${vote.recused ? t('yes') : t('no')}</td>
                  <td>${vote.dissent ?? ''}</td>
                </tr>`)}
            </tbody>
          </table>
        </div>`}
    </section>`;
}

function formsView(decision, api, act) {
  const path = `/api/v1/leveling-decisions/${decision.id}`;
  return html`
    <section aria-labelledby="vote-heading" class="forms">
      <form @submit=${(event) => {
        event.preventDefault();
        const form = new FormData(event.target);
        const recused = form.get('recused') === 'on';
        const body = recused ? { recused } : { level: form.get('level'), recused, ...(form.get('dissent') ? { dissent: form.get('dissent') } : {}) };
        act(() => api.send('PUT', `${path}/vote`, body));
      }}>
        <h2 id="vote-heading">${t('decisions.vote')}</h2>
        ${field('vote-level', 'level', t('framework.level'), decision.proposedLevel, LEVELS.map((level) => [level, level]))}
        <label class="check"><input type="checkbox" name="recused"> ${t('decisions.recused')}</label>
        <div class="field"><label for="vote-dissent">${t('decisions.dissent')}</label><textarea id="vote-dissent" name="dissent" rows="2" maxlength="4000"></textarea></div>
        <button type="submit">${t('decisions.castVote')}</button>
      </form>
      <form @submit=${(event) => {
        event.preventDefault();
        act(() => api.post(`${path}/finalize`, { finalLevel: new FormData(event.target).get('finalLevel') }));
      }}>
        <h2>${t('decisions.finalize')}</h2>
        ${field('final-level', 'finalLevel', t('decisions.final'), decision.proposedLevel, LEVELS.map((level) => [level, level]))}
        <button type="submit">${t('decisions.finalizeButton')}</button>
      </form>
    </section>`;
}
