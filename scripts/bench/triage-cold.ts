/**
 * One cold triage, for `npm run bench`: a fresh Node.js process loads the
 * bundled triage (rules and model) and decides one intake, the message given
 * as its argument. Prints the milliseconds of the import and of the first call.
 */
const started = performance.now();
const { triage } = await import('../../lambdas/domain/triage');
const loaded = performance.now();
const message = process.argv[2] ?? 'I want to move from teaching into product design and need a plan for the next year.';
triage({ message, safety: 'no', preference: 'unsure' });
const decided = performance.now();
process.stdout.write(`${(loaded - started).toFixed(2)} ${(decided - loaded).toFixed(2)}\n`);
export {};
