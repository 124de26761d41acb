import { writeFileSync } from 'node:fs';
import { needlesOf } from '../lambdas/domain/needles';
import { needleEntry, ruleSources } from '../lambdas/domain/triage';

/**
 * `npm run triage:needles`: works out each triage rule's needles (see
 * lambdas/domain/needles.ts) and writes them to triage-needles.json, so the
 * functions read them instead of computing them on a cold start. Run it after
 * changing a rule; a unit test fails while the file is out of date.
 */
const stored = ruleSources().map((source) => needleEntry(source, needlesOf(source)));
writeFileSync('lambdas/domain/triage-needles.json', `${JSON.stringify(stored)}\n`);
const filtered = stored.filter((n) => n !== null).length;
console.log(`${stored.length} rules, ${filtered} with needles, written to lambdas/domain/triage-needles.json`);
