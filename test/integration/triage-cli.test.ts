import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (input: string) => spawnSync('npm', ['run', '--silent', 'triage'], { input, encoding: 'utf8', timeout: 60_000 });

describe('npm run --silent triage', () => {
  it('writes one JSON line per intake line, with route, urgent, reasons and concerns', () => {
    const lines = [
      { name: 'A', email: 'a@example.com', message: 'I want a promotion.', safety: 'no', consent: true },
      { name: 'B', email: 'b@example.com', message: 'I feel depressed every day.', safety: 'no', consent: true },
      { name: 'C', email: 'c@example.com', message: 'I want to end my life.', safety: 'no', consent: true },
    ];
    const out = run(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    expect(out.status).toBe(0);
    const results = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results.map((r) => r.route)).toEqual(['coaching', 'therapy', 'crisis']);
    expect(results[2]).toMatchObject({ urgent: true, reasons: expect.any(Array), concerns: expect.any(Array) });
  });

  it('answers an invalid line with { error, fields } and goes on', () => {
    const out = run('{"name":"A"}\nnot json\n{"name":"B","email":"b@example.com","message":"I want to run a marathon.","safety":"no","consent":true}\n');
    const results = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results[0]).toMatchObject({ error: 'validation', fields: { email: expect.any(String) } });
    expect(results[1]).toHaveProperty('error');
    expect(results[2].route).toBe('coaching');
  });
});
