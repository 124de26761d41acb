import { describe, expect, it } from 'vitest';
import { filterIntakes, type IntakeView, renderActionConfirmPage, renderDetailPage, renderListPage } from '../../lambdas/domain/practitioner-pages';
import { triage } from '../../lambdas/domain/triage';
import { answers, exampleConfig } from '../support/fixtures';

const view = (message: string, extra: Partial<IntakeView> = {}, who: Record<string, unknown> = {}): IntakeView => {
  const a = answers({ message, ...who });
  const t = triage(a);
  return {
    id: '12345678-aaaa-4bbb-8ccc-123456789012',
    createdAt: '2026-11-26T15:00:00Z',
    answers: a,
    triage: t,
    route: t.route,
    emails: {},
    history: [],
    ...extra,
  };
};

describe('the practitioner’s pages', () => {
  it('escape everything the person typed, in the list and on the intake’s page', () => {
    const hostile = view('I want a promotion <img src=x onerror=alert(1)>', {}, { name: 'Eve <script>alert(1)</script>' });
    for (const page of [renderListPage(exampleConfig, '', 'csrf', [hostile], {}), renderDetailPage(exampleConfig, '', 'csrf', hostile)]) {
      expect(page).not.toContain('<script>alert(1)</script>');
      expect(page).not.toContain('<img src=x');
      expect(page).toContain('Eve &lt;script&gt;');
    }
  });

  it('put the session’s CSRF token in every form that changes something', () => {
    const page = renderDetailPage(exampleConfig, '', 'the-token', view('I feel depressed.'));
    const posts = page.match(/<form method="post"[\s\S]*?<\/form>/g) ?? [];
    expect(posts.length).toBeGreaterThanOrEqual(6);
    for (const form of posts) expect(form).toContain('name="csrf" value="the-token"');
  });

  it('ask for a confirmation before a crisis intake leaves crisis, and offer no “booked” outside coaching', () => {
    const crisis = view('I want to end my life.');
    expect(crisis.route).toBe('crisis');
    const detail = renderDetailPage(exampleConfig, '', 'csrf', crisis);
    expect(detail).toMatch(/name="op" value="reroute"[\s\S]*name="confirm" value="yes" required/);
    expect(detail).not.toContain('value="booked"');
    expect(renderActionConfirmPage(exampleConfig, '', crisis, 'route-coaching', { confirmLeavingCrisis: true })).toContain('name="confirm"');
  });

  it('speak the practice’s language', () => {
    const spanish = { ...exampleConfig, practice: { ...exampleConfig.practice, language: 'es' as const } };
    const page = renderListPage(spanish, '', 'csrf', [view('Quiero un ascenso.')], {});
    expect(page).toContain('<html lang="es">');
    expect(page).toContain('Solicitudes');
    expect(page).toContain('Descargar en CSV');
  });

  it('filter by route, not yet booked, crisis not yet contacted, and name or email', () => {
    const coaching = view('I want a promotion.', {}, { name: 'Ana Booked', email: 'ana@example.com' });
    const booked = { ...coaching, id: 'b', booked: true };
    const crisis = view('I want to end my life.', {}, { name: 'Ben', email: 'ben@example.com' });
    const contacted = { ...crisis, id: 'c', contactedAt: '2026-11-26T16:00:00Z' };
    const all = [coaching, booked, crisis, contacted];
    expect(filterIntakes(all, { route: 'crisis' })).toEqual([crisis, contacted]);
    expect(filterIntakes(all, { notBooked: true })).toEqual([coaching]);
    expect(filterIntakes(all, { crisisNotContacted: true })).toEqual([crisis]);
    expect(filterIntakes(all, { q: 'BEN@EX' })).toEqual([crisis, contacted]);
  });
});
