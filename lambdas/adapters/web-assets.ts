import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The form's static script and styles (`web/form.js`, `web/form.css`). In
 * Lambda they are bundled into the web function at synth (esbuild `define`,
 * like the practice config); locally they are read from `web/` once.
 */
declare const __SIGNPOST_WEB_ASSETS__: Record<string, string> | undefined;

export const WEB_ASSET_NAMES = ['form.js', 'form.css'] as const;
export type WebAssetName = (typeof WEB_ASSET_NAMES)[number];

export const WEB_DIR = resolve(import.meta.dirname, '..', '..', 'web');

const cache = new Map<string, string>();

/** Reads every asset from a folder, for bundling (the CDK app) or building (`npm run web:build`). */
export function readWebAssets(dir = WEB_DIR): Record<WebAssetName, string> {
  return Object.fromEntries(WEB_ASSET_NAMES.map((name) => [name, readFileSync(resolve(dir, name), 'utf8')])) as Record<WebAssetName, string>;
}

export function webAsset(name: WebAssetName): string {
  if (typeof __SIGNPOST_WEB_ASSETS__ !== 'undefined') return __SIGNPOST_WEB_ASSETS__[name] ?? '';
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(resolve(WEB_DIR, name), 'utf8');
    cache.set(name, text);
  }
  return text;
}
