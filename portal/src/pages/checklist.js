import { html } from 'lit-html';
import { t } from '../i18n.js';

let outcome = null;

/** The framework's checklist as a self-assessment: the caller answers it for themselves and sees their past ones. */
export default async function checklistPage({ api, refresh }) {
  const [checklist, past] = await Promise.all([
    api.get('/api/v1/frameworks/ai-engineer/guides/CHECKLIST'),
    api.get('/api/v1/self-assessments?size=20'),
  ]);
  const [passage] = checklist.passages;
  const shown = outcome;
  outcome = null;
  const save = async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const answers = passage.items.map((_, index) => ({ item: index + 1, checked: form.get(`item-${index + 1}`) === 'on' }));
    try {
      await api.post('/api/v1/self-assessments', { answers });
      outcome = { ok: true, text: t('checklist.saved') };
    } catch (error) {
      outcome = { ok: false, text: error.message };
    }
    await refresh();
  };
  return html`
    <h1>${t('checklist.title')}</h1>
    <div aria-live="polite">${shown ? html`<p class="notice ${shown.ok ? 'ok' : 'error'}">${shown.text}</p>` : ''}</div>
    <form class="checklist" @submit=${save}>
      <fieldset>
        <legend>${passage.text}</legend>
        ${passage.items.map((entry, index) => html`
          <label class="check"><input type="checkbox" name=${`item-${index + 1}`}> ${entry}</label>`)}
      </fieldset>
      <button type="submit">${t('checklist.save')}</button>
    </form>
    <section aria-labelledby="checklist-history">
      <h2 id="checklist-history">${t('checklist.history')}</h2>
      ${past.items.length === 0 ? html`<p class="muted">${t('checklist.noneYet')}</p>` : html`
        <div class="scroll">
          <table>
            <thead><tr><th scope="col">${t('checklist.takenOn')}</th><th scope="col">${t('checklist.checked')}</th></tr></thead>
            <tbody>
              ${past.items.map((entry) => html`
                <tr><th scope="row">${entry.takenOn}</th><td>${t('checklist.score', { checked: entry.checked, items: entry.items })}</td></tr>`)}
            </tbody>
          </table>
        </div>`}
    </section>`;
}
