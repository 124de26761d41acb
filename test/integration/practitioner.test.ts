import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtimeAdmin } from '../../lambdas/adapters/admin-runtime';
import { signToken } from '../../lambdas/domain/signed-tokens';
import { freePort } from '../../local/emulators';
import { startLocalStack, type LocalStack } from '../../local/start';
import { intake } from '../support/emulated-stack';

/**
 * The practitioner's side over HTTP against the local stack (`npm start`
 * with SIGNING_SECRET set): action links from the notification, the inbox's
 * sign-in, list and actions, and the headers every such page sends.
 */
const SECRET = 'practitioner-test-secret';
const PRACTITIONER = 'jordan@northstar-coaching.example';
let stack: LocalStack;
let base: string;
let rt: typeof import('../../lambdas/adapters/runtime');

beforeAll(async () => {
  const [app, dynamo, ses] = [await freePort(), await freePort(), await freePort()];
  stack = await startLocalStack(
    {
      ...process.env,
      PORT: String(app),
      DYNAMODB_PORT: String(dynamo),
      SES_PORT: String(ses),
      RETRY_INTERVAL_SECONDS: '1',
      CRISIS_REMINDER_SECONDS: '1',
      SIGNING_SECRET: SECRET,
    },
    () => undefined,
  );
  base = stack.url;
  rt = await import('../../lambdas/adapters/runtime');
}, 120_000);
afterAll(() => stack?.stop());

interface Email {
  destination: { to: string[] };
  replyTo: string[];
  subject: string;
  body: { text?: string; html?: string };
}
const emails = async () => ((await (await fetch(`${stack.sesEndpoint}/store`)).json()) as { emails: Email[] }).emails;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function submit(overrides: Record<string, unknown> = {}): Promise<{ id: string; route: string; email: string }> {
  const form = intake(overrides);
  const res = await fetch(`${base}/intake`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(form) });
  const body = (await res.json()) as { id: string; route: string };
  return { ...body, email: String(form.email) };
}

/** The practitioner's notification about one intake. */
async function notificationAbout(id: string): Promise<Email> {
  const found = (await emails()).find(
    (e) => e.destination.to.includes(PRACTITIONER) && e.subject.includes(`[${id.slice(0, 8)}]`) && !e.subject.includes('reminder'),
  );
  if (!found) throw new Error(`no notification about ${id}`);
  return found;
}

/** The action links of an email's text part, by their label. */
function actionLinks(email: Email): Map<string, string> {
  const links = new Map<string, string>();
  for (const m of (email.body.text ?? '').matchAll(/^\s*(?:[-•*]\s*)?(.+?) \((http:\/\/localhost:\d+\/actions\/[A-Za-z0-9_.-]+)\)/gm)) {
    links.set(m[1] as string, m[2] as string);
  }
  return links;
}

const post = (url: string, fields: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });

const record = (id: string) => runtimeAdmin().get(id);

function expectGuardedPage(res: Response): void {
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
}

