import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The repository stands on its own: a fresh clone with nothing beside it has every link and file it names. */
const root = resolve(import.meta.dirname, '..', '..');
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const markdown = tracked.filter((f) => f.endsWith('.md'));

describe('the repository', () => {
  it.each(markdown.map((f) => [f]))('%s links only to files inside the repository that exist', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '').filter((t) => !/^(?:[a-z]+:|#)/i.test(t));
    for (const target of targets) {
      const path = resolve(root, dirname(file), decodeURIComponent(target.split('#')[0] ?? ''));
      expect(path.startsWith(`${root}/`) || path === root, `${file} → ${target} leaves the repository`).toBe(true);
      expect(existsSync(path), `${file} → ${target}`).toBe(true);
    }
  });

  it('has no tracked file that points at the shared folder beside a checkout', () => {
    const outside = ['..', 'shared'].join('/'); // spelled apart, so this file does not name it either
    const hits = tracked.filter((f) => !f.startsWith('eval/data/') && existsSync(join(root, f)) && readFileSync(join(root, f), 'utf8').includes(outside));
    expect(hits).toEqual([]);
  });

  it('is licensed Apache-2.0, with the attributions its evaluation data asks for', () => {
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toContain('Apache License');
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license).toBe('Apache-2.0');
    const notice = readFileSync(join(root, 'NOTICE'), 'utf8');
    for (const licence of ['CC BY 4.0', 'Apache License, Version 2.0', 'MIT License']) expect(notice).toContain(licence);
  });
});
