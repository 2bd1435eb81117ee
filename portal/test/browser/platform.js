import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

/** The platform as deploy/local/start.sh runs it: the gateway (pages and API) and Keycloak, on loopback. */
export const PORTAL = process.env.PORTAL_URL ?? 'http://127.0.0.1:8080';
const TOKEN_URL = `${process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8180'}/realms/career/protocol/openid-connect/token`;

/** Debian's chromium, never a downloaded browser; headless, and quiet on the network beyond loopback. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A demo user's token through career-cli's password grant, for setting up data the way an HR system would. */
async function tokenOf(user) {
  const response = await fetch(TOKEN_URL, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'career-cli', username: user, password: `${user}-pass` }),
  });
  if (!response.ok) {
    throw new Error(`No token for ${user}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()).access_token;
}

export async function call(user, method, path, body, headers = {}) {
  const response = await fetch(`${PORTAL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${await tokenOf(user)}`, 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new Error(`${user} ${method} ${path}: ${response.status} ${JSON.stringify(payload)}`);
  }
  return payload;
}

/**
 * A framework of its own with two published versions, the second with one more L6 expectation than the
 * first, as hr-admin publishes them: a version diff to look at that leaves the seed's framework alone.
 */
export async function frameworkWithTwoVersions(addedExpectation) {
  const seed = await call('helen', 'GET', '/api/v1/frameworks/ai-engineer/versions/1');
  const slug = `portal-${Date.now()}`;
  const base = `/api/v1/frameworks/${slug}/versions`;
  await call('helen', 'POST', '/api/v1/frameworks', { slug, content: { ...seed.content, name: `Portal test ${slug}` } });
  await publish(`${base}/1`);
  await call('helen', 'POST', base);
  const draft = await call('helen', 'GET', `${base}/2`);
  const l6 = draft.content.levels.find((level) => level.code === 'L6');
  l6.items.push({ kind: 'EXPECTATION', text: addedExpectation, section: '4.2', sectionTitle: 'What a staff AI engineer actually does' });
  await call('helen', 'PUT', `${base}/2`, draft.content, { 'If-Match': `"${draft.etag}"` });
  await publish(`${base}/2`);
  return slug;
}

async function publish(version) {
  const { etag } = await call('helen', 'GET', version);
  await call('helen', 'POST', `${version}/publish`, undefined, { 'If-Match': `"${etag}"` });
}

/**
 * A page that records every console error and uncaught exception, so that a journey can assert there were
 * none. Each user gets a context of their own: their own Keycloak session cookie, as in their own browser.
 */
export async function openPage(browser) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, errors };
}

/** Logs in on Keycloak's own login page, as a person would, and waits for the portal to show its first page. */
export async function logIn(page, user, route = '#/framework') {
  await page.goto(`${PORTAL}/${route}`);
  await page.locator('#username').waitFor();
  await page.fill('#username', user);
  await page.fill('#password', `${user}-pass`);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.origin === PORTAL && !url.search.includes('code='));
  await page.locator('main h1').waitFor();
}

/**
 * Chooses an option of a control that moves the page, and waits until the address carries it and the page has
 * been updated (it is busy while it loads): a person waits for the page before the next choice too.
 */
export async function choose(page, control, param, value) {
  await control.selectOption(value);
  await page.waitForURL((url) => new URLSearchParams(url.hash.split('?')[1] ?? '').get(param) === value);
  await page.locator('#main:not([aria-busy])').waitFor();
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * WCAG 2 A/AA violations axe-core finds on the page as it is now. axe is evaluated through the DevTools
 * protocol, which the page's Content-Security-Policy does not govern, so the policy stays as served.
 */
export async function accessibilityViolations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** Screenshots for docs/portal/, only when PORTAL_SCREENSHOTS names the directory. */
export async function screenshot(page, name) {
  if (process.env.PORTAL_SCREENSHOTS) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${process.env.PORTAL_SCREENSHOTS}/${name}.png`, fullPage: false });
  }
}
