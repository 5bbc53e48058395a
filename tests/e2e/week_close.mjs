// In Debian's headless Chromium, driven by playwright-core: a section chief
// logs in, opens this week's status, closes a red task from it, and sees the
// task's light go and the week's counts change. Screenshots of each step go
// to ARTIFACTS. Waits are for selectors, never for time.
//
//   BASE_URL=http://127.0.0.1:PORT ARTIFACTS=DIR node week_close.mjs

import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const base = process.env.BASE_URL;
const artifacts = process.env.ARTIFACTS;
const person = process.env.E2E_PERSON ?? 'yang-fan';
const password = process.env.E2E_PASSWORD;
const task = process.env.E2E_TASK ?? 'weekly-planning/2026-W11/summary.industry';
mkdirSync(artifacts, { recursive: true });

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`ok - ${message}`);
}

async function shot(page, name) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

async function count(page, key) {
  const text = await page.locator(`#totals [data-count="${key}"]`).innerText();
  return parseInt(text, 10);
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  // As root (CI containers) Chromium's sandbox cannot start.
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
try {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(30000);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  // 1. Not logged in: the week sends us to the log-in form.
  await page.goto(`${base}/week`);
  await page.waitForSelector('form[action="/login"]');
  check(page.url().includes('/login?next=/week'), 'the week asks for a log-in first');
  await shot(page, '01-login');

  // 2. Log in; back on this week's status.
  await page.fill('input[name="person"]', person);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForURL(/\/week$/), page.click('button[type="submit"]')]);
  await page.waitForSelector('#totals [data-count="done"]');
  const before = { done: await count(page, 'done'), red: await count(page, 'red'), rate: await page.locator('#totals [data-count="closure_rate"]').innerText() };
  check(await page.locator('h1').innerText().then((t) => t.includes('2026-W11')), 'this week is 2026-W11');
  const row = page.locator(`#red a[href="/tasks/${task}"]`);
  check(await row.count() === 1, `${task} is among the red items`);
  check(await page.locator('#red .light.red').first().innerText() === '红灯', 'a red light is shown by colour and the word 红灯');
  await shot(page, '02-week-before');

  // 3. Open the task: red, with the 办结 form among the actions allowed.
  await Promise.all([page.waitForURL(/\/tasks\//), row.click()]);
  await page.waitForSelector('#actions');
  check(await page.locator('dl.facts .light').innerText() === '红灯', 'the task page shows it red');
  await shot(page, '03-task-red');

  // 4. Close it.
  await Promise.all([page.waitForURL(/did=done/), page.click('button[data-action="done"]')]);
  await page.waitForSelector('.notice.ok');
  check(await page.locator('.notice.ok').innerText() === '已办结。', 'the page says it is closed');
  check(await page.locator('dl.facts [data-state]').getAttribute('data-state') === 'done', 'its state is done');
  check(await page.locator('dl.facts .light').getAttribute('data-light') === 'none', 'it has no light any more');
  const log = await page.locator('#history').innerText();
  check(log.includes('办结') && log.includes('杨帆'), 'the log has the closing, by its actor');
  await shot(page, '04-task-done');

  // 5. The week again: one more done, one red fewer, the task among the closed.
  await page.click('header nav a[href="/week"]');
  await page.waitForSelector('#totals [data-count="done"]');
  const after = { done: await count(page, 'done'), red: await count(page, 'red'), rate: await page.locator('#totals [data-count="closure_rate"]').innerText() };
  check(after.done === before.done + 1, `办结 went from ${before.done} to ${after.done}`);
  check(after.red === before.red - 1, `红灯 went from ${before.red} to ${after.red}`);
  check(after.rate !== before.rate, `办结率 went from ${before.rate} to ${after.rate}`);
  check(await page.locator(`#red a[href="/tasks/${task}"]`).count() === 0, 'it left the red items');
  check(await page.locator(`#done a[href="/tasks/${task}"]`).count() === 1, 'it is among the closed');
  await shot(page, '05-week-after');

  // 6. Today's page: my tasks and my unit's, red and yellow first.
  await page.click('header nav a[href="/today"]');
  await page.waitForSelector('#mine');
  check((await page.locator('#mine').innerText()).includes('工业科下周工作计划'), 'today lists my open tasks');
  await shot(page, '06-today');

  // 7. The workflow's graph is drawn.
  await page.goto(`${base}/workflows/weekly-planning`);
  await page.waitForSelector('#graph svg g.node');
  check(await page.locator('#graph svg g.node').count() > 3, 'the workflow graph is drawn as SVG');
  await shot(page, '07-workflow');

  check(errors.length === 0, `no errors in the browser console${errors.length ? ': ' + errors.join('; ') : ''}`);
} finally {
  await browser.close();
}
