import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deployedConfigPath, readPracticeConfigFile } from '../lambdas/adapters/practice-config-source';
import { readWebAssets } from '../lambdas/adapters/web-assets';
import { renderFormPage, renderPrivacyPage } from '../lambdas/domain/form-page';
import { DEFAULT_LOCALE, type Locale, LOCALES } from '../lambdas/domain/locales';

/**
 * `npm run web:build -- --api <IntakeUrl>`: writes the practice's form page,
 * privacy notice, script and styles into a folder, ready to copy to the
 * practice's own website. The page posts to the deployed API.
 */

const HELP = `Usage: npm run web:build -- --api URL [--config FILE] [--out DIR]

  --api URL        the deployed API's IntakeUrl stack output (https://…/intake)
  --config FILE    the practice config (default: config/practice.json when it exists, else the example)
  --out DIR        where to write the files (default: dist/web)`;

function main(): void {
  const { values } = parseArgs({ options: { api: { type: 'string' }, config: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return void console.log(HELP);
  const api = values.api;
  if (!api) throw new Error(`--api is required: the IntakeUrl output of npx cdk deploy\n\n${HELP}`);
  let url: URL;
  try {
    url = new URL(api);
  } catch {
    throw new Error(`--api must be a full URL such as https://abc123.execute-api.us-east-1.amazonaws.com/intake, not "${api}"`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !local) throw new Error('--api must be an https:// URL (people send personal answers through it)');
  const configPath = values.config ?? deployedConfigPath();
  const config = readPracticeConfigFile(configPath);
  const out = resolve(values.out ?? 'dist/web');
  mkdirSync(out, { recursive: true });
  // One page and privacy notice per locale: index.html and privacy.html in English, index.es.html … in the others.
  const suffix = (locale: Locale) => (locale === DEFAULT_LOCALE ? '' : `.${locale}`);
  const files: Record<string, string> = { ...readWebAssets() };
  for (const locale of LOCALES) {
    files[`index${suffix(locale)}.html`] = renderFormPage(config, {
      endpoint: url.href,
      privacyHref: `privacy${suffix(locale)}.html`,
      locale,
      hrefFor: (other) => `index${suffix(other)}.html`,
    });
    files[`privacy${suffix(locale)}.html`] = renderPrivacyPage(config, { formHref: `index${suffix(locale)}.html`, locale });
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  console.log(`Wrote the form of ${config.practice.name} (${configPath}) to ${out}: ${Object.keys(files).join(', ')}.`);
  console.log(
    `It posts to ${url.href}. Add your site's origin (e.g. https://www.your-practice.com) to web.allowedOrigins in the config and deploy, so the API accepts it.`,
  );
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
