import { writeFileSync } from 'node:fs';
import { needlesOf } from '../lambdas/domain/needles';
import { ENTRY_SEPARATOR, NEEDLE_SEPARATOR, needleHeader, ruleSources } from '../lambdas/domain/triage';

/**
 * `npm run triage:needles`: works out each triage rule's needles (see
 * lambdas/domain/needles.ts) and writes them to triage-needles.json, so the
 * functions read them instead of computing them on a cold start. Run it after
 * changing a rule; a unit test fails while the file is out of date.
 */
const stored = ruleSources().map((source) => needlesOf(source)?.join(NEEDLE_SEPARATOR) ?? '');
writeFileSync('lambdas/domain/triage-needles.json', `${JSON.stringify([needleHeader(), ...stored].join(ENTRY_SEPARATOR))}\n`);
const filtered = stored.filter((n) => n !== '').length;
console.log(`${stored.length} rules, ${filtered} with needles, written to lambdas/domain/triage-needles.json`);
