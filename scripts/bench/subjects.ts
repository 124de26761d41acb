import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The intake bundle may be at most this share of the typical sample handler's bytes (issue 16's contract). */
export const BUNDLE_TO_SAMPLE_TARGET = 0.6;

/**
 * Bundles one of the bench's comparison handlers (`empty-handler.ts`,
 * `sample-handler.ts`, `triage-cold.ts`) as NodejsFunction does by default
 * for Node.js 18+: bundled, minified, CommonJS unless told otherwise.
 */
export async function bundleSubject(name: string, outfile: string, format: 'cjs' | 'esm' = 'cjs'): Promise<void> {
  await build({
    entryPoints: [join(ROOT, 'scripts', 'bench', name)],
    outfile,
    format,
    bundle: true,
    platform: 'node',
    minify: true,
    target: 'node24',
    logLevel: 'silent',
  });
}
