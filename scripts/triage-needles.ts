import { writeFileSync } from 'node:fs';
import { needlesOf } from '../lambdas/domain/needles';
import { NEEDLE_SEPARATOR, ruleSources, sourceKey } from '../lambdas/domain/triage';

/**
 * `npm run triage:needles`: works out each triage rule's needles (see
 * lambdas/domain/needles.ts) and writes them to triage-needles.json, so the
 * functions read them instead of computing them on a cold start. Run it after
 * changing a rule; a unit test fails while the file is out of date.
 */
const map: Record<string, string[] | null> = {};
for (const source of ruleSources()) {
  const key = sourceKey(source);
  if (key in map && JSON.stringify(map[key]) !== JSON.stringify(needlesOf(source))) throw new Error(`two rules share the key ${key}: change one`);
  map[key] = needlesOf(source);
}
const stored = Object.fromEntries(Object.entries(map).map(([key, needles]) => [key, needles?.join(NEEDLE_SEPARATOR) ?? null]));
writeFileSync('lambdas/domain/triage-needles.json', `${JSON.stringify(stored)}\n`);
const filtered = Object.values(map).filter((n) => n !== null).length;
console.log(`${Object.keys(map).length} rules, ${filtered} with needles, written to lambdas/domain/triage-needles.json`);
