import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { apiEvent, intake, startEmulatedStack, type EmulatedStack } from '../support/emulated-stack';

let stack: EmulatedStack;
let submit: typeof import('../../lambdas/handlers/submit').handler;
let nextSteps: typeof import('../../lambdas/handlers/next-steps').handler;

beforeAll(async () => {
  stack = await startEmulatedStack();
  submit = (await import('../../lambdas/handlers/submit')).handler;
  nextSteps = (await import('../../lambdas/handlers/next-steps')).handler;
});
afterAll(() => stack?.stop());
beforeEach(() => stack.clearEmails());

const post = (body: unknown, headers?: Record<string, string>) => submit(apiEvent(typeof body === 'string' ? body : JSON.stringify(body), headers));
const parse = (result: { body?: string }) => JSON.parse(result.body ?? '{}');
const mailTo = async (address: string) => (await stack.emails()).filter((e) => e.destination.to.includes(address));

describe('POST /intake through the exported handler, against dynalite and aws-ses-v2-local', () => {
  it('answers a coaching intake with 202, the booking link, and one email each to the person and the practitioner', async () => {
    const form = intake();
    const result = await post(form);
    expect(result.statusCode).toBe(202);
    const body = parse(result);
    expect(body.route).toBe('coaching');
    expect(body.urgent).toBe(false);
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.nextSteps.bookingUrl).toContain('https://cal.example/northstar/first-session');
    const client = await mailTo(form.email as string);
    expect(client).toHaveLength(1);
    expect(client[0]?.body.text).toContain('cal.example/northstar/first-session');
    expect(client[0]?.body.html).toContain('Choose a time');
    expect(client[0]?.from).toContain('intake@northstar-coaching.example');
    const practitioner = (await mailTo('jordan@northstar-coaching.example')).filter((e) => e.replyTo.includes(form.email as string));
    expect(practitioner).toHaveLength(1);
    expect(practitioner[0]?.subject).toContain('coaching');
  });

  it('routes a therapy intake to referrals from the practice config', async () => {
    const form = intake({ message: 'I have felt depressed for months and I cry every day.', region: 'NY' });
    const body = parse(await post(form));
    expect(body.route).toBe('therapy');
    expect(body.nextSteps.referrals.length).toBeGreaterThan(0);
    expect(body.nextSteps.bookingUrl).toBeUndefined();
    const [email] = await mailTo(form.email as string);
    expect(email?.body.text).toContain(body.nextSteps.referrals[0].name);
    expect(email?.body.html).toContain(body.nextSteps.referrals[0].name);
  });

  it('puts crisis lines first for a person in crisis, marks it urgent, and never sends a booking link', async () => {
    const form = intake({ message: 'I have been thinking about ending my life.', preference: 'coaching' });
    const body = parse(await post(form));
    expect(body.route).toBe('crisis');
    expect(body.urgent).toBe(true);
    expect(JSON.stringify(body.nextSteps)).not.toContain('cal.example');
    expect(body.nextSteps.crisisLines.map((l: { phone?: string }) => l.phone)).toContain('988');
    const [email] = await mailTo(form.email as string);
    expect(email?.body.text?.indexOf('988')).toBeLessThan(email?.body.text?.indexOf('Dear') ?? 0);
    expect(email?.body.text).not.toContain('cal.example');
    expect(email?.body.html).not.toContain('cal.example');
    const notice = (await mailTo('jordan@northstar-coaching.example')).find((e) => e.replyTo.includes(form.email as string));
    expect(notice?.subject).toMatch(/^URGENT/);
  });

  it('takes a urlencoded form the same way', async () => {
    const form = new URLSearchParams({
      name: 'Sam Lee',
      email: 'sam.urlencoded@example.com',
      message: 'I want a clearer vision for my career.',
      safety: 'no',
      consent: 'on',
    });
    const result = await post(form.toString(), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(result.statusCode).toBe(202);
    expect(parse(result).route).toBe('coaching');
    expect(await mailTo('sam.urlencoded@example.com')).toHaveLength(1);
  });

  it('redirects a plain HTML form post to a next-steps page that shows the booking link', async () => {
    const form = new URLSearchParams({ name: 'Kim Park', email: 'kim.html@example.com', message: 'I want to start a business.', safety: 'no', consent: 'on' });
    const result = await post(form.toString(), { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' });
    expect(result.statusCode).toBe(303);
    const location = result.headers.location ?? '';
    const id = location.split('/').pop() ?? '';
    const page = await nextSteps(apiEvent(undefined, { accept: 'text/html' }, { method: 'GET', path: location, pathParameters: { id } }));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('cal.example/northstar/first-session');
    expect(await mailTo('kim.html@example.com')).toHaveLength(1);
  });

  it('tells a plain HTML form post what to fix in the language the form was shown in, without echoing what was typed', async () => {
    const fix = async (locale: string) => {
      const form = new URLSearchParams({ name: 'Lu', email: 'not-an-address<b>', message: 'Quiero cambiar de trabajo.', safety: 'no', consent: 'on', locale });
      const result = await post(form.toString(), { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' });
      expect(result.statusCode).toBe(400);
      expect(result.body).not.toContain('not-an-address');
      return result.body ?? '';
    };
    const es = await fix('es');
    expect(es).toContain('lang="es"');
    expect(es).toContain('Escriba una dirección de correo en la que podamos escribirle');
    expect(es).not.toMatch(/valid email|Please/);
    expect(await fix('en')).toContain('Please give an email address we can write to');
    expect(await mailTo('not-an-address<b>')).toHaveLength(0);
  });

  it('answers the next-steps page only for 24 hours after the intake, then 404', async () => {
    const id = parse(await post(intake())).id as string;
    const get = () => nextSteps(apiEvent(undefined, { accept: 'application/json' }, { method: 'GET', path: `/intake/${id}`, pathParameters: { id } }));
    expect((await get()).statusCode).toBe(200);
    const dayAndAnHourAgo = new Date(Date.parse(new Date().toISOString().slice(0, 10)) - 25 * 3_600_000).toISOString();
    await stack.dynamoClient.send(
      new UpdateItemCommand({
        TableName: stack.tableName,
        Key: { id: { S: id } },
        UpdateExpression: 'SET createdAt = :t',
        ExpressionAttributeValues: { ':t': { S: dayAndAnHourAgo } },
      }),
    );
    expect((await get()).statusCode).toBe(404);
  });

  it('answers the same submission again with 200 and the same id, and sends nothing more', async () => {
    const form = intake();
    const first = parse(await post(form));
    const again = await post(form);
    expect(again.statusCode).toBe(200);
    expect(parse(again).id).toBe(first.id);
    expect(await mailTo(form.email as string)).toHaveLength(1);
  });

  it('treats a repeat without a submissionId (same email and message, same day) as the same submission', async () => {
    const form = intake({ submissionId: undefined });
    const first = parse(await post(form));
    const again = await post({ ...form, email: (form.email as string).toUpperCase() });
    expect(again.statusCode).toBe(200);
    expect(parse(again).id).toBe(first.id);
    expect(await mailTo(form.email as string)).toHaveLength(1);
  });

  it('refuses a reused submissionId with different answers (409) without revealing the first answer', async () => {
    const form = intake();
    await post(form);
    const result = await post({ ...form, email: 'someone.else@example.com' });
    expect(result.statusCode).toBe(409);
    expect(result.body).not.toContain('cal.example');
  });

  it('answers 400 naming the bad field, and stores and sends nothing', async () => {
    const form = intake({ email: 'not-an-address' });
    const result = await post(form);
    expect(result.statusCode).toBe(400);
    expect(parse(result)).toMatchObject({ error: 'validation', fields: { email: expect.any(String) } });
    expect(await stack.emails()).toHaveLength(0);
  });

  it('stores the answers, the triage with its version, an expiry and no pending marker once both emails are sent', async () => {
    const form = intake();
    const { id } = parse(await post(form));
    const out = await stack.dynamoClient.send(new GetItemCommand({ TableName: stack.tableName, Key: { id: { S: id } } }));
    const item = out.Item ?? {};
    expect(JSON.parse(item.answers?.S ?? '{}').email).toBe(form.email);
    expect(JSON.parse(item.triage?.S ?? '{}').version).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(Number(item.expiresAt?.N)).toBeGreaterThan(Date.now() / 1000 + 364 * 86400);
    expect(item.emails?.M?.client?.M?.status?.S).toBe('sent');
    expect(item.emails?.M?.practitioner?.M?.status?.S).toBe('sent');
    expect(item.pendingPk).toBeUndefined();
  });

  it('escapes what the person typed in every HTML email', async () => {
    const form = intake({ name: 'Eve <img src=x onerror=alert(1)>', message: 'I want <script>alert(1)</script> a promotion & more focus' });
    await post(form);
    const all = await stack.emails();
    for (const email of all) {
      expect(email.body.html).not.toContain('<script>alert(1)');
      expect(email.body.html).not.toContain('<img src=x');
    }
    const practitioner = all.find((e) => e.replyTo.includes(form.email as string));
    expect(practitioner?.body.html).toContain('&lt;script&gt;');
  });

  it('looks accepted when the honeypot is filled, but stores and sends nothing', async () => {
    const result = await post(intake({ website: 'https://spam.example' }));
    expect(result.statusCode).toBe(202);
    expect(await stack.emails()).toHaveLength(0);
  });
});

describe('a person who writes in Spanish', () => {
  const spanish = (message: string, extra: Record<string, unknown> = {}) => intake({ message, language: 'es', region: 'NY', ...extra });

  it('is routed as well as in English and answered in Spanish, while the practitioner reads English', async () => {
    const cases = [
      {
        form: spanish('Quiero cambiar de carrera y conseguir un ascenso este año.'),
        route: 'coaching',
        subject: /Su primera sesión/,
        body: 'Elegir un horario',
      },
      {
        form: spanish('Desde hace meses estoy muy triste y bebo todas las noches para poder dormir.'),
        route: 'therapy',
        subject: /Su siguiente paso/,
        body: 'Terapeutas que podrían ser adecuados',
      },
      { form: spanish('Ya no quiero vivir, quiero morirme.'), route: 'crisis', subject: /Hay apoyo para usted/, body: 'Por favor, busque apoyo ahora' },
    ];
    for (const c of cases) {
      const result = await post(c.form);
      expect(parse(result).route).toBe(c.route);
      const [email] = await mailTo(c.form.email as string);
      expect(email?.subject).toMatch(c.subject);
      expect(email?.body.text?.toLowerCase()).toContain(c.body.toLowerCase());
      expect(email?.body.html).toContain('<html lang="es">');
      const [notice] = (await mailTo('jordan@northstar-coaching.example')).filter((e) => e.replyTo.includes(c.form.email as string));
      expect(notice?.subject).toMatch(/^(URGENT: )?New (coaching|therapy|crisis) intake/);
      expect(notice?.body.text).toContain('Reads emails in: Spanish');
    }
  });

  it('sees the crisis lines first in the crisis email, and how to reach 988 in Spanish', async () => {
    const form = spanish('He pensado en quitarme la vida.');
    await post(form);
    const [email] = await mailTo(form.email as string);
    const text = email?.body.text ?? '';
    expect(text.indexOf('988')).toBeLessThan(text.indexOf('Estimado(a)'));
    expect(text).toContain('marque 2');
  });

  it('is offered the Spanish-speaking therapist first, with the languages on the card', async () => {
    const form = spanish('Me siento muy triste y sola desde hace meses y lloro todos los días.', { region: 'NY' });
    const body = parse(await post(form));
    const first = body.nextSteps.referrals[0];
    expect(first.languages).toContain('es');
    const [email] = await mailTo(form.email as string);
    expect(email?.body.text).toMatch(/Habla .*español/);
  });

  it('still gets English when writing in English', async () => {
    const form = intake({ message: 'I want to move into product management.' });
    await post(form);
    const [email] = await mailTo(form.email as string);
    expect(email?.subject).toMatch(/Your first session/);
    expect(email?.body.html).toContain('<html lang="en">');
  });
});
