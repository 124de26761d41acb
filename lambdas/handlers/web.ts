import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { loadPracticeConfig } from '../adapters/practice-config-source';
import { webAsset, type WebAssetName } from '../adapters/web-assets';
import { formPageCsp, renderFormPage, renderPrivacyPage } from '../domain/form-page';
import { localeForPage } from '../domain/locales';
import { header, html, type Result } from './http';

const ASSET_TYPES: Record<WebAssetName, string> = {
  'form.js': 'text/javascript; charset=utf-8',
  'form.css': 'text/css; charset=utf-8',
};

/**
 * The hosted form: `GET /` (the practice's form page, rendered from its
 * config), `GET /privacy` (its privacy notice) and the page's script and
 * styles. A practice can share the form's address as it is, or embed the
 * files `npm run web:build` writes.
 */
export async function handler(event: APIGatewayProxyEventV2): Promise<Result> {
  const path = event.rawPath ?? '/';
  const config = loadPracticeConfig();
  const locale = localeForPage(event.queryStringParameters?.lang, header(event, 'accept-language'));
  if (path === '/' || path === '/index.html') {
    // One idempotency key per page view, for the no-JavaScript path (the script makes its own).
    const page = renderFormPage(config, {
      endpoint: '/intake',
      privacyHref: locale === 'en' ? '/privacy' : `/privacy?lang=${locale}`,
      assetBase: '/',
      submissionId: randomUUID(),
      locale,
      hrefFor: (l) => `/?lang=${l}`,
    });
    // The page depends on Accept-Language when ?lang= does not say.
    return html(200, page, { 'content-security-policy': formPageCsp(config), vary: 'Accept-Language' });
  }
  if (path === '/privacy' || path === '/privacy.html') {
    const page = renderPrivacyPage(config, { formHref: locale === 'en' ? '/' : `/?lang=${locale}`, assetBase: '/', locale });
    return html(200, page, { 'content-security-policy': formPageCsp(config), vary: 'Accept-Language' });
  }
  const name = path.slice(1);
  if (name === 'form.js' || name === 'form.css') {
    return {
      statusCode: 200,
      headers: { 'content-type': ASSET_TYPES[name], 'cache-control': 'public, max-age=300', 'x-content-type-options': 'nosniff' },
      body: webAsset(name),
    };
  }
  return html(404, '<!doctype html><html lang="en"><title>Not found</title><p>Not found.</p></html>');
}
