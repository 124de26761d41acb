import { readFileSync } from 'node:fs';
import { reasonIn } from '../../lambdas/domain/locales/reasons';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderClientEmail, renderPractitionerEmail } from '../../lambdas/domain/emails';
import { renderCrisisReminderEmail } from '../../lambdas/domain/later-emails';
import { buildNextSteps } from '../../lambdas/domain/next-steps';
import type { PracticeConfig } from '../../lambdas/domain/practice';
import { triage } from '../../lambdas/domain/triage';
import { answers, exampleConfig } from '../support/fixtures';

const render = (message: string, extra = {}, config: PracticeConfig = exampleConfig) => {
  const a = answers({ message, region: 'NY', ...extra });
  const t = triage(a);
  const steps = buildNextSteps(config, a, t);
  return {
    steps,
    client: renderClientEmail(config, a, steps),
    practitioner: renderPractitionerEmail(config, {
      id: '12345678-aaaa-4bbb-8ccc-123456789012',
      receivedAt: '2026-11-26T10:00:00Z',
      answers: a,
      triage: t,
      steps,
    }),
  };
};

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');

describe('client emails', () => {
  it('gives coaching the prefilled booking link, the first session, the pricing and three questions', () => {
    const { client } = render('I want a promotion.');
    expect(client.text).toContain('https://cal.example/northstar/first-session?name=Alex+Rivera&email=alex%40example.com');
    expect(client.text).toContain(exampleConfig.coaching.pricing);
    expect(client.text).toContain(exampleConfig.coaching.firstSession);
    expect(client.text).toMatch(/Where are you now\?[\s\S]*What do you want\?[\s\S]*What are you willing to do/);
    expect(client.html).toContain('Choose a time');
  });

  it('leaves personal data out of the booking link when the practice does not prefill', () => {
    const config = { ...exampleConfig, coaching: { ...exampleConfig.coaching, prefill: false } };
    const { steps } = render('I want a promotion.', {}, config);
    expect(steps.bookingUrl).toBe('https://cal.example/northstar/first-session');
  });

  it('lists matched referrals with how to reach them, the directories, insurance and crisis lines at the foot for therapy', () => {
    const { client, steps } = render('I feel depressed and anxious.');
    expect(steps.referrals?.length).toBeGreaterThan(0);
    for (const r of steps.referrals ?? []) expect(client.text).toContain(r.name);
    expect(client.text).toContain('Psychology Today');
    expect(client.text).toMatch(/covered by health insurance/);
    expect(client.text).toMatch(/Coaching can come later/);
    expect(client.text.lastIndexOf('988')).toBeGreaterThan(client.text.indexOf(steps.referrals?.[0]?.name ?? 'x'));
    expect(client.text).not.toMatch(/you have depression|diagnos/i);
  });

  it('puts the crisis lines and the emergency number first for crisis, and no booking link', () => {
    const { client } = render('I want to end my life.');
    const first = client.text.split('\n').slice(0, 5).join('\n');
    expect(first).toContain('911');
    expect(first).toContain('988');
    expect(client.text).toMatch(/not alone/);
    expect(client.text + client.html).not.toContain('cal.example');
    expect(client.html.indexOf('988')).toBeLessThan(client.html.indexOf('Dear'));
  });

  it('uses the crisis lines of the person’s own country', () => {
    const { client } = render('I want to end my life.', { country: 'GB', region: undefined });
    expect(client.text).toContain('116 123');
    expect(client.text).toContain('999');
  });

  it('adds the country’s emergency number when the practice lists only helplines', () => {
    const config = { ...exampleConfig, crisisLines: { US: [{ name: '988 Suicide & Crisis Lifeline', phone: '988', emergency: false }] } };
    const { steps, client } = render('I want to end my life.', {}, config);
    expect(steps.crisisLines?.[0]).toMatchObject({ emergency: true, phone: '911' });
    expect(client.text.split('\n').slice(0, 4).join(' ')).toContain('911');
  });

  it('offers a generic emergency line and a helpline directory for a country without configured lines', () => {
    const { steps } = render('I want to end my life.', { country: 'DE', region: undefined });
    expect(steps.crisisLines?.[0]?.emergency).toBe(true);
    expect(steps.crisisLines?.some((l) => l.url === 'https://findahelpline.com')).toBe(true);
  });

  it('says honestly when no referral fits, and offers the directories', () => {
    const { client, steps } = render('I feel depressed.', { country: 'US', region: 'TX' });
    expect(steps.noReferralsFit).toBe(true);
    expect(client.text).toMatch(/none of them is licensed where you live/);
    expect(client.text).toContain('Open Path Collective');
  });

  it('uses only absolute https, tel, sms and mailto links, and no images', () => {
    for (const message of ['I want a promotion.', 'I feel depressed.', 'I want to end my life.']) {
      const { client, practitioner } = render(message);
      for (const html of [client.html, practitioner.html]) {
        for (const href of hrefs(html)) expect(href).toMatch(/^(https:\/\/|tel:|sms:|mailto:)/);
        expect(html).not.toMatch(/<img|src=/i);
      }
    }
  });
});