describe('action links in the notification', () => {
  it('are written for the practitioner, with signed links under /actions/, including “booked” for coaching', async () => {
    const { id, route } = await submit();
    expect(route).toBe('coaching');
    const note = await notificationAbout(id);
    expect(note.body.text).not.toContain('you filled in our intake form');
    expect(note.body.text).toContain('Replying to this email writes to the person, not to Signpost.');
    const links = actionLinks(note);
    expect([...links.keys()]).toEqual(['Mark booked (they booked a session)', 'Route to therapy instead', 'Send the person’s email again']);
    expect(note.body.html).toContain(`href="${links.get('Mark booked (they booked a session)')}"`);
  });

  it('show what will happen on GET and change nothing; the POST books once; again is “already done”', async () => {
    const { id } = await submit();
    const booked = actionLinks(await notificationAbout(id)).get('Mark booked (they booked a session)') as string;
    const shown = await fetch(booked);
    expect(shown.status).toBe(200);
    expectGuardedPage(shown);
    const page = await shown.text();
    expect(page).toMatch(/<form method="post">[\s\S]*<button type="submit">Mark booked<\/button>/);
    expect((await record(id))?.bookedAt).toBeUndefined();

    const done = await post(booked);
    expect(done.status).toBe(200);
    expectGuardedPage(done);
    expect(await done.text()).toContain('Marked booked');
    const after = await record(id);
    expect(after?.bookedAt).toBeDefined();
    expect(after?.history.filter((h) => h.action === 'booked')).toEqual([expect.objectContaining({ by: 'Jordan Avery (from the email)' })]);

    const again = await post(booked);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('Already done');
    expect((await record(id))?.history.filter((h) => h.action === 'booked')).toHaveLength(1);
  });

  it('refuse a tampered, forged, expired or unknown-intake token with a 4xx page, and change nothing', async () => {
    const { id } = await submit();
    const booked = actionLinks(await notificationAbout(id)).get('Mark booked (they booked a session)') as string;
    const [body, signature] = (booked.split('/actions/')[1] as string).split('.') as [string, string];
    const otherAction = Buffer.from(Buffer.from(body, 'base64url').toString().replace('booked', 'resend')).toString('base64url');
    const now = Date.now();
    const cases = {
      tamperedAction: `${base}/actions/${otherAction}.${signature}`,
      tamperedSignature: `${base}/actions/${body}.${signature.slice(0, -2)}AA`,
      wrongSecret: `${base}/actions/${signToken('not-the-secret', 'action', [id, 'booked'], now + 60_000)}`,
      truncated: booked.slice(0, -10),
      expired: `${base}/actions/${signToken(SECRET, 'action', [id, 'booked'], now - 1000)}`,
      unknownIntake: `${base}/actions/${signToken(SECRET, 'action', ['00000000-0000-4000-8000-000000000000', 'booked'], now + 60_000)}`,
    };
    for (const [name, url] of Object.entries(cases)) {
      for (const res of [await fetch(url), await post(url)]) {
        expect(res.status, name).toBeGreaterThanOrEqual(400);
        expect(res.status, name).toBeLessThan(500);
        expectGuardedPage(res);
      }
    }
    expect((await fetch(cases.expired)).status).toBe(410);
    expect(await (await fetch(cases.tamperedAction)).text()).toContain('This link does not work');
    const after = await record(id);
    expect(after?.booked).toBeFalsy();
    expect(after?.history.map((h) => h.action)).toEqual(['received']);
  });

  it('never offer to take a crisis intake off crisis, and a crisis intake marked contacted through its link gets no URGENT reminder', async () => {
    const { id, route } = await submit({ message: 'I want to end my life.' });
    expect(route).toBe('crisis');
    const links = actionLinks(await notificationAbout(id));
    expect([...links.keys()]).toEqual(['Mark contacted (you reached them)', 'Send the person’s email again']);
    expect(await post(links.get('Mark contacted (you reached them)') as string).then((r) => r.text())).toContain('The URGENT reminders stop');
    expect((await record(id))?.contactedAt).toBeDefined();
    await sleep(3000);
    const reminders = (await emails()).filter((e) => e.subject.includes(`[${id.slice(0, 8)}]`) && e.subject.includes('not yet contacted'));
    expect(reminders).toEqual([]);
  });

  it('remind about an uncontacted crisis intake, URGENT, with the “contacted” link in the reminder', async () => {
    const { id } = await submit({ message: 'I have been thinking about killing myself.' });
    let reminder: Email | undefined;
    for (let i = 0; i < 40 && !reminder; i++) {
      await sleep(250);
      reminder = (await emails()).find((e) => e.subject.includes(`[${id.slice(0, 8)}]`) && e.subject.startsWith('URGENT: not yet contacted'));
    }
    expect(reminder?.destination.to).toContain(PRACTITIONER);
    expect(reminder?.body.text).toMatch(/\/actions\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/);
  });

  it('ask for confirmation before a link takes an intake that is now crisis off crisis', async () => {
    const { id } = await submit({ message: 'I have felt low and hopeless for months and cannot get out of bed.' });
    const toCoaching = actionLinks(await notificationAbout(id)).get('Route to coaching instead') as string;
    const admin = { ...rt.runtime(), admin: runtimeAdmin(), suppression: { remove: async () => 'not-listed' as const } };
    const { rerouteIntake } = await import('../../lambdas/use-cases/manage-intakes');
    await rerouteIntake(admin, id, 'crisis', { by: 'test', reason: 'said more on the phone' });
    expect(await (await fetch(toCoaching)).text()).toContain('name="confirm"');
    const refused = await post(toCoaching, { reason: 'safe now' });
    expect(refused.status).toBe(400);
    expect((await record(id))?.route).toBe('crisis');
    const done = await post(toCoaching, { reason: 'safe now', confirm: 'yes' });
    expect(done.status).toBe(200);
    expect((await record(id))?.route).toBe('coaching');
  });
});

