import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../../local/emulators';
import { startLocalStack, type LocalStack } from '../../local/start';
import { intake } from '../support/emulated-stack';
import { launchBrowser, SCREENSHOTS, scrollsSideways, seriousAxeViolations } from '../support/browser';

/**
 * The practitioner's pages in real Chromium against the local stack, as a
 * coach uses them on a phone: an action link from the notification, then
 * signing in to the inbox and acting on an intake. Each page is checked with
 * axe at 375 px and must not scroll sideways.
 */
const PRACTITIONER = 'jordan@northstar-coaching.example';
let stack: LocalStack;
let browser: Browser;

beforeAll(async () => {
  const [app, dynamo, ses] = [await freePort(), await freePort(), await freePort()];
  stack = await startLocalStack(
    { ...process.env, PORT: String(app), DYNAMODB_PORT: String(dynamo), SES_PORT: String(ses), RETRY_INTERVAL_SECONDS: '2', SIGNING_SECRET: 'e2e-secret' },
    () => undefined,
  );
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

interface Email {
  destination: { to: string[] };
  subject: string;
  body: { text?: string };
}
const emails = async () => ((await (await fetch(`${stack.sesEndpoint}/store`)).json()) as { emails: Email[] }).emails;

async function submit(overrides: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${stack.url}/intake`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(intake(overrides)) });
  return ((await res.json()) as { id: string }).id;
}

async function phone(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  return context.newPage();
}

async function checkPage(page: Page, name: string): Promise<void> {
  expect(await seriousAxeViolations(page), name).toEqual([]);
  expect(await scrollsSideways(page), `${name} scrolls sideways at 375 px`).toBe(false);
  await page.screenshot({ path: `${SCREENSHOTS}/inbox-${name}.png`, fullPage: true });
}

describe('the practitioner on a phone', () => {
  it('follows an action link: sees what will happen, presses the button, is told it is done', async () => {
    const id = await submit({ name: 'Sam Okafor', message: 'I want to change careers and need a plan.' });
    const note = (await emails()).find((e) => e.destination.to.includes(PRACTITIONER) && e.subject.includes(id.slice(0, 8)));
    const link = note?.body.text?.match(/Mark booked \(they booked a session\) \((http:\/\/localhost:\d+\/actions\/[^)\s]+)\)/)?.[1] as string;
    const page = await phone();
    await page.goto(link);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Mark as booked');
    await checkPage(page, 'action-confirm');
    await page.getByRole('button', { name: 'Mark booked' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Marked booked');
    await checkPage(page, 'action-done');
    await page.context().close();
  });

  it('signs in with an emailed link, lists the intakes, opens one and adds a note', async () => {
    const id = await submit({ name: 'Rosa Díaz', message: 'Me siento muy triste desde hace meses.', locale: 'es' });
    const page = await phone();
    await page.goto(`${stack.url}/inbox`);
    await checkPage(page, 'sign-in');
    await page.getByLabel('Your email address').fill(PRACTITIONER);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await checkPage(page, 'sign-in-sent');

    const signIn = (await emails()).reverse().find((e) => e.destination.to.includes(PRACTITIONER) && e.subject.includes('sign-in link'));
    const link = signIn?.body.text?.match(/http:\/\/localhost:\d+\/inbox\/sign-in\/[A-Za-z0-9_.-]+/)?.[0] as string;
    await page.goto(link);
    await checkPage(page, 'sign-in-confirm');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Intakes', level: 1 }).waitFor();
    const cookie = (await page.context().cookies()).find((c) => c.name === '__Host-signpost-session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    await checkPage(page, 'list');

    await page.getByRole('link', { name: 'Rosa Díaz' }).click();
    await page.getByRole('heading', { name: 'Rosa Díaz', level: 1 }).waitFor();
    expect(await page.textContent('main')).toContain('Me siento muy triste');
    await checkPage(page, 'detail');
    await page.getByLabel('Note (only you and your colleagues read it)').fill('Sent her two names by phone.');
    await page.getByRole('button', { name: 'Add the note' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('The note was added.');
    expect(page.url()).toContain(`/inbox/intakes/${id}`);
    expect(await page.textContent('main')).toContain('Sent her two names by phone.');
    await page.context().close();
  });
});