describe('an email after a re-route', () => {
  it('says first that it replaces the earlier one', () => {
    const a = answers({ message: 'I feel depressed.', region: 'NY' });
    const steps = buildNextSteps(exampleConfig, a, triage(a));
    const email = renderClientEmail(exampleConfig, a, steps, 'en', { replacesEarlier: true });
    expect(email.text.indexOf('replaces the one we sent you before')).toBeLessThan(email.text.indexOf('Dear'));
    expect(renderClientEmail(exampleConfig, a, steps).text).not.toContain('replaces the one');
  });

  it('carries the practitioner’s note as plain, escaped text; for crisis only after the crisis lines', () => {
    const a = answers({ message: 'I feel depressed.', region: 'NY' });
    const note = 'Lovely to talk <script>alert(1)</script>\nSee you soon';
    const therapy = renderClientEmail(exampleConfig, a, buildNextSteps(exampleConfig, a, triage(a)), 'en', { replacesEarlier: true, note });
    expect(therapy.text).toContain('A note from Jordan Avery');
    expect(therapy.text).toMatch(/Lovely to talk <script>alert\(1\)<\/script>\n.*See you soon/);
    expect(therapy.html).toContain('Lovely to talk &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(therapy.html).not.toContain('<script>');
    const c = answers({ message: 'I want to end my life.', region: 'NY' });
    const crisis = renderClientEmail(exampleConfig, c, buildNextSteps(exampleConfig, c, triage(c)), 'en', { replacesEarlier: true, note });
    expect(crisis.text.indexOf('988')).toBeLessThan(crisis.text.indexOf('replaces the one'));
    expect(crisis.text.indexOf('988')).toBeLessThan(crisis.text.indexOf('A note from'));
  });
});

describe('the practitioner notification', () => {
  it('is written for the practitioner: their own footer, replying writes to the person, plain words', () => {
    const { practitioner } = render('I want a promotion.');
    expect(practitioner.text).not.toContain('you filled in our intake form');
    expect(practitioner.text).toContain('Replying to this email writes to the person');
    expect(practitioner.text).not.toMatch(/Rules version|Concerns for matching|\d{4}-\d{2}-\d{2}T/);
  });

  it('holds signed action links for the route, never a way off crisis, only when it can sign them', () => {
    const a = answers({ message: 'I want to end my life.', region: 'NY' });
    const t = triage(a);
    const ctx = {
      id: '12345678-aaaa-4bbb-8ccc-123456789012',
      receivedAt: '2026-11-26T10:00:00Z',
      answers: a,
      triage: t,
      steps: buildNextSteps(exampleConfig, a, t),
    };
    const links = (id: string, action: string) => `https://api.example/actions/${id.slice(0, 8)}-${action}`;
    const crisis = renderPractitionerEmail(exampleConfig, { ...ctx, links });
    expect(crisis.text).toContain('Mark contacted (you reached them) (https://api.example/actions/12345678-contacted)');
    expect(crisis.text).toContain('Send the person’s email again (https://api.example/actions/12345678-resend)');
    expect(crisis.text).not.toMatch(/route-coaching|route-therapy|booked/);
    expect(hrefs(crisis.html)).toContain('https://api.example/actions/12345678-contacted');
    expect(renderPractitionerEmail(exampleConfig, ctx).text).not.toContain('/actions/');
    const reminder = renderCrisisReminderEmail(exampleConfig, { id: ctx.id, receivedAt: ctx.receivedAt, answers: a, reminder: 2, links });
    expect(reminder.text).toContain('https://api.example/actions/12345678-contacted');
    expect(reminder.text).not.toContain('npm run intake');
  });

  it('gives times in the practice’s time zone in the crisis reminder', () => {
    const reminder = renderCrisisReminderEmail(exampleConfig, {
      id: '12345678-aaaa-4bbb-8ccc-123456789012',
      receivedAt: '2026-11-26T15:00:00Z',
      answers: answers({ message: 'x' }),
      reminder: 1,
    });
    expect(reminder.text).toContain('26 Nov 2026, 10:00 (America/New_York)');
    expect(reminder.subject).toMatch(/^URGENT: not yet contacted/);
  });

  it('names the route in the subject, with URGENT for crisis', () => {
    expect(render('I want a promotion.').practitioner.subject).toMatch(/^New coaching intake/);
    expect(render('I feel depressed.').practitioner.subject).toMatch(/^New therapy intake/);
    expect(render('I want to end my life.').practitioner.subject).toMatch(/^URGENT: New crisis intake/);
  });

  it('gives the reasons, the PHQ-4 scores with severity, and the answers', () => {
    const { practitioner } = render('I feel depressed.', { phq4Interest: 2, phq4Down: 2, phq4Anxious: 1, phq4Worry: 0 });
    expect(practitioner.text).toContain('Describes low mood or depression');
    expect(practitioner.text).toContain('PHQ-4 total 5 of 12: mild');
    expect(practitioner.text).toContain('PHQ-2 (low mood) 4 of 6: positive screen');
    expect(practitioner.text).toContain('I feel depressed.');
  });

  it('leaves out the message and answers with notificationDetail "summary"', () => {
    const config = { ...exampleConfig, email: { ...exampleConfig.email, notificationDetail: 'summary' as const } };
    const { practitioner } = render('My private words here.', {}, config);
    expect(practitioner.text).not.toContain('My private words here.');
    expect(practitioner.html).not.toContain('My private words here.');
    expect(practitioner.subject).not.toContain('Alex');
  });

  it('escapes everything the person typed', () => {
    const { practitioner, client } = render('<script>alert(1)</script>', { name: '<b onmouseover=x>Al</b>' });
    expect(practitioner.html).not.toContain('<script>');
    expect(practitioner.html).toContain('&lt;script&gt;');
    expect(client.html).not.toContain('<b onmouseover');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('notifications in the practice’s language', () => {
  const spanishPractice = { ...exampleConfig, practice: { ...exampleConfig.practice, language: 'es' as const } };

  it('are written in Spanish for a practice that reads Spanish, with the person’s locale named', () => {
    const { practitioner } = render('Me siento muy triste desde hace meses y lloro todos los días.', { language: 'es' }, spanishPractice);
    expect(practitioner.subject).toMatch(/^Nueva solicitud de terapia/);
    expect(practitioner.text).toContain('POR QUÉ SE ENVIÓ A ESTA RUTA');
    expect(practitioner.text).toMatch(/Lee los correos en: (inglés|español)/);
    expect(practitioner.text).toContain('Describe ánimo bajo o depresión');
    expect(practitioner.html).toContain('<html lang="es">');
  });

  it('translate every reason triage gives for our fixtures', () => {
    const fixtures = readFileSync('test/fixtures/triage-fixtures.jsonl', 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { message: string }).message);
    const reasons = new Set(fixtures.flatMap((message) => triage({ message, safety: 'no', preference: 'unsure' }).reasons));
    for (const preference of ['coaching', 'therapy'] as const)
      for (const r of triage({ message: 'I feel sad.', safety: 'yes', preference }).reasons) reasons.add(r);
    for (const reason of reasons) expect(reasonIn('es', reason), reason).not.toBe(reason);
  });
});
