import { html } from 'lit-html';
import { t } from '../i18n.js';
import { choice } from './common.js';

/** The framework's interview loop: its rounds, their typical number, and the banks a round draws on. */
export default async function interviewPage({ api, params, go }) {
  const loop = await api.get('/api/v1/frameworks/ai-engineer/interview-loop');
  const round = loop.rounds.find((candidate) => candidate.code === params.get('round'));
  const banks = round ? loop.banks.filter((bank) => round.banks.includes(bank.section)) : loop.banks;
  return html`
    <h1>${t('interview.title')}</h1>
    <p class="notice">${loop.title} <span class="section">§${loop.section}</span> · ${t('interview.typical', { min: loop.minRounds, max: loop.maxRounds })}</p>
    <div class="scroll">
      <table>
        <caption>${t('interview.rounds')}</caption>
        <thead>
          <tr><th scope="col">${t('interview.round')}</th><th scope="col">${t('interview.focus')}</th><th scope="col">${t('interview.banks')}</th></tr>
        </thead>
        <tbody>
          ${loop.rounds.map((entry) => html`
            <tr>
              <th scope="row">${entry.name}</th>
              <td>${entry.focus}</td>
              <td>${entry.banks.map((section) => html`<span class="section">§${section}</span>`)}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>
    <div class="controls">${choice('interview-round', t('interview.showFor'), round?.code ?? '',
      [['', t('interview.allRounds')], ...loop.rounds.map((entry) => [entry.code, entry.name])], (value) => go({ round: value }))}</div>
    ${banks.map(bankView)}`;
}

function bankView(bank) {
  return html`
    <section class="bank" aria-labelledby=${`bank-${bank.section}`}>
      <h2 id=${`bank-${bank.section}`}>${bank.title} <span class="section">§${bank.section}</span></h2>
      <p class="meta">${t(`bank.${bank.kind}`)}${bank.levels?.length ? ` · ${t('interview.forLevels', { levels: bank.levels.join(', ') })}` : ''}</p>
      <ol class="entries">
        ${bank.entries.map((entry) => html`<li><span class="entry-id">${entry.id}</span> ${entry.text}</li>`)}
      </ol>
      ${bank.closing ? html`<p>${bank.closing}</p>` : ''}
    </section>`;
}
