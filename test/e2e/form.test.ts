import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../../local/emulators';
import { startLocalStack, type LocalStack } from '../../local/start';
import { launchBrowser, SCREENSHOTS, scrollsSideways, seriousAxeViolations } from '../support/browser';

/** The form page in real Chromium against the local stack, as a person uses it. */
let stack: LocalStack;
let browser: Browser;
let base: string;

beforeAll(async () => {
  const [app, dynamo, ses] = [await freePort(), await freePort(), await freePort()];
  stack = await startLocalStack(
    { ...process.env, PORT: String(app), DYNAMODB_PORT: String(dynamo), SES_PORT: String(ses), RETRY_INTERVAL_SECONDS: '2' },
    () => undefined,
  );
  base = `http://127.0.0.1:${app}`;
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const emailsTo = async (address: string) => {
  const store = (await (await fetch(`${stack.sesEndpoint}/store`)).json()) as { emails: Array<{ destination: { to: string[] }; replyTo: string[] }> };
  return store.emails.filter((e) => e.destination.to.includes(address) || e.replyTo.includes(address));
};
let n = 0;
const uniqueEmail = (label: string) => `${label}.${Date.now()}.${n++}@example.com`;

async function fill(page: Page, fields: { name: string; email: string; message: string }) {
  await page.getByLabel('Name', { exact: true }).fill(fields.name);
  await page.getByLabel('Email', { exact: true }).fill(fields.email);
  await page.getByLabel('What brings you here?').fill(fields.message);
  await page
    .getByRole('group', { name: /thoughts of ending your life/ })
    .getByLabel('No', { exact: true })
    .check();
  await page.getByLabel(/I agree to be contacted/).check();
}

async function open(viewport = { width: 1024, height: 900 }, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  return page;
}

describe('the intake form', () => {
  it('has no serious or critical axe violations', async () => {
    const page = await open();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/form-empty.png`, fullPage: true });
    await page.context().close();
  });

  it('marks the missing fields on an empty submit, focuses the summary and stays', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Send' }).click();
    const summary = page.locator('#error-summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    for (const id of ['name', 'email', 'message', 'consent']) {
      expect(await page.locator(`#${id}`).getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator(`#${id}`).getAttribute('aria-describedby')).toContain(`${id}-error`);
    }
    expect(await page.locator('#safety-no').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#email-error').textContent()).toMatch(/email address/);
    expect(page.url()).toBe(`${base}/`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/form-errors.png`, fullPage: true });
    await page.context().close();
  });

  it('shows a coaching intake the booking link on the same page, and sends two emails', async () => {
    const page = await open();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    const email = uniqueEmail('coach');
    await fill(page, { name: 'Robin Lee', email, message: 'I want to move into a leadership role and build better habits.' });
    await page.getByRole('button', { name: 'Send' }).click();
    const book = page.getByRole('link', { name: 'Book your first session' });
    await book.waitFor();
    expect(await book.getAttribute('href')).toContain('https://cal.example/northstar/first-session');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/next-steps-coaching.png`, fullPage: true });
    await expect.poll(async () => (await emailsTo(email)).length).toBe(2);
    expect(blocked, 'the page works under its own Content-Security-Policy').toEqual([]);
    await page.context().close();
  });

  it('shows a person in crisis 988 at the top and no booking link', async () => {
    const page = await open();
    const email = uniqueEmail('crisis');
    await fill(page, { name: 'Jo Park', email, message: 'I keep thinking about ending my life.' });
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('#next-steps .crisis').waitFor();
    // The crisis lines are the first thing on the next screen.
    expect(await page.locator('main > header').isHidden()).toBe(true);
    expect(await page.locator('#intake-form').isHidden()).toBe(true);
    const text = (await page.locator('#next-steps').textContent()) ?? '';
    expect(text.indexOf('988')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('988')).toBeLessThan(text.indexOf('Thank you'));
    expect(await page.locator('a[href*="cal.example"]').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/next-steps-crisis.png`, fullPage: true });
    await expect.poll(async () => (await emailsTo(email)).length).toBe(2);
    await page.context().close();
  });

  it('shows a therapy intake the matched therapists', async () => {
    const page = await open();
    await fill(page, { name: 'Ali Khan', email: uniqueEmail('therapy'), message: 'I have felt depressed for months and cry every day.' });
    await page.getByLabel('State or province').fill('NY');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'Therapists who may be a good fit' }).waitFor();
    expect(await page.locator('#next-steps .card').count()).toBeGreaterThan(0);
    expect(await page.locator('#next-steps').textContent()).toContain('Dr. Maya Chen');
    await page.screenshot({ path: `${SCREENSHOTS}/next-steps-therapy.png`, fullPage: true });
    await page.context().close();
  });

  it('works without JavaScript: the plain post shows the booking link, and reloading sends nothing again', async () => {
    const page = await open(undefined, false);
    const email = uniqueEmail('nojs');
    await fill(page, { name: 'Kai Moss', email, message: 'I want to finish my novel this year.' });
    await Promise.all([page.waitForURL(/\/intake\/[0-9a-f-]{36}$/), page.getByRole('button', { name: 'Send' }).click()]);
    expect(await page.getByRole('link', { name: 'Book your first session' }).getAttribute('href')).toContain('cal.example');
    await page.screenshot({ path: `${SCREENSHOTS}/next-steps-no-js.png`, fullPage: true });
    await expect.poll(async () => (await emailsTo(email)).length).toBe(2);
    await page.reload();
    expect(await page.getByRole('link', { name: 'Book your first session' }).count()).toBe(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(await emailsTo(email)).toHaveLength(2);
    await page.context().close();
  });

  it('can be completed with the keyboard alone', async () => {
    const page = await open();
    const email = uniqueEmail('keyboard');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // the language switch
    expect(await page.evaluate(() => document.activeElement?.getAttribute('hreflang'))).toBe('es');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('name');
    await page.keyboard.type('Pat Keys');
    await page.keyboard.press('Tab');
    await page.keyboard.type(email);
    // Move to the message field by tabbing, checking focus order on the way.
    const order: string[] = [];
    for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.id)) !== 'message'; i++) {
      await page.keyboard.press('Tab');
      order.push((await page.evaluate(() => document.activeElement?.id)) ?? '');
    }
    expect(order.slice(0, 2)).toEqual(['phone', 'country']);
    await page.keyboard.type('I want better focus at work.');
    while ((await page.evaluate(() => document.activeElement?.getAttribute('name'))) !== 'safety') await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // the first radio: No
    expect(await page.locator('#safety-no').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('consent');
    await page.keyboard.press('Space');
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'submit') await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Book your first session' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('next-steps');
    await page.context().close();
  });

  it.each([320, 375])('does not scroll sideways at %i px, and its inputs use 16 px text or larger', async (width) => {
    const page = await open({ width, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    const sizes = await page.$$eval('input:not([type=hidden]):not([tabindex="-1"]), textarea, select', (els) =>
      els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => parseFloat(getComputedStyle(el).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(5);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(16);
    await page.screenshot({ path: `${SCREENSHOTS}/form-${width}px.png`, fullPage: true });
    await page.context().close();
  });

  it('shows a visible focus outline', async () => {
    const page = await open();
    await page.locator('#name').focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.context().close();
  });
});

describe('the intake form when the server is busy or unreachable', () => {
  const safetyYes = async (page: Page, fields: { name: string; email: string; message: string }) => {
    await fill(page, fields);
    await page
      .getByRole('group', { name: /thoughts of ending your life/ })
      .getByLabel('Yes', { exact: true })
      .check();
  };

  it('tries again by itself after two 503s, with the same submission, and ends with the booking link and one pair of emails', async () => {
    const page = await open();
    const bodies: string[] = [];
    let refused = 0;
    await page.route('**/intake', async (route) => {
      bodies.push(route.request().postData() ?? '');
      if (refused < 2) {
        refused++;
        return route.fulfill({ status: 503, headers: { 'content-type': 'application/json', 'retry-after': '1' }, body: '{"error":"unavailable"}' });
      }
      return route.continue();
    });
    const email = uniqueEmail('busy');
    await fill(page, { name: 'Sam Ortiz', email, message: 'I want to build a consistent writing habit and finish my novel.' });
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText(/Still trying to send your form/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/form-retrying.png`, fullPage: true });
    await page.getByRole('link', { name: 'Book your first session' }).waitFor({ timeout: 20_000 });
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies.map((b) => (JSON.parse(b) as { submissionId: string }).submissionId)).size).toBe(1);
    await expect.poll(async () => (await emailsTo(email)).length).toBe(2);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  }, 40_000);

  it('shows the crisis lines at once when the answer to the safety question is yes, and keeps them when nothing gets through', async () => {
    const page = await open();
    await page.route('**/intake', (route) => route.abort('failed'));
    await safetyYes(page, { name: 'Kai Moreno', email: uniqueEmail('offline'), message: 'Things have been very hard lately.' });
    await page.getByRole('button', { name: 'Send' }).click();
    const alert = page.locator('#safety-now[role="alert"]');
    await alert.waitFor();
    expect(await alert.locator('a[href="tel:988"]').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/form-offline-safety-yes.png`, fullPage: true });
    // About 30 seconds of quiet retries, then the page says so and keeps everything typed.
    await page.getByText(/Your form was not sent/).waitFor({ timeout: 45_000 });
    expect(await alert.isVisible()).toBe(true);
    expect(await page.locator('#message').inputValue()).toBe('Things have been very hard lately.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('makes one intake and one pair of emails from rapid double clicks', async () => {
    const page = await open();
    const email = uniqueEmail('double');
    await fill(page, { name: 'Noor Haddad', email, message: 'I want to prepare for a career move into data science.' });
    await page.getByRole('button', { name: 'Send' }).dblclick();
    await page.evaluate(() => {
      const button = document.getElementById('submit') as HTMLButtonElement;
      button.click();
      button.click();
    });
    await page.getByRole('link', { name: 'Book your first session' }).waitFor();
    await expect.poll(async () => (await emailsTo(email)).length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await emailsTo(email)).toHaveLength(2);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the form in Spanish', () => {
  async function openSpanish(viewport = { width: 1024, height: 900 }, extra: { locale?: string; url?: string } = {}) {
    const context = await browser.newContext({ viewport, ...(extra.locale ? { locale: extra.locale } : {}) });
    const page = await context.newPage();
    await page.goto(`${base}${extra.url ?? '/?lang=es'}`);
    return page;
  }

  it('answers /?lang=es in Spanish, and a Spanish-speaking browser without asking', async () => {
    for (const page of [await openSpanish(), await openSpanish(undefined, { locale: 'es-MX', url: '/' })]) {
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      await page.getByLabel('Nombre', { exact: true }).waitFor();
      await page.getByLabel('¿Qué le trae por aquí?').waitFor();
      await page.getByRole('link', { name: 'English' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('takes a Spanish intake and shows the next step in Spanish', async () => {
    const page = await openSpanish();
    const email = uniqueEmail('es');
    await page.getByLabel('Nombre', { exact: true }).fill('Lucía Gómez');
    await page.getByLabel('Correo electrónico', { exact: true }).fill(email);
    await page.getByLabel('¿Qué le trae por aquí?').fill('Quiero cambiar de carrera y prepararme para un ascenso en mi trabajo.');
    await page
      .getByRole('group', { name: /pensamientos de quitarse la vida/ })
      .getByLabel('No', { exact: true })
      .check();
    await page.getByLabel(/Acepto que me contacten/).check();
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.getByRole('link', { name: 'Reserve su primera sesión' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/next-steps-coaching-es.png`, fullPage: true });
    await expect.poll(async () => (await emailsTo(email)).length).toBe(2);
    await page.context().close();
  });

  it.each([320, 375])('does not scroll sideways at %i px in Spanish', async (width) => {
    const page = await openSpanish({ width, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}/form-es-${width}px.png`, fullPage: true });
    await page.context().close();
  });
});
