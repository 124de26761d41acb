import { writeFileSync } from 'node:fs';
import { makeSplits, SPLITS_FILE } from './eval/data';

/**
 * `npm run eval:split`: splits each evaluation source once, stratified and
 * seeded, into a train half and a test half, and writes eval/splits.json.
 * The file is committed: run this only when the data itself changes, never to
 * look for a friendlier split.
 */
const SEED = 20261127;
const splits = makeSplits(SEED);
writeFileSync(SPLITS_FILE, `${JSON.stringify(splits)}\n`);
for (const [name, s] of Object.entries(splits.sources)) console.log(`${name}: ${s.rows} rows, ${s.test.length} in the test half`);
