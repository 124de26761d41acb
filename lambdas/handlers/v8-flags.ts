import { setFlagsFromString } from 'node:v8';

/**
 * Compile regular expressions straight to machine code instead of
 * interpreting them first and compiling them on second use. The triage runs
 * about 150 expressions once per intake, and nearly every intake meets a
 * cold function: measured with `npm run bench`, this takes ~55 ms off a cold
 * request and makes no difference warm. V8 reads the flag when it compiles
 * an expression, so setting it before the first request is enough. (It is
 * not one of the V8 options NODE_OPTIONS accepts, hence the API.)
 */
setFlagsFromString('--no-regexp-tier-up');
