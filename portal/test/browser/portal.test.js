import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { formatRange } from '../../src/money.js';
import { PORTAL, accessibilityViolations, call, choose, frameworkWithTwoVersions, launchChromium, logIn, openPage, screenshot } from './platform.js';

/**
 * The portal in headless Chromium against the running platform: real Keycloak login pages, real tokens, the
 * gateway's pages and API with its security headers as served. What the pages show is checked against what
 * the API answers the same user.
 */
describe('portal', () => {
  let browser;
  let cycle;
  let packet;
  let versionedFramework;
  const addedExpectation = `Runs the quarterly model-risk review (${Date.now()}).`;

  before(async () => {
    browser = await launchChromium();
    versionedFramework = await frameworkWithTwoVersions(addedExpectation);
    cycle = await call('helen', 'POST', '/api/v1/promotion-cycles', {
      name: `Portal cycle ${Date.now()}`, frameworkSlug: 'ai-engineer', submissionOpens: '2026-01-01', submissionCloses: '2030-12-31',
    });
    packet = await call('alice', 'POST', '/api/v1/promotion-packets', {
      cycleId: cycle.id, targetLevel: 'L6', archetype: 'TECH_LEAD',
      narrative: 'Led the evaluation platform from prototype to every team.', selfAssessment: { SYSTEM_DESIGN: 'Designed its pipeline.' },
    });
    await call('alice', 'POST', `/api/v1/promotion-packets/${packet.id}/evidence`, {
      kind: 'RFC', title: 'RFC: offline evaluation service', url: 'https://docs.example.com/rfc/eval', happenedOn: '2026-05-04',
      role: 'AUTHOR', docStatus: 'ACCEPTED', axes: ['SYSTEM_DESIGN'], impact: 'Cut regression triage from days to hours.',
    });
  });

  after(() => browser?.close());

  async function journey(user, steps) {
    const { page, context, errors } = await openPage(browser);
    try {
      await logIn(page, user);
      await steps(page);
      assert.deepEqual(errors, [], `console errors for ${user}`);
    } finally {
      await context.close();
    }
  }

  async function assertAccessible(page) {
    assert.deepEqual(await accessibilityViolations(page), []);
  }

  test('alice reads an L6 bullet under its kind, compares L5 with L6, translates OpenAI E5, sees her readiness gap and hints, reads a guide, answers her checklist and logs out', async () => {
    const l5 = await call('alice', 'GET', '/api/v1/frameworks/ai-engineer/levels/L5');
    const l6 = await call('alice', 'GET', '/api/v1/frameworks/ai-engineer/levels/L6');
    const readiness = await call('alice', 'GET', `/api/v1/promotion-packets/${packet.id}/readiness`);
    assert.ok(readiness.gaps.length > 0, 'the packet needs a gap to show');

    await journey('alice', async (page) => {
      assert.equal(await page.locator('main h1').textContent(), 'Leveling framework');
      await page.getByRole('link', { name: /^L6 · / }).click();
      await page.getByRole('heading', { level: 2, name: `L6 · ${l6.title}` }).waitFor();
      const competency = l6.staffCompetencies[0];
      const competencies = page.locator('section.kind', { has: page.getByRole('heading', { name: 'Staff competencies' }) });
      const bullet = competencies.getByRole('listitem').filter({ hasText: competency.text });
      assert.equal(await bullet.count(), 1);
      assert.match(await bullet.textContent(), new RegExp(`§${escape(competency.section)}`));
      await assertAccessible(page);
      await screenshot(page, 'framework');

      await choose(page, page.getByLabel('Framework', { exact: true }), 'framework', versionedFramework);
      await page.getByLabel('From version').selectOption('1');
      await page.getByLabel('To version').selectOption('1');
      await page.getByRole('button', { name: 'Show changes' }).click();
      await page.getByText('Choose two different versions.').waitFor();
      await page.getByLabel('To version').selectOption('2');
      await page.getByRole('button', { name: 'Show changes' }).click();
      const change = page.locator('.diff li.added', { hasText: addedExpectation });
      await change.waitFor();
      assert.equal(await page.locator('.diff h3').allTextContents().then((levels) => levels.join()), 'L6');
      await assertAccessible(page);
      await screenshot(page, 'framework-diff');

      await page.getByRole('link', { name: 'Compare levels' }).click();
      await choose(page, page.getByLabel('From level'), 'from', 'L5');
      await choose(page, page.getByLabel('To level'), 'to', 'L6');
      await page.locator('caption', { hasText: 'From L5 to L6' }).waitFor();
      const expectations = page.getByRole('row', { name: /^Expectations/ });
      assert.match(await expectations.locator('td').nth(0).textContent(), new RegExp(escape(l5.expectations[0].text)));
      assert.match(await expectations.locator('td').nth(1).textContent(), new RegExp(escape(l6.expectations[0].text)));
      assert.equal(await page.getByRole('row', { name: /^Title/ }).locator('td').nth(1).textContent(), l6.title);
      await assertAccessible(page);
      await screenshot(page, 'compare');

      await page.getByRole('link', { name: 'Company ladders' }).click();
      await choose(page, page.getByLabel('Company'), 'company', 'openai');
      await page.getByLabel('Level label').selectOption('E5');
      await page.getByRole('button', { name: 'Translate' }).click();
      await page.getByText('OpenAI E5 is L5').waitFor();
      const row = (ladder) => page.getByRole('row', { name: new RegExp(`^${escape(ladder)}`) });
      assert.match(await row('Meta').textContent(), /L5.*table 1\.1.*MEDIUM/s);
      assert.match(await row('MTS ladder (unnamed in source)').textContent(), /Senior MTS.*LOW/s);
      assert.match(await row('MTS ladder (unnamed in source)').textContent(), /without a header/);
      assert.match(await row('Korean conglomerate').textContent(), /Manager · 과장/);
      await assertAccessible(page);
      await screenshot(page, 'ladders');
      await page.getByLabel('Language').selectOption('ko');
      await page.getByRole('heading', { level: 1, name: '회사별 레벨' }).waitFor();
      assert.match(await row('Korean conglomerate').textContent(), /과장 \(Manager\)/);
      await screenshot(page, 'ladders-ko');
      await page.getByLabel('언어').selectOption('en');

      assert.equal(await page.getByRole('link', { name: 'Leveling decisions' }).count(), 0, 'alice is on no hiring committee');
      await page.getByRole('link', { name: 'My promotion packet' }).click();
      await page.getByRole('heading', { level: 2, name: 'Readiness for L6' }).waitFor();
      assert.match(await page.getByRole('heading', { level: 2, name: new RegExp(escape(cycle.name)) }).textContent(), /E1001: L5 → L6/);
      assert.equal(await page.locator('.steps [aria-current="step"]').textContent(), 'Draft');
      assert.match(await page.locator('.facts').textContent(), /The employee \(E1001\) finishes and submits the packet/);
      assert.deepEqual(await page.locator('ul.gaps li').allTextContents(), readiness.gaps);
      assert.equal(await page.getByRole('link', { name: 'RFC: offline evaluation service' }).count(), 1);
      assert.deepEqual(await page.locator('.hint h4').allTextContents(),
        readiness.hints.map((hint) => `${hint.title} §${hint.section}`));
      await assertAccessible(page);
      await screenshot(page, 'packet');

      const pacing = await call('alice', 'GET', '/api/v1/frameworks/ai-engineer/guides/PACING');
      await page.getByRole('link', { name: 'Guides' }).click();
      await choose(page, page.getByLabel('Guide'), 'guide', 'PACING');
      await page.getByRole('heading', { level: 2, name: `${pacing.title} §${pacing.section}` }).waitFor();
      assert.deepEqual(await page.locator('article.guide li').allTextContents(), pacing.passages.flatMap((passage) => passage.items));
      await assertAccessible(page);
      await screenshot(page, 'guides');

      const checklist = await call('alice', 'GET', '/api/v1/frameworks/ai-engineer/guides/CHECKLIST');
      const before = (await call('alice', 'GET', '/api/v1/self-assessments')).totalItems;
      await page.getByRole('link', { name: 'My checklist' }).click();
      await page.getByRole('group', { name: checklist.passages[0].text }).waitFor();
      await page.getByLabel(checklist.passages[0].items[0]).check();
      await page.getByLabel(checklist.passages[0].items[2]).check();
      await page.getByRole('button', { name: 'Save my answers' }).click();
      await page.getByText('Saved.').waitFor();
      const recorded = await call('alice', 'GET', '/api/v1/self-assessments');
      assert.equal(recorded.totalItems, before + 1);
      assert.deepEqual(recorded.items[0].answers.filter((answer) => answer.checked).map((answer) => answer.item), [1, 3]);
      assert.match(await page.getByRole('row', { name: new RegExp(`^${recorded.items[0].takenOn}`) }).first().textContent(), /2 of 12/);
      await assertAccessible(page);
      await screenshot(page, 'checklist');

      await page.getByRole('button', { name: 'Log out' }).click();
      await page.locator('#username').waitFor();
      await page.goto(`${PORTAL}/#/framework`);
      await page.locator('#username').waitFor();
      assert.ok(page.url().startsWith('http://127.0.0.1:8180/'), 'after logging out, the portal asks Keycloak for a login again');
    });
  });

  test('carl sees the US bands as a chart, L5 written as the API says, and KRW in 만/억 in Korean', async () => {
    const usL5 = (await call('carl', 'GET', '/api/v1/comp-bands?market=US&level=L5')).items;
    assert.ok(usL5.length > 0);

    await journey('carl', async (page) => {
      await page.getByRole('link', { name: 'Bands' }).click();
      await page.getByRole('img', { name: 'Total compensation bands per level, US' }).waitFor();
      const box = await page.locator('canvas').boundingBox();
      assert.ok(box.width > 300 && box.height > 200, `the chart is drawn (${box.width}×${box.height})`);
      for (const band of usL5) {
        const range = formatRange(Number(band.totalCompMin), band.openEnded ? null : Number(band.totalCompMax), band.currency, 'en');
        const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'L5', exact: true }) }).filter({ hasText: band.segment });
        assert.match(await row.textContent(), new RegExp(escape(range)));
      }
      await assertAccessible(page);
      await screenshot(page, 'bands');

      await choose(page, page.getByLabel('Market'), 'market', 'KR');
      await page.getByRole('img', { name: 'Total compensation bands per level, KR' }).waitFor();
      await page.getByLabel('Language').selectOption('ko');
      await page.getByRole('img', { name: '레벨별 총보상 밴드, KR' }).waitFor();
      assert.match(await page.locator('table tbody').textContent(), /억|만 원/);
      await screenshot(page, 'bands-kr-ko');
      await page.getByLabel('언어').selectOption('en');
    });
  });

  test('hana sees the rounds, questions and quorum of a decision, votes and finalizes it, and reads a round\'s bank', async () => {
    const decision = await call('hana', 'POST', '/api/v1/leveling-decisions', {
      candidateId: `C-portal-${Date.now()}`, frameworkSlug: 'ai-engineer', proposedLevel: 'L5', chair: 'hana',
      rationale: 'Designed a retrieval system end to end in the design round.',
      signals: [
        { round: 'SYSTEM_DESIGN', interviewer: 'hugo', scores: { SYSTEM_DESIGN: 3, TECHNICAL_DEPTH: 3 }, recommendedLevel: 'L5', questions: ['7.3.1', '7.3.2'] },
        { round: 'CODING', interviewer: 'hilda', scores: { TECHNICAL_DEPTH: 3 }, recommendedLevel: 'L5' },
      ],
    });
    await call('hugo', 'PUT', `/api/v1/leveling-decisions/${decision.id}/vote`, { level: 'L5', recused: false });
    await call('hilda', 'PUT', `/api/v1/leveling-decisions/${decision.id}/vote`, { level: 'L5', recused: false });

    await journey('hana', async (page) => {
      await page.goto(`${PORTAL}/#/decisions?id=${decision.id}`);
      await page.getByRole('heading', { level: 2, name: 'Round signals' }).waitFor();
      assert.match(await page.getByRole('row', { name: /^SYSTEM_DESIGN/ }).textContent(), /hugo.*SYSTEM_DESIGN: 3.*L5.*7\.3\.1, 7\.3\.2/s);
      assert.match(await page.locator('p', { hasText: 'Rounds heard:' }).textContent(), /Rounds heard: 2; a loop typically has 5–7\./);
      const quorum = page.locator('p', { hasText: 'Quorum:' });
      assert.match(await quorum.textContent(), new RegExp(`2 of ${decision.quorum.required} counting votes`));

      await page.getByLabel('Level', { exact: true }).selectOption('L5');
      await page.getByRole('button', { name: 'Cast vote' }).click();
      await page.getByText('Saved.').waitFor();
      assert.equal(await page.getByRole('row', { name: /^hana/ }).count(), 1);
      assert.match(await quorum.textContent(), new RegExp(`3 of ${decision.quorum.required} counting votes`));
      await assertAccessible(page);
      await screenshot(page, 'decision');

      await page.getByRole('button', { name: 'Finalize', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: /^C-portal-.*\(Final\)$/ }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Cast vote' }).count(), 0, 'a final decision takes no more votes');

      const loop = await call('hana', 'GET', '/api/v1/frameworks/ai-engineer/interview-loop?round=SYSTEM_DESIGN');
      await page.getByRole('link', { name: 'SYSTEM_DESIGN', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Interview loop' }).waitFor();
      await page.locator('#main:not([aria-busy])').waitFor();
      assert.equal(await page.getByLabel('Banks for').inputValue(), 'SYSTEM_DESIGN');
      assert.deepEqual(await page.locator('section.bank h2').allTextContents(), loop.banks.map((bank) => `${bank.title} §${bank.section}`));
      const staples = page.locator('section.bank', { has: page.getByRole('heading', { name: /System design staples/ }) });
      assert.deepEqual(await staples.locator('li').allTextContents(), loop.banks[0].entries.map((entry) => `${entry.id} ${entry.text}`));
      await assertAccessible(page);
      await screenshot(page, 'interview-loop');
    });
    assert.equal((await call('hana', 'GET', `/api/v1/leveling-decisions/${decision.id}`)).finalLevel, 'L5');
  });

  test('victor, who holds no platform role, sees a clear no-access page and no navigation', async () => {
    await journey('victor', async (page) => {
      await page.getByRole('heading', { level: 1, name: 'No access' }).waitFor();
      assert.match(await page.locator('main').textContent(), /victor, holds no Career Platform role/);
      assert.equal(await page.getByRole('navigation').count(), 0);
      await assertAccessible(page);
      await screenshot(page, 'no-access');
    });
  });

  test('the keyboard reaches the skip link first, it moves focus to the page, and a changed choice keeps focus', async () => {
    await journey('alice', async (page) => {
      const focused = () => page.evaluate(() => document.activeElement.id || document.activeElement.textContent);
      await page.keyboard.press('Tab');
      assert.equal(await focused(), 'Skip to content');
      await page.keyboard.press('Enter');
      assert.equal(await focused(), 'main');

      await page.goto(`${PORTAL}/#/compare?from=L5&to=L6`);
      await page.locator('caption', { hasText: 'From L5 to L6' }).waitFor();
      await page.focus('#compare-to');
      await page.keyboard.press('ArrowDown');
      await page.locator('caption', { hasText: 'From L5 to L7' }).waitFor();
      assert.equal(await focused(), 'compare-to');
    });
  });
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
