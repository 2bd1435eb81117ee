import { html } from 'lit-html';
import { t } from '../i18n.js';

/** A page's address with its parameters, leaving out those without a value. */
export function address(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value != null && value !== '')).toString();
  return `#${path}${query ? `?${query}` : ''}`;
}

export function noAccessView(username, messageKey) {
  return html`
    <h1>${t('noAccess.title')}</h1>
    <p class="notice">${t(messageKey, { user: username })}</p>`;
}

export function errorView(error) {
  return html`
    <h1>${t('error')}</h1>
    <p class="notice error" role="alert">${error.message}</p>`;
}

/** A labelled select whose choice becomes a page parameter; the label names it by id, so its options stay out of its name. */
export function choice(id, label, value, options, onChange) {
  return html`
    <div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(event) => onChange(event.target.value)}>
        ${options.map(([optionValue, optionLabel]) => html`
          <option value=${optionValue} ?selected=${String(optionValue) === String(value)}>${optionLabel}</option>`)}
      </select>
    </div>`;
}

/** A labelled select of a form, sent under name. */
export function field(id, name, label, value, options) {
  return html`
    <div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} name=${name}>
        ${options.map(([optionValue, optionLabel]) => html`
          <option value=${optionValue} ?selected=${String(optionValue) === String(value)}>${optionLabel}</option>`)}
      </select>
    </div>`;
}

/** A seed bullet with the section it comes from. */
export function item(entry) {
  return html`
    <li>${entry.text}
      <span class="section" title=${entry.sectionTitle ?? ''}><span class="visually-hidden">${t('framework.section')} </span>§${entry.section}</span>
    </li>`;
}

export const KINDS = ['expectations', 'mustDos', 'donts', 'proofPoints', 'interviewProbes', 'commonMistakes', 'staffCompetencies', 'archetypes'];

export function years(level) {
  const { from, to } = level.years ?? {};
  if (from == null) {
    return '';
  }
  return to == null ? t('framework.yearsFrom', { from }) : t('framework.years', { from, to });
}
