import { html, render } from 'lit-html';
import { Api } from './api.js';
import { Session } from './auth.js';
import { LOCALES, currentLocale, setLocale, t } from './i18n.js';
import { address, errorView, noAccessView } from './pages/common.js';
import './style.css';

const MEMBER = ['employee', 'manager', 'hiring-committee', 'promotion-committee', 'hr-admin', 'comp-admin', 'portal-reader'];

/** The pages, the roles that see them in the navigation, and their modules (loaded on first visit). */
const ROUTES = [
  { path: '/framework', label: 'nav.framework', roles: MEMBER, load: () => import('./pages/framework.js') },
  { path: '/compare', label: 'nav.compare', roles: MEMBER, load: () => import('./pages/compare.js') },
  { path: '/ladders', label: 'nav.ladders', roles: MEMBER, load: () => import('./pages/ladders.js') },
  { path: '/bands', label: 'nav.bands', roles: MEMBER, load: () => import('./pages/bands.js') },
  { path: '/guides', label: 'nav.guides', roles: MEMBER, load: () => import('./pages/guides.js') },
  { path: '/checklist', label: 'nav.checklist', roles: ['employee', 'manager'], load: () => import('./pages/checklist.js') },
  { path: '/packet', label: 'nav.packet', roles: ['employee', 'manager', 'promotion-committee', 'hr-admin'], load: () => import('./pages/packet.js') },
  { path: '/decisions', label: 'nav.decisions', roles: ['hiring-committee', 'hr-admin'], load: () => import('./pages/decisions.js') },
  { path: '/interview', label: 'nav.interview', roles: ['hiring-committee', 'hr-admin'], load: () => import('./pages/interview.js') },
];

const header = document.getElementById('header');
const main = document.getElementById('main');
let session;
let api;
let shownPath;
let renderCount = 0;

function parseHash() {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  return { path: path || '/framework', params: new URLSearchParams(query) };
}

/** Moves to a page, or to the same page with other parameters (the page's state lives in the address). */
function go(path, params = {}) {
  location.hash = address(path, params);
}

const mayOpen = (route, roles) => route.roles.some((role) => roles.has(role));

function renderHeader(path, roles) {
  const visible = ROUTES.filter((route) => mayOpen(route, roles));
  render(html`
    <div class="bar">
      <span class="brand">${t('appName')}</span>
      <span class="locale">
        <label for="locale">${t('language')}</label>
        <select id="locale" @change=${(event) => { setLocale(event.target.value); show(); }}>
          ${Object.entries(LOCALES).map(([code, name]) => html`<option value=${code} ?selected=${code === currentLocale()}>${name}</option>`)}
        </select>
      </span>
      <span class="user">${t('signedInAs')} <strong>${session.username}</strong></span>
      <button type="button" class="secondary" @click=${() => session.logout()}>${t('logout')}</button>
    </div>
    ${visible.length === 0 ? '' : html`
      <nav aria-label=${t('nav.label')}>
        <ul>
          ${visible.map((route) => html`
            <li><a href="#${route.path}" aria-current=${route.path === path ? 'page' : 'false'}>${t(route.label)}</a></li>`)}
        </ul>
      </nav>`}`, header);
}

async function show() {
  const current = ++renderCount;
  const { path, params } = parseHash();
  const roles = session.roles;
  renderHeader(path, roles);
  const route = ROUTES.find((candidate) => candidate.path === path);
  let view;
  if (!ROUTES.some((candidate) => mayOpen(candidate, roles))) {
    view = noAccessView(session.username, 'noAccess.none');
  } else if (!route) {
    view = html`<h1>${t('notFound')}</h1>`;
  } else if (!mayOpen(route, roles)) {
    view = noAccessView(session.username, 'noAccess.body');
  } else {
    // Another page starts from "Loading…"; the same page with other parameters is updated in place, so
    // the control someone just changed keeps its focus.
    if (shownPath !== path) {
      render(html`<p class="status" role="status">${t('loading')}</p>`, main);
    }
    main.setAttribute('aria-busy', 'true');
    try {
      const page = await route.load();
      view = await page.default({ api, params, go: (next) => go(path, next), refresh: show });
    } catch (error) {
      view = error.status === 403 ? noAccessView(session.username, 'noAccess.body') : errorView(error);
    }
  }
  // A newer move is still loading: it renders, and it ends the busy state.
  if (current !== renderCount) {
    return;
  }
  main.removeAttribute('aria-busy');
  render(view, main);
  document.title = `${main.querySelector('h1')?.textContent ?? ''} · ${t('appName')}`;
  // A move to another page takes focus to it, as a page load would; the first page leaves focus at the top.
  if (shownPath !== undefined && shownPath !== path) {
    main.focus();
  }
  shownPath = path;
}

async function start() {
  // lit-html renders beside what a container holds: the page's static "Loading…" goes first.
  main.replaceChildren();
  setLocale(currentLocale());
  const config = await (await fetch('/portal/config.json')).json();
  session = new Session(config);
  if (!(await session.establish())) {
    return;
  }
  api = new Api(session);
  window.addEventListener('hashchange', show);
  await show();
}

start().catch((error) => render(errorView(error), main));
