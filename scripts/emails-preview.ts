import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH, readPracticeConfigFile } from '../lambdas/adapters/practice-config-source';
import { emailVariants } from './email-variants';

/**
 * `npm run emails:preview [-- --out DIR]`: writes every email variant for the
 * practice (PRACTICE_CONFIG, default the example) as .html and .txt files,
 * with an index.html, so a person can look at them in a browser.
 */
const args = process.argv.slice(2);
const out = resolve(args.includes('--out') ? (args[args.indexOf('--out') + 1] ?? '.artifacts/emails') : '.artifacts/emails');
const config = readPracticeConfigFile(process.env.PRACTICE_CONFIG || DEFAULT_CONFIG_PATH);
mkdirSync(out, { recursive: true });
const variants = emailVariants(config);
for (const { name, email } of variants) {
  writeFileSync(join(out, `${name}.html`), email.html);
  writeFileSync(join(out, `${name}.txt`), `Subject: ${email.subject}\n\n${email.text}\n`);
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Email previews</title><h1>Email previews: ${esc(config.practice.name)}</h1><ul>${variants
    .map(({ name, email }) => `<li><a href="${name}.html">${name}</a> (<a href="${name}.txt">text</a>): ${esc(email.subject)}</li>`)
    .join('')}</ul>`,
);
console.log(`Wrote ${variants.length} emails (HTML and text) to ${out}`);
