import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * The evaluation data (eval/data) read the same way by `npm run eval`,
 * `npm run eval:split` and `npm run triage:train`: each source's rows, the
 * stratum each row is split by, and the committed split into a train half
 * (tuning and training only) and a test half (reporting only).
 */

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DATA_DIR = resolve(process.env.DATA_DIR ?? join(ROOT, 'eval', 'data'));
export const SPLITS_FILE = join(ROOT, 'eval', 'splits.json');

export type Row = Record<string, string>;
export type Half = 'train' | 'test';

export function readRows(file: string): Row[] {
  const path = join(DATA_DIR, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing: the evaluation data lives in eval/data (DATA_DIR points elsewhere)`);
  }
  return parse(text, { columns: true, skip_empty_lines: true, relax_quotes: true }) as Row[];
}

export const sha256Of = (file: string) =>
  createHash('sha256')
    .update(readFileSync(join(DATA_DIR, file)))
    .digest('hex');

/** CounselChat rows about self-harm or suicide (by topic or words): the crisis proxy. */
export const isSelfHarmQuestion = (row: Row): boolean =>
  /self-harm|suicid/.test(`${row.topics_multi ?? ''},${row.topic_2020 ?? ''}`.toLowerCase()) || /suicid|self.?harm|kill myself/i.test(counselText(row));
/** CounselChat topics on the coaching boundary (informative only). */
export const isBoundaryQuestion = (row: Row): boolean =>
  /career counseling|workplace relationships|behavioral change/.test(`${row.topics_multi ?? ''},${row.topic_2020 ?? ''}`.toLowerCase());
export const counselText = (row: Row): string => `${row.title ?? ''}\n${row.text ?? ''}`;

/** The lexicon's constructs whose phrases are crisis language. */
export const CRISIS_CONSTRUCTS = [
  'Passive suicidal ideation',
  'Active suicidal ideation & suicidal planning',
  'Lethal means for suicide',
  'Direct self-injury',
  'Other suicidal language',
  'Burdensomeness',
  'Suicide exposure',
];

export interface Source {
  file: string;
  /** What each row is split by, so both halves keep the same mix. */
  stratum: (row: Row) => string;
}

export const SOURCES: Record<string, Source> = {
  'reddit-cssrs-users': { file: 'reddit-cssrs-users.csv', stratum: (r) => r.Label ?? '?' },
  'counselchat-questions': {
    file: 'counselchat-questions.csv',
    stratum: (r) => (isSelfHarmQuestion(r) ? 'self-harm' : isBoundaryQuestion(r) ? 'boundary' : 'other'),
  },
  'mental-health-vs-not': { file: 'mental-health-vs-not.csv', stratum: (r) => `${r.is_mental_health}-${r.likely_constructed}` },
  'suicide-risk-lexicon': { file: 'suicide-risk-lexicon.csv', stratum: (r) => `${r.construct}-${r.prototypical}` },
};
export type SourceName = keyof typeof SOURCES;

interface SplitFile {
  seed: number;
  sources: Record<string, { file: string; rows: number; sha256: string; test: number[] }>;
}

/** A small seeded generator (mulberry32): the same seed gives the same split on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Half of each stratum, chosen by a seeded shuffle, becomes the test half. */
export function stratifiedTestHalf(strata: string[], random: () => number): number[] {
  const groups = new Map<string, number[]>();
  strata.forEach((s, i) => {
    const group = groups.get(s) ?? [];
    group.push(i);
    groups.set(s, group);
  });
  const test: number[] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = [...(groups.get(key) ?? [])];
    for (let i = group.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [group[i], group[j]] = [group[j] as number, group[i] as number];
    }
    test.push(...group.slice(0, Math.floor(group.length / 2) + (group.length % 2 === 1 && random() < 0.5 ? 1 : 0)));
  }
  return test.sort((a, b) => a - b);
}

export function makeSplits(seed: number): SplitFile {
  const random = seeded(seed);
  const sources: SplitFile['sources'] = {};
  for (const [name, source] of Object.entries(SOURCES)) {
    const rows = readRows(source.file);
    sources[name] = { file: source.file, rows: rows.length, sha256: sha256Of(source.file), test: stratifiedTestHalf(rows.map(source.stratum), random) };
  }
  return { seed, sources };
}

let splits: SplitFile | undefined;

/** The rows of one half of a source, as committed in eval/splits.json (refuses data that changed since). */
export function half(name: SourceName, which: Half): Row[] {
  splits ??= JSON.parse(readFileSync(SPLITS_FILE, 'utf8')) as SplitFile;
  const entry = splits.sources[name];
  const source = SOURCES[name];
  if (!entry || !source) throw new Error(`eval/splits.json has no split for ${name}: run npm run eval:split`);
  if (entry.sha256 !== sha256Of(source.file)) throw new Error(`${source.file} changed since eval/splits.json was made: review, then run npm run eval:split`);
  const test = new Set(entry.test);
  return readRows(source.file).filter((_, i) => test.has(i) === (which === 'test'));
}