describe('the inbox', () => {
  // One link a minute per address: the first sign-in's session serves the tests after it.
  let session: string | undefined;
  async function signIn(): Promise<string> {
    session ??= await signInOnce();
    return session;
  }
  async function signInOnce(): Promise<string> {
    // Signed in from an intake's page (as from an action page's "Open the inbox"): the link leads back there.
    const { id } = await submit();
    const gate = await fetch(`${base}/inbox/intakes/${id}`);
    expect(gate.status).toBe(401);
    const next = (await gate.text()).match(/name="next" value="([^"]+)"/)?.[1];
    expect(next).toBe(id);
    const before = (await emails()).length;
    const asked = await post(`${base}/inbox/sign-in`, { email: PRACTITIONER.toUpperCase(), next: next as string });
    expect(asked.status).toBe(200);
    const sent = (await emails()).slice(before).find((e) => e.destination.to.includes(PRACTITIONER) && e.subject.includes('sign-in link'));
    const link = sent?.body.text?.match(/http:\/\/localhost:\d+\/inbox\/sign-in\/[A-Za-z0-9_.-]+/)?.[0] as string;
    expect(link).toBeDefined();
    const shown = await fetch(link);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('<form method="post">');
    const used = await post(link);
    expect(used.status).toBe(303);
    expect(used.headers.get('location')).toBe(`/inbox/intakes/${id}`);
    const cookie = used.headers.get('set-cookie') as string;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=43200/);
    // One use only.
    expect((await post(link)).status).toBe(400);
    return cookie.split(';')[0] as string;
  }

  it('shows a sign-in form without a session, and not the intakes', async () => {
    const { email } = await submit();
    const res = await fetch(`${base}/inbox`);
    expect(res.status).toBe(200);
    expectGuardedPage(res);
    const page = await res.text();
    expect(page).toContain('Email me a sign-in link');
    expect(page).not.toContain(email);
  });

  it('emails a link only to a practitioner address, the same answer for any other, at most once a minute', async () => {
    const before = (await emails()).length;
    const stranger = await post(`${base}/inbox/sign-in`, { email: 'someone@example.com' });
    expect(stranger.status).toBe(200);
    const strangerPage = await stranger.text();
    expect((await emails()).length).toBe(before);
    await signIn();
    const count = (await emails()).length;
    const tooSoon = await post(`${base}/inbox/sign-in`, { email: PRACTITIONER });
    expect((await tooSoon.text()).replace(/jordan@northstar-coaching\.example/gi, 'X')).toBe(strangerPage.replace('someone@example.com', 'X'));
    expect((await emails()).length).toBe(count);
  });

  it('lists the intakes for a signed-in practitioner, filters them, and downloads them as CSV', async () => {
    const coaching = await submit();
    const crisis = await submit({ message: 'I want to end my life.' });
    const cookie = await signIn();
    const list = await fetch(`${base}/inbox`, { headers: { cookie } });
    expectGuardedPage(list);
    const page = await list.text();
    expect(page).toContain(`/inbox/intakes/${coaching.id}`);
    expect(page).toContain(`/inbox/intakes/${crisis.id}`);
    const filtered = await (await fetch(`${base}/inbox?crisisNotContacted=1`, { headers: { cookie } })).text();
    expect(filtered).toContain(crisis.id);
    expect(filtered).not.toContain(coaching.id);
    const searched = await (await fetch(`${base}/inbox?q=${encodeURIComponent(coaching.email)}`, { headers: { cookie } })).text();
    expect(searched).toContain(coaching.id);
    expect(searched).not.toContain(crisis.id);
    const csv = await fetch(`${base}/inbox/export.csv`, { headers: { cookie } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="intakes-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toMatch(/^id,created_at,route/);
    expect(text).toContain(coaching.email);
    // Without the cookie, nothing.
    expect(await (await fetch(`${base}/inbox/export.csv`)).text()).not.toContain(coaching.email);
  });

  it('acts on one intake with its CSRF token, refuses a POST without it, and asks before leaving crisis', async () => {
    const crisis = await submit({ message: 'I want to end my life.' });
    const cookie = await signIn();
    const detailUrl = `${base}/inbox/intakes/${crisis.id}`;
    const page = await (await fetch(detailUrl, { headers: { cookie } })).text();
    expect(page).toContain('Why it was routed here');
    expect(page).toContain(crisis.email);
    const csrf = page.match(/name="csrf" value="([^"]+)"/)?.[1] as string;

    expect((await post(detailUrl, { op: 'note', note: 'no token' }, { cookie })).status).toBe(403);
    expect((await post(detailUrl, { op: 'note', note: 'cross site', csrf }, { cookie, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post(detailUrl, { op: 'note', note: 'no cookie', csrf })).status).toBe(401);

    const noted = await post(detailUrl, { op: 'note', note: 'Called, left a voicemail.', csrf }, { cookie });
    expect(noted.status).toBe(303);
    expect((await record(crisis.id))?.history.at(-1)).toEqual(
      expect.objectContaining({ by: PRACTITIONER, action: 'note', detail: 'Called, left a voicemail.' }),
    );

    const refused = await post(detailUrl, { op: 'reroute', route: 'coaching', reason: 'misread', csrf }, { cookie });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('tick the box to confirm');
    expect((await record(crisis.id))?.route).toBe('crisis');

    const before = (await emails()).length;
    const quiet = await post(detailUrl, { op: 'reroute', route: 'therapy', reason: 'spoke with them', confirm: 'yes', noEmail: '1', csrf }, { cookie });
    expect(quiet.status).toBe(303);
    expect((await record(crisis.id))?.route).toBe('therapy');
    expect((await emails()).length).toBe(before);

    const contacted = await post(detailUrl, { op: 'contacted', csrf }, { cookie });
    expect(contacted.headers.get('location')).toBe(`/inbox/intakes/${crisis.id}?done=contacted`);
    expect((await record(crisis.id))?.contactedAt).toBeDefined();
  });

  it('corrects a mistyped address and sends the person’s email again to the right one', async () => {
    const { id } = await submit();
    const cookie = await signIn();
    const detailUrl = `${base}/inbox/intakes/${id}`;
    const csrf = (await (await fetch(detailUrl, { headers: { cookie } })).text()).match(/name="csrf" value="([^"]+)"/)?.[1] as string;
    const right = `right.${Date.now()}@example.com`;
    const res = await post(detailUrl, { op: 'correct-email', email: right, csrf }, { cookie });
    expect(res.status).toBe(303);
    expect((await record(id))?.answers.email).toBe(right);
    expect((await emails()).filter((e) => e.destination.to.includes(right))).toHaveLength(1);
    const resend = await post(detailUrl, { op: 'resend', csrf }, { cookie });
    expect(resend.status).toBe(303);
    expect((await emails()).filter((e) => e.destination.to.includes(right))).toHaveLength(2);
  });

  it('signs out', async () => {
    const cookie = await signIn();
    const page = await (await fetch(`${base}/inbox`, { headers: { cookie } })).text();
    const csrf = page.match(/name="csrf" value="([^"]+)"/)?.[1] as string;
    const out = await post(`${base}/inbox/sign-out`, { csrf }, { cookie });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
  });
});
