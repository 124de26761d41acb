import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePracticeConfig, type PracticeConfig } from '../domain/practice';

/**
 * The practice config, read once. In Lambda it is bundled into the function
 * at synth (esbuild `define`), already validated there, and the flag beside
 * it is `true`: esbuild then drops the file reading and the config's schema
 * from the bundle (a flag folds where the config object would not). Locally
 * and in tests it is read from PRACTICE_CONFIG (default: the example) and
 * validated.
 */
declare const __SIGNPOST_PRACTICE_CONFIG__: PracticeConfig | undefined;
declare const __SIGNPOST_PRACTICE_CONFIG_BUNDLED__: boolean | undefined;

export const DEFAULT_CONFIG_PATH = 'config/practice.example.json';
/** The practice's own config (git-ignored). */
export const PRACTICE_CONFIG_PATH = 'config/practice.json';

/** For deploying and for the command line: the practice's own config when it exists, else the example. */
export function deployedConfigPath(): string {
  return existsSync(PRACTICE_CONFIG_PATH) ? PRACTICE_CONFIG_PATH : DEFAULT_CONFIG_PATH;
}

let cached: PracticeConfig | undefined;

/** Reads and validates a config file; the error names the file and the bad field. */
export function readPracticeConfigFile(path: string): PracticeConfig {
  const full = resolve(path);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    throw new Error(`cannot read practice config ${full}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`practice config ${full} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return parsePracticeConfig(json, full);
}

export function loadPracticeConfig(env: NodeJS.ProcessEnv = process.env): PracticeConfig {
  if (cached) return cached;
  cached =
    typeof __SIGNPOST_PRACTICE_CONFIG_BUNDLED__ !== 'undefined' && __SIGNPOST_PRACTICE_CONFIG_BUNDLED__
      ? (__SIGNPOST_PRACTICE_CONFIG__ as PracticeConfig)
      : readPracticeConfigFile(env.PRACTICE_CONFIG ?? DEFAULT_CONFIG_PATH);
  return cached;
}
